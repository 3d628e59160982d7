package org.sabueso.interchange.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The FtM wire format, one entity per line: {@code {"id":..,"schema":..,"properties":{"name":[..]}}}.
 * Reading is strict where leniency would be dangerous (duplicate keys, trailing content, deep
 * nesting) and lenient where FtM producers differ (a bare string for a one-value list, numbers).
 */
final class FtmJson {

    /** Properties any FtM entity may carry beyond those we map, that we never look into. */
    static final int MAX_VALUES_PER_PROPERTY = 200;

    private final JsonMapper mapper;
    private final Set<String> readProperties;

    FtmJson(Set<String> readProperties) {
        this.readProperties = Set.copyOf(readProperties);
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(16)
                        .maxStringLength(64 * 1024)
                        .maxNameLength(256)
                        .maxNumberLength(64)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .rootValueSeparator((String) null)
                .build();
        this.mapper = JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    JsonMapper mapper() {
        return mapper;
    }

    /** Parses one line; throws {@link LineRejected} saying what is wrong, never echoing the line. */
    FtmEntity read(byte[] bytes, int length) {
        JsonNode root;
        try {
            root = mapper.readTree(bytes, 0, length);
        } catch (JacksonException e) {
            throw e.getLocation() == null ? new LineRejected(null, InterchangeRefusal.NOT_JSON)
                    : new LineRejected(null, InterchangeRefusal.NOT_JSON_AT, e.getLocation().getColumnNr());
        }
        if (root == null || !root.isObject()) {
            throw new LineRejected(null, InterchangeRefusal.NOT_AN_OBJECT);
        }
        String id = scalar(root.get("id"), "id");
        if (id == null || id.isBlank()) {
            throw new LineRejected("id", InterchangeRefusal.NO_ID);
        }
        String schema = scalar(root.get("schema"), "schema");
        if (schema == null || schema.isBlank()) {
            throw new LineRejected("schema", InterchangeRefusal.NO_SCHEMA);
        }
        JsonNode props = root.get("properties");
        Map<String, List<String>> properties = new LinkedHashMap<>();
        if (props != null && !props.isNull()) {
            if (!props.isObject()) {
                throw new LineRejected("properties", InterchangeRefusal.PROPERTIES_NOT_OBJECT);
            }
            for (Map.Entry<String, JsonNode> e : props.properties()) {
                if (readProperties.contains(e.getKey())) {
                    properties.put(e.getKey(), strings(e.getKey(), e.getValue()));
                }
            }
        }
        return new FtmEntity(id, schema, properties);
    }

    private static List<String> strings(String property, JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            String one = scalar(node, "properties." + property);
            return one == null ? List.of() : List.of(one);
        }
        if (node.size() > MAX_VALUES_PER_PROPERTY) {
            throw new LineRejected("properties." + property, InterchangeRefusal.TOO_MANY_VALUES, MAX_VALUES_PER_PROPERTY);
        }
        List<String> out = new ArrayList<>(node.size());
        for (JsonNode v : node) {
            String s = scalar(v, "properties." + property);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static String scalar(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isNumber()) {
            return node.asString();
        }
        throw new LineRejected(field, InterchangeRefusal.NOT_A_STRING);
    }

    /** Writes the entity as one line, ending with a newline. */
    static void write(JsonGenerator g, FtmEntity e) {
        g.writeStartObject();
        g.writeStringProperty("id", e.id());
        g.writeStringProperty("schema", e.schema());
        g.writeName("properties");
        g.writeStartObject();
        for (Map.Entry<String, List<String>> p : e.properties().entrySet()) {
            g.writeArrayPropertyStart(p.getKey());
            for (String v : p.getValue()) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeRaw('\n');
    }
}
