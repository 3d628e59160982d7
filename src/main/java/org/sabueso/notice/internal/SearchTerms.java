package org.sabueso.notice.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sabueso.notice.Offences;
import org.sabueso.person.Alias;
import org.sabueso.person.IdentityDocument;
import org.sabueso.person.NewPerson;
import org.sabueso.shared.DocumentNumbers;
import org.sabueso.shared.Folding;

/**
 * What search finds a notice by. {@code text} goes to full-text search: names, aliases, offences
 * in both languages, summary. {@code numbers} are the notice's own numbers as keys compared whole:
 * the reference ("VE-2026-003001" → VE2026003001), the warrant reference and the subject's document
 * numbers normalised as screening compares them ("V-16.555.321" → 16555321). Full-text parsing
 * splits such numbers at their dashes and dots, so they are kept apart and matched exactly.
 */
record SearchTerms(String text, List<String> numbers) {

    /** Keys shorter than this are left out: "12" or "V1" would find notices by chance. */
    static final int MIN_NUMBER = 4;

    static SearchTerms of(String reference, String warrantReference, NewPerson p, List<String> offences, String summary) {
        StringBuilder sb = new StringBuilder(reference).append(' ').append(p.writtenName());
        for (Alias a : p.aliases()) {
            sb.append(' ').append(a.name());
        }
        for (IdentityDocument d : p.documents()) {
            sb.append(' ').append(d.number());
        }
        offences.forEach(o -> sb.append(' ').append(Offences.searchWords(Offences.code(o))));
        if (summary != null) {
            sb.append(' ').append(summary);
        }
        Set<String> numbers = new LinkedHashSet<>();
        addKey(numbers, reference(reference));
        addKey(numbers, reference(warrantReference));
        for (IdentityDocument d : p.documents()) {
            addKey(numbers, document(d.number()));
        }
        return new SearchTerms(sb.toString(), List.copyOf(numbers));
    }

    /** The keys one searched word may be: a reference as typed, or a document number. */
    static List<String> keysOf(String word) {
        Set<String> keys = new LinkedHashSet<>();
        addKey(keys, reference(word));
        addKey(keys, document(word));
        return List.copyOf(keys);
    }

    /** Letters and digits only, upper case: "ve-2026-003001" → VE2026003001. */
    static String reference(String value) {
        return value == null ? "" : Folding.key(value).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    static String document(String number) {
        return number == null ? "" : DocumentNumbers.key(Folding.key(number));
    }

    private static void addKey(Set<String> keys, String key) {
        if (key.length() >= MIN_NUMBER) {
            keys.add(key);
        }
    }
}
