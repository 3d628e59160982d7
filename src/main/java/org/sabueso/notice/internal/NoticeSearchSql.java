package org.sabueso.notice.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sabueso.notice.NoticeQuery;
import org.sabueso.notice.Offences;

/**
 * The search box and filters of a notice list as SQL conditions over {@code notice n}. Each word
 * of the search must be found, in any of three ways: by full-text prefix (names, aliases, summary,
 * offence labels as stored), as one of the notice's numbers whole (reference, warrant, documents;
 * see {@link SearchTerms}), or as a word of an offence's label in Spanish or English, so that a
 * notice whose offences were coded before their labels were searchable is found all the same.
 */
final class NoticeSearchSql {

    /** Longer searches are cut; no name, alias and offence together come near this. */
    static final int MAX_TEXT = 500;
    /** Words past this are ignored: each becomes a condition. */
    static final int MAX_WORDS = 12;

    private NoticeSearchSql() {
    }

    /** Conditions to AND to the visibility filter, or null when the search has nothing to look for. */
    static String conditions(NoticeQuery q, List<Object> params) {
        StringBuilder where = new StringBuilder();
        if (q.text() != null) {
            String words = searchWords(q.text(), params);
            if (words == null) {
                return null;
            }
            where.append(words);
        }
        if (q.status() != null) {
            where.append(" AND n.status = ?");
            params.add(q.status().name());
        }
        if (q.country() != null) {
            where.append(" AND n.issuing_country = ?");
            params.add(q.country());
        }
        if (q.issuingAgencyId() != null) {
            where.append(" AND n.issuing_agency_id = ?");
            params.add(q.issuingAgencyId());
        }
        if (q.offence() != null) {
            where.append(" AND ? = ANY(n.offences)");
            params.add(q.offence());
        }
        if (q.among() != null) {
            where.append(" AND n.id = ANY(?)");
            params.add(q.among().toArray(UUID[]::new));
        }
        return where.toString();
    }

    private static String searchWords(String text, List<Object> params) {
        String cleaned = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        StringBuilder where = new StringBuilder();
        int words = 0;
        for (String word : cleaned.split("\\s+")) {
            if (words == MAX_WORDS) {
                break;
            }
            String tsquery = prefixQuery(word);
            List<String> keys = SearchTerms.keysOf(word);
            Set<String> offences = Offences.matching(word);
            if (tsquery.isEmpty() && keys.isEmpty()) {
                continue;
            }
            List<String> ways = new ArrayList<>();
            if (!tsquery.isEmpty()) {
                ways.add("n.search @@ to_tsquery('simple', lower(unaccent(?)))");
                params.add(tsquery);
            }
            if (!keys.isEmpty()) {
                ways.add("n.numbers && ?::text[]");
                params.add(keys.toArray(String[]::new));
            }
            if (!offences.isEmpty()) {
                ways.add("n.offences && ?::text[]");
                params.add(offences.toArray(String[]::new));
            }
            where.append(" AND (").append(String.join(" OR ", ways)).append(")");
            words++;
        }
        return words == 0 ? null : where.toString();
    }

    /** Turns free text into a prefix query: "guerr flor" → "guerr:* & flor:*". Only letters and digits pass. */
    static String prefixQuery(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(t -> !t.isBlank())
                .limit(MAX_WORDS)
                .map(t -> t + ":*")
                .reduce((a, b) -> a + " & " + b)
                .orElse("");
    }
}
