package org.sabueso.tools.interchange;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.sabueso.demo.HispanicNames;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes made-up FtM {@code Person} lines with Hispanic names (from {@link HispanicNames.Region},
 * the benches' one population, each name picked uniformly), birth dates in every FtM precision,
 * nationalities and national identity numbers of the member countries, aliases and nicknames, and
 * the {@code wanted} topic on a share of them. Same seed, same lines. It writes the public FtM
 * line format itself ({@code {"id":…,"schema":"Person","properties":{…}}}), so the bench feeds the
 * importer exactly what an outside system would.
 */
final class FtmGenerator {

    private static final List<String> MALE = HispanicNames.Region.MALE.values();
    private static final List<String> FEMALE = HispanicNames.Region.FEMALE.values();
    private static final List<String> SURNAMES = HispanicNames.Region.SURNAMES.values();
    private static final List<String> WITH_PARTICLES = HispanicNames.Region.PARTICLED;
    private static final List<String> NICKNAMES = HispanicNames.Region.NICKNAMES;
    /** The member countries and four neighbours whose lists an import may carry. */
    private static final List<String> COUNTRIES = List.of("ve", "co", "pe", "cl", "ec", "ar", "bo", "mx", "py");
    private static final List<String> NOTES = List.of("Buscado por homicidio calificado.",
            "Orden de captura vigente por tráfico ilícito de drogas.", "Requerido por secuestro extorsivo.",
            "Prófugo tras fuga de centro penitenciario.", "Buscado por extorsión y asociación para delinquir.");

    private final SplittableRandom random;
    private final String idPrefix;
    private final double wantedShare;

    FtmGenerator(long seed, String idPrefix, double wantedShare) {
        this.random = new SplittableRandom(seed);
        this.idPrefix = idPrefix;
        this.wantedShare = wantedShare;
    }

    /** Writes {@code lines} Person entities, one per line; returns how many were wanted. */
    long write(OutputStream out, long lines) {
        long wanted = 0;
        // one entity a line: no separator between root values but the newline written after each
        JsonMapper mapper = JsonMapper.builder(JsonFactory.builder().rootValueSeparator((String) null).build()).build();
        try (JsonGenerator g = mapper.createGenerator(out)) {
            for (long i = 1; i <= lines; i++) {
                Person e = next(i);
                wanted += e.properties().containsKey("topics") ? 1 : 0;
                e.write(g);
            }
        }
        return wanted;
    }

    /** One FtM entity: its id and its properties, each a list of values, in the order written. */
    record Person(String id, Map<String, List<String>> properties) {

        void write(JsonGenerator g) {
            g.writeStartObject();
            g.writeStringProperty("id", id);
            g.writeStringProperty("schema", "Person");
            g.writeName("properties");
            g.writeStartObject();
            for (Map.Entry<String, List<String>> p : properties.entrySet()) {
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

    /** Collects a line's properties; empty and null values are left out, as FtM writers do. */
    private static final class Builder {
        private final String id;
        private final Map<String, List<String>> properties = new LinkedHashMap<>();

        Builder(String id) {
            this.id = id;
        }

        Builder add(String property, String value) {
            if (value != null && !value.isBlank()) {
                properties.computeIfAbsent(property, k -> new ArrayList<>()).add(value);
            }
            return this;
        }

        Person build() {
            return new Person(id, properties);
        }
    }

    Person next(long n) {
        boolean male = random.nextInt(100) < 78;
        String given = pick(male ? MALE : FEMALE) + (random.nextInt(100) < 55 ? " " + pick(male ? MALE : FEMALE) : "");
        String father = random.nextInt(100) < 4 ? pick(WITH_PARTICLES) : pick(SURNAMES);
        String mother = pick(SURNAMES);
        String country = pick(COUNTRIES);
        Builder b = new Builder(idPrefix + "-" + n)
                .add("name", given + " " + father + " " + mother)
                .add("firstName", given)
                .add("fatherName", father)
                .add("motherName", mother)
                .add("gender", male ? "male" : "female")
                .add("birthDate", birthDate())
                .add("nationality", country)
                .add("idNumber", idNumber(country));
        if (random.nextInt(100) < 20) {
            b.add("alias", pick(male ? MALE : FEMALE) + " " + pick(SURNAMES));
        }
        if (random.nextInt(100) < 15) {
            b.add("weakAlias", pick(NICKNAMES));
        }
        if (random.nextInt(100) < 10) {
            b.add("passportNumber", country.toUpperCase(Locale.ROOT) + (100000 + random.nextInt(900000)));
        }
        if (random.nextDouble() < wantedShare) {
            b.add("topics", "wanted").add("topics", "crime").add("notes", pick(NOTES));
        }
        return b.build();
    }

    private String birthDate() {
        int year = 1950 + random.nextInt(55);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        return switch (random.nextInt(10)) {
            case 0, 1 -> Integer.toString(year);
            case 2, 3, 4 -> "%04d-%02d".formatted(year, month);
            case 5 -> "%04d-%02d-%02dT00:00:00".formatted(year, month, day);
            default -> "%04d-%02d-%02d".formatted(year, month, day);
        };
    }

    private String idNumber(String country) {
        int n = 5_000_000 + random.nextInt(40_000_000);
        return switch (country) {
            case "ve" -> "V-%,d".formatted(n).replace(',', '.');
            case "cl" -> "%,d-%d".formatted(n, random.nextInt(10)).replace(',', '.');
            case "pe" -> "%08d".formatted(n % 100_000_000);
            default -> Integer.toString(n) + random.nextInt(10);
        };
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
