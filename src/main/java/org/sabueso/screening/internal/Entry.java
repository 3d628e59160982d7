package org.sabueso.screening.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.Shared;
import org.sabueso.agency.SharingScope;
import org.sabueso.shared.PartialDate;

/**
 * One screenable notice as the scorer needs it, kept in memory beside the Lucene index: its
 * subject's name forms already folded, birth date, nationalities, normalised documents, and
 * what the sharing policy needs; {@code urgent} when the notice asks for arrest, so a hit on it
 * must be answered within minutes.
 */
record Entry(UUID noticeId, UUID personId, String externalId, String displayName, List<NameForm> names,
             PartialDate birthDate, Set<String> nationalities, List<Doc> documents, String issuingAgencyId,
             String issuingCountry, SharingScope sharingScope, Set<String> partnerAgencyIds, boolean released,
             boolean publiclyListed, boolean urgent) implements Shared {

    /**
     * A name as tokens: main name with given/surname roles, or an alias/nickname. {@code tokens}
     * is given names then surnames; {@code phonetic} their keys, computed once when indexed.
     */
    record NameForm(String written, List<String> given, List<String> surnames, boolean alias, List<String> tokens,
                    List<String> phonetic) {

        static NameForm of(String written, List<String> given, List<String> surnames, boolean alias) {
            List<String> g = given.stream().map(NameForm::shared).toList();
            List<String> s = surnames.stream().map(NameForm::shared).toList();
            List<String> tokens = new java.util.ArrayList<>(g.size() + s.size());
            tokens.addAll(g);
            tokens.addAll(s);
            return new NameForm(written, g, s, alias, List.copyOf(tokens),
                    tokens.stream().map(t -> shared(NameKeys.phonetic(t))).toList());
        }

        /**
         * One copy of each name word for the whole index: a million notices carry "jose" tens of
         * thousands of times, and one string each filled the heap and kept the collector busy.
         */
        private static final java.util.concurrent.ConcurrentHashMap<String, String> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

        private static String shared(String word) {
            if (WORDS.size() > 2_000_000) {
                return word;
            }
            String known = WORDS.putIfAbsent(word, word);
            return known == null ? word : known;
        }

        List<String> all() {
            return tokens;
        }
    }

    /** A document number normalised for comparison, with its type and issuing country. */
    record Doc(String type, String number, String country) {
    }
}
