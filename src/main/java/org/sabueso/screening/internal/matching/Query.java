package org.sabueso.screening.internal.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sabueso.shared.PartialDate;

/**
 * What was asked, already folded: name words in the order written with their phonetic keys and
 * letter sets ({@link Similarity#letters}), initials apart, birth date, nationality, documents.
 * For the name rules ({@link NameRules}), each word's loose key and the names it is a nickname
 * of; which words are probably given names ({@code given}, bit i for word i) and which follow a
 * married "de" ({@code married}); what the rules did to the words as written ({@code notes}:
 * [rule code, word written, word read]).
 */
public record Query(List<String> tokens, List<Character> initials, PartialDate birthDate, String nationality,
                    List<Entry.Doc> documents, List<String> phonetic, long[] masks, long[] phoneticMasks,
                    List<String> loose, List<Set<String>> nicknames, long named, long given, long married,
                    List<List<String>> notes) {

    /** A query without roles or notes: every word may be a given name, none is married. */
    public Query(List<String> tokens, List<Character> initials, PartialDate birthDate, String nationality,
                 List<Entry.Doc> documents) {
        this(tokens, initials, birthDate, nationality, documents, 0L, 0L, List.of());
    }

    public Query(List<String> tokens, List<Character> initials, PartialDate birthDate, String nationality,
                 List<Entry.Doc> documents, long given, long married, List<List<String>> notes) {
        this(List.copyOf(tokens), initials, birthDate, nationality, documents,
                tokens.stream().map(NameKeys::phonetic).toList(), given, married, notes);
    }

    private Query(List<String> tokens, List<Character> initials, PartialDate birthDate, String nationality,
                  List<Entry.Doc> documents, List<String> phonetic, long given, long married, List<List<String>> notes) {
        this(tokens, initials, birthDate, nationality, documents, phonetic,
                tokens.stream().mapToLong(Similarity::letters).toArray(),
                phonetic.stream().mapToLong(Similarity::letters).toArray(),
                tokens.stream().map(NameRules::loose).toList(),
                tokens.stream().map(Hypocorisms::namesOf).toList(), namedMask(tokens), given, married, List.copyOf(notes));
    }

    private static long namedMask(List<String> tokens) {
        long m = 0;
        for (int i = 0; i < tokens.size() && i < 64; i++) {
            if (NameRules.named(tokens.get(i))) {
                m |= 1L << i;
            }
        }
        return m;
    }

    /** The names word i is a nickname of (empty for most words). */
    Set<String> nicknameOf(int i) {
        return nicknames.get(i);
    }

    /** Whether some nickname stands for word i. */
    boolean isNamed(int i) {
        return i < 64 && (named & (1L << i)) != 0;
    }

    /** Whether word i is probably a given name. */
    public boolean isGiven(int i) {
        return i < 64 && (given & (1L << i)) != 0;
    }

    /** Whether word i followed a married "de" ("Contreras de Cabello"). */
    public boolean isMarried(int i) {
        return i < 64 && (married & (1L << i)) != 0;
    }

    /** Two neighbouring words written as one ("Don Juan" → "donjuan"), word i with word i + 1. */
    public List<String> joined() {
        List<String> out = new ArrayList<>(Math.max(0, tokens.size() - 1));
        for (int i = 0; i + 1 < tokens.size(); i++) {
            out.add(tokens.get(i) + tokens.get(i + 1));
        }
        return out;
    }
}
