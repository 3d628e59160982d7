package org.sabueso.screening.internal;

import java.util.ArrayList;
import java.util.List;

import org.sabueso.screening.Explanation;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An explanation as hits and links store it beside their text: the engine's items, each with its
 * code and arguments, as JSON (column {@code explanation_items}). Read back as they were written;
 * no text is parsed.
 */
final class ExplanationItems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One item in the column: a score that is not a number (none given) is stored as null, which JSON can hold. */
    record Stored(String feature, Double score, String detail, String code, List<Object> args) {
    }

    private ExplanationItems() {
    }

    static String json(List<Explanation> items) {
        List<Stored> stored = new ArrayList<>(items.size());
        for (Explanation e : items) {
            stored.add(new Stored(e.feature(), Double.isNaN(e.score()) ? null : e.score(), e.detail(), e.code(), e.args()));
        }
        return JSON.writeValueAsString(stored);
    }

    /** The items of a row; empty for a row written before items were stored. */
    static List<Explanation> read(String json) {
        if (json == null) {
            return List.of();
        }
        List<Stored> stored = JSON.readValue(json, new TypeReference<List<Stored>>() { });
        return stored.stream().map(s -> new Explanation(s.feature(), s.score() == null ? Double.NaN : s.score(),
                s.detail(), s.code(), s.args())).toList();
    }

    /** The items as the hit's stored English text, one line each: "feature (score): detail". */
    static String describe(List<Explanation> why) {
        StringBuilder sb = new StringBuilder();
        for (Explanation e : why) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(e.feature()).append(" (").append(e.score()).append("): ").append(e.detail());
        }
        return sb.toString();
    }
}
