package org.sabueso.interchange.internal;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import tools.jackson.core.JsonGenerator;

/**
 * Writes made-up FtM {@code Person} lines with realistic Hispanic names, birth dates in every FtM
 * precision, nationalities and national identity numbers of the member countries, aliases and
 * nicknames, and the {@code wanted} topic on a share of them. Same seed, same lines.
 */
final class FtmGenerator {

    private static final List<String> MALE = List.of("José", "Juan", "Luis", "Carlos", "Jorge", "Miguel", "Pedro",
            "Héctor", "Rafael", "Andrés", "Fernando", "Ricardo", "Óscar", "Víctor", "Manuel", "Francisco",
            "Alejandro", "Eduardo", "Julio", "Wilmer", "Yonaiker", "Jhonny", "Darwin", "Edgar", "Freddy", "Ángel",
            "Raúl", "Gustavo", "Diego", "Sebastián", "Santiago", "Matías", "Rodrigo", "Germán", "Hugo", "Elvis");
    private static final List<String> FEMALE = List.of("María", "Ana", "Carmen", "Rosa", "Luz", "Gabriela", "Daniela",
            "Yelitza", "Milagros", "Patricia", "Claudia", "Andrea", "Valentina", "Camila", "Lucía", "Sofía",
            "Yesenia", "Marisol", "Katherine", "Johana", "Paola", "Lorena", "Beatriz", "Verónica", "Fernanda");
    private static final List<String> SURNAMES = List.of("González", "Rodríguez", "Pérez", "García", "Martínez",
            "López", "Hernández", "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Reyes",
            "Morales", "Cruz", "Ortiz", "Gutiérrez", "Chávez", "Ramos", "Ruiz", "Mendoza", "Álvarez", "Castillo",
            "Jiménez", "Vásquez", "Romero", "Herrera", "Medina", "Aguilar", "Vargas", "Guerrero", "Castro", "Rojas",
            "Quispe", "Mamani", "Huamán", "Condori", "Salazar", "Zambrano", "Carrasco", "Fuentes", "Contreras",
            "Sepúlveda", "Muñoz", "Espinoza", "Valenzuela", "Ospina", "Montoya", "Cárdenas", "Bermúdez", "Pacheco",
            "Villalobos", "Briceño", "Colmenares", "Manrique", "Paredes", "Ccori", "Yupanqui", "Arévalo", "Escobar");
    private static final List<String> WITH_PARTICLES = List.of("de la Cruz", "del Valle", "de la Torre",
            "de los Santos", "del Castillo", "de León");
    private static final List<String> NICKNAMES = List.of("El Gordo", "Chino", "Flaco", "El Negro", "Cara e' Niño",
            "El Mono", "Pata e' Grillo", "La Güera", "El Zurdo", "Caracortada", "El Tigre", "Cachete", "El Viejo");
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
        try (JsonGenerator g = new FtmJson(PersonMapping.READ).mapper().createGenerator(out)) {
            for (long i = 1; i <= lines; i++) {
                FtmEntity e = next(i);
                wanted += e.values("topics").isEmpty() ? 0 : 1;
                FtmJson.write(g, e);
            }
        }
        return wanted;
    }

    FtmEntity next(long n) {
        boolean male = random.nextInt(100) < 78;
        String given = pick(male ? MALE : FEMALE) + (random.nextInt(100) < 55 ? " " + pick(male ? MALE : FEMALE) : "");
        String father = random.nextInt(100) < 4 ? pick(WITH_PARTICLES) : pick(SURNAMES);
        String mother = pick(SURNAMES);
        String country = pick(COUNTRIES);
        FtmEntity.Builder b = new FtmEntity.Builder(idPrefix + "-" + n, FtmEntity.PERSON)
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
