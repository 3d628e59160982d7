package org.sabueso.interchange.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A FollowTheMoney entity as it travels: id, schema and multi-valued string properties. Only
 * the properties this module reads are kept when parsing.
 */
record FtmEntity(String id, String schema, Map<String, List<String>> properties) {

    static final String PERSON = "Person";
    static final String SANCTION = "Sanction";

    FtmEntity {
        properties = new LinkedHashMap<>(properties);
    }

    List<String> values(String property) {
        return properties.getOrDefault(property, List.of());
    }

    String first(String property) {
        List<String> v = values(property);
        return v.isEmpty() ? null : v.getFirst();
    }

    /** A builder for writing: empty and null values are left out. */
    static final class Builder {
        private final String id;
        private final String schema;
        private final Map<String, List<String>> properties = new LinkedHashMap<>();

        Builder(String id, String schema) {
            this.id = id;
            this.schema = schema;
        }

        Builder add(String property, String value) {
            if (value != null && !value.isBlank()) {
                properties.computeIfAbsent(property, k -> new java.util.ArrayList<>()).add(value);
            }
            return this;
        }

        Builder addAll(String property, java.util.Collection<String> values) {
            values.forEach(v -> add(property, v));
            return this;
        }

        FtmEntity build() {
            return new FtmEntity(id, schema, properties);
        }
    }
}
