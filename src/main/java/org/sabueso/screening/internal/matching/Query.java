package org.sabueso.screening.internal.matching;

import java.util.List;

import org.sabueso.shared.PartialDate;

/**
 * What was asked, already folded: name words in the order written with their phonetic keys and
 * letter sets ({@link Similarity#letters}), initials apart, birth date, nationality, documents.
 */
public record Query(List<String> tokens, List<Character> initials, PartialDate birthDate, String nationality,
                    List<Entry.Doc> documents, List<String> phonetic, long[] masks, long[] phoneticMasks) {

    public Query(List<String> tokens, List<Character> initials, PartialDate birthDate, String nationality,
                 List<Entry.Doc> documents) {
        this(List.copyOf(tokens), initials, birthDate, nationality, documents,
                tokens.stream().map(NameKeys::phonetic).toList());
    }

    private Query(List<String> tokens, List<Character> initials, PartialDate birthDate, String nationality,
                  List<Entry.Doc> documents, List<String> phonetic) {
        this(tokens, initials, birthDate, nationality, documents, phonetic,
                tokens.stream().mapToLong(Similarity::letters).toArray(),
                phonetic.stream().mapToLong(Similarity::letters).toArray());
    }
}
