package org.sabueso.screening.internal.matching;

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
public record Entry(UUID noticeId, UUID personId, String externalId, String displayName, List<NameForm> names,
             PartialDate birthDate, Set<String> nationalities, List<Doc> documents, String issuingAgencyId,
             String issuingCountry, SharingScope sharingScope, Set<String> partnerAgencyIds, boolean released,
             boolean publiclyListed, boolean urgent) implements Shared {

    /**
     * A million entries stay in memory, and the collector walks every object of them again and
     * again: agency ids, country codes, document types, their sets and the birth dates come from
     * a small vocabulary, so all entries share one copy of each (measured at 1 M notices: 7.7
     * million strings and 43 million objects before; G1's concurrent marking took about a seventh
     * of the service's CPU per screening through HTTP).
     */
    public Entry {
        issuingAgencyId = VALUES.of(issuingAgencyId);
        issuingCountry = VALUES.of(issuingCountry);
        nationalities = sharedSet(nationalities);
        partnerAgencyIds = sharedSet(partnerAgencyIds);
        birthDate = VALUES.of(birthDate);
        names = List.copyOf(names);
        documents = List.copyOf(documents);
    }

    /**
     * One copy of each equal immutable value. Past its bound (a hostile vocabulary) values are
     * kept as they come, so the pool cannot grow without end.
     */
    private static final class Pool {
        private final java.util.concurrent.ConcurrentHashMap<Object, Object> values = new java.util.concurrent.ConcurrentHashMap<>();
        private final int bound;

        Pool(int bound) {
            this.bound = bound;
        }

        @SuppressWarnings("unchecked")
        <T> T of(T value) {
            if (value == null || values.size() > bound) {
                return value;
            }
            Object known = values.putIfAbsent(value, value);
            return known == null ? value : (T) known;
        }
    }

    /** Agency ids, country codes, document types, their sets, birth dates. */
    private static final Pool VALUES = new Pool(200_000);

    /**
     * Name words and their phonetic keys: a million notices carry "jose" tens of thousands of
     * times, and one string each filled the heap and kept the collector busy.
     */
    private static final Pool WORDS = new Pool(2_000_000);

    private static Set<String> sharedSet(Set<String> set) {
        if (set == null || set.isEmpty()) {
            return Set.of();
        }
        Set<String> copy = new java.util.LinkedHashSet<>();
        set.forEach(v -> copy.add(VALUES.of(v)));
        return VALUES.of(Set.copyOf(copy));
    }

    /**
     * A name as tokens: main name with given/surname roles, or an alias/nickname. {@code tokens}
     * is given names then surnames ({@code givenCount} of them given); {@code phonetic} and
     * {@code loose} their keys ({@link NameKeys#phonetic}, {@link NameRules#loose}), computed once
     * when indexed; {@code married}: bit i set when word i is a married name ("de Cuadros").
     */
    public record NameForm(String written, int givenCount, boolean alias, List<String> tokens, List<String> phonetic,
                           List<String> loose, long married) {

        public static NameForm of(String written, List<String> given, List<String> surnames, boolean alias) {
            return of(written, given, surnames, alias, 0L);
        }

        public static NameForm of(String written, List<String> given, List<String> surnames, boolean alias, long married) {
            List<String> tokens = new java.util.ArrayList<>(given.size() + surnames.size());
            given.forEach(t -> tokens.add(WORDS.of(t)));
            surnames.forEach(t -> tokens.add(WORDS.of(t)));
            return new NameForm(written, given.size(), alias, List.copyOf(tokens),
                    tokens.stream().map(t -> WORDS.of(NameKeys.phonetic(t))).toList(),
                    tokens.stream().map(t -> WORDS.of(NameRules.loose(t))).toList(), married);
        }

        /** Whether word i is a married name. */
        public boolean isMarried(int i) {
            return i < 64 && (married & (1L << i)) != 0;
        }

        public int surnameCount() {
            return tokens.size() - givenCount;
        }

        public List<String> given() {
            return tokens.subList(0, givenCount);
        }

        public List<String> surnames() {
            return tokens.subList(givenCount, tokens.size());
        }

        public List<String> all() {
            return tokens;
        }
    }

    /** A document number normalised for comparison, with its type and issuing country. */
    public record Doc(String type, String number, String country) {
        public Doc {
            type = VALUES.of(type);
            country = VALUES.of(country);
        }
    }
}
