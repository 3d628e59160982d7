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
     * A million entries stay in memory, and the collector walks every object of them again and
     * again: agency ids, country codes, document types, their sets and the birth dates come from
     * a small vocabulary, so all entries share one copy of each (measured at 1 M notices: 7.7
     * million strings and 43 million objects before, the concurrent marking a third of the CPU a
     * screening took through HTTP).
     */
    Entry {
        issuingAgencyId = shared(issuingAgencyId);
        issuingCountry = shared(issuingCountry);
        nationalities = sharedSet(nationalities);
        partnerAgencyIds = sharedSet(partnerAgencyIds);
        birthDate = shared(birthDate);
        names = List.copyOf(names);
        documents = List.copyOf(documents);
    }

    private static final java.util.concurrent.ConcurrentHashMap<Object, Object> VALUES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The one copy of an immutable value; past a bound (a hostile vocabulary) values are kept as they come. */
    @SuppressWarnings("unchecked")
    static <T> T shared(T value) {
        if (value == null || VALUES.size() > 200_000) {
            return value;
        }
        Object known = VALUES.putIfAbsent(value, value);
        return known == null ? value : (T) known;
    }

    private static Set<String> sharedSet(Set<String> set) {
        if (set == null || set.isEmpty()) {
            return Set.of();
        }
        Set<String> copy = new java.util.LinkedHashSet<>();
        set.forEach(v -> copy.add(shared(v)));
        return shared(Set.copyOf(copy));
    }

    /**
     * A name as tokens: main name with given/surname roles, or an alias/nickname. {@code tokens}
     * is given names then surnames ({@code givenCount} of them given); {@code phonetic} their
     * keys, computed once when indexed.
     */
    record NameForm(String written, int givenCount, boolean alias, List<String> tokens, List<String> phonetic) {

        static NameForm of(String written, List<String> given, List<String> surnames, boolean alias) {
            List<String> tokens = new java.util.ArrayList<>(given.size() + surnames.size());
            given.forEach(t -> tokens.add(shared(t)));
            surnames.forEach(t -> tokens.add(shared(t)));
            return new NameForm(written, given.size(), alias, List.copyOf(tokens),
                    tokens.stream().map(t -> shared(NameKeys.phonetic(t))).toList());
        }

        int surnameCount() {
            return tokens.size() - givenCount;
        }

        List<String> given() {
            return tokens.subList(0, givenCount);
        }

        List<String> surnames() {
            return tokens.subList(givenCount, tokens.size());
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
        Doc {
            type = Entry.shared(type);
            country = Entry.shared(country);
        }
    }
}
