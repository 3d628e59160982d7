package org.sabueso.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates people with the name frequencies of the region: a head of real, very common given
 * names and surnames drawn by a Zipf law (thousands of "José González"), a long tail of rarer
 * surnames, compound given names, particles, nicknames, partial birth dates and national
 * documents in each country's format. Deterministic for a seed.
 */
final class NameGenerator {

    static final String[] MALE = ("José,Luis,Carlos,Juan,Jesús,Miguel,Jorge,Pedro,Manuel,Antonio,Francisco,Rafael,Ángel,"
            + "José Luis,Juan Carlos,Víctor,Alejandro,Fernando,Ricardo,Daniel,Eduardo,Roberto,Héctor,Óscar,Javier,Andrés,"
            + "Wilmer,Yonathan,Jhon,Édgar,Wilson,Freddy,Richard,Henry,Alexander,Darwin,Jhonny,Yorman,Deivis,Kevin,Brayan,"
            + "Gustavo,Orlando,Nelson,Raúl,Ramón,Enrique,Alberto,Julio,César,Diego,Sergio,Mario,Hugo,Rubén,Iván,Wuilmer,"
            + "Yohan,Omar,Gabriel,Santiago,Sebastián,Nicolás,Mauricio,Hernán,Gilberto,Arturo,Alfredo,Rodolfo,Tomás,Félix")
            .split(",");
    static final String[] FEMALE = ("María,Ana,Carmen,Rosa,Luisa,Yolanda,Marisol,Gabriela,Andrea,Daniela,Carolina,Patricia,"
            + "María José,Ana María,María Fernanda,Luz Marina,Yésica,Yuleisy,Yaritza,Karina,Katherine,Leidy,Yenny,Johana,"
            + "Alejandra,Paola,Diana,Claudia,Sandra,Mónica,Adriana,Valentina,Camila,Isabel,Elena,Beatriz,Lucía,Gloria,"
            + "Marlene,Milagros,Rocío,Esperanza,Mercedes,Teresa,Verónica,Natalia,Vanessa,Zulay,Yelitza,Maryori")
            .split(",");
    static final String[] SURNAMES = ("González,Rodríguez,Pérez,Hernández,García,Martínez,López,Sánchez,Ramírez,Torres,"
            + "Díaz,Flores,Rojas,Gómez,Morales,Vásquez,Castillo,Jiménez,Gutiérrez,Ruiz,Álvarez,Romero,Suárez,Mendoza,"
            + "Moreno,Silva,Castro,Ortiz,Chávez,Herrera,Medina,Guerrero,Vargas,Ramos,Quintero,Contreras,Aguilar,Méndez,"
            + "Fernández,Rivas,Márquez,Rivera,Salazar,Delgado,Mora,Peña,Acosta,Marín,Sosa,Núñez,Cárdenas,Cruz,Ortega,"
            + "Molina,Paredes,Vega,Blanco,Figueroa,Navarro,Gil,Rincón,Escalona,Bravo,Briceño,Colmenares,Pacheco,Zambrano,"
            + "Quispe,Mamani,Huamán,Condori,Chávez,Valencia,Ospina,Cardona,Muñoz,Restrepo,Montoya,Espinoza,Cabrera,Vera,"
            + "Carrillo,Salas,Arias,Osorio,Benítez,Palacios,Fuentes,Campos,Soto,Valdés,Araya,Tapia,Sepúlveda,Reyes,Vidal,"
            + "Pinto,Bustos,Carrasco,Cortés,Lara,Villalobos,Sandoval,Barrios,Guzmán,Camacho,Lozano,Ibarra,Cedeño,Zapata")
            .split(",");
    static final String[] PARTICLED = {"de la Cruz", "del Valle", "de los Santos", "de la Rosa", "de León", "del Castillo",
            "de Armas", "de Jesús", "de la Torre", "del Río"};
    static final String[] NICKNAMES = {"El Flaco", "El Gordo", "El Chino", "El Negro", "Cara e' Niño", "El Mono", "Pata e' Palo",
            "El Catire", "El Menor", "Coquito", "El Viejo", "Tuerto", "La Sombra", "El Pelón", "Chucky", "El Zurdo"};
    static final String[] COUNTRIES = {"VE", "VE", "VE", "CO", "CO", "PE", "PE", "EC", "CL"};

    private static final String[] ONSETS = {"b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ch", "br", "tr", "gr", "ll", "qu"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ia", "ue"};
    private static final String[] ENDINGS = {"ez", "es", "a", "o", "ar", "el", "an", "ón", "ero", "ino", "ales", "illo"};

    private final Random random;
    private final double[] maleCdf;
    private final double[] femaleCdf;
    private final double[] surnameCdf;
    private final String[] tail;

    NameGenerator(long seed) {
        this.random = new Random(seed);
        this.maleCdf = zipf(MALE.length, 1.0);
        this.femaleCdf = zipf(FEMALE.length, 1.0);
        this.surnameCdf = zipf(SURNAMES.length, 0.9);
        Random tailRandom = new Random(seed ^ 0x5EEDL);
        this.tail = new String[20_000];
        for (int i = 0; i < tail.length; i++) {
            StringBuilder sb = new StringBuilder();
            int syllables = 1 + tailRandom.nextInt(2);
            for (int s = 0; s < syllables; s++) {
                sb.append(ONSETS[tailRandom.nextInt(ONSETS.length)]).append(VOWELS[tailRandom.nextInt(VOWELS.length)]);
            }
            sb.append(ONSETS[tailRandom.nextInt(ONSETS.length)]).append(ENDINGS[tailRandom.nextInt(ENDINGS.length)]);
            tail[i] = Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
        }
    }

    /** A generated person: name parts, nickname, birth date (possibly partial), nationality, document. */
    /** {@code trueMonth}/{@code trueDay} are the facts; {@code month}/{@code day} what the notice records (may be unknown). */
    record Person(List<String> given, String firstSurname, String secondSurname, String nickname, int year,
                  int trueMonth, int trueDay, Integer month, Integer day, String country, String document) {

        String fullName() {
            StringBuilder sb = new StringBuilder(String.join(" ", given)).append(' ').append(firstSurname);
            if (secondSurname != null) {
                sb.append(' ').append(secondSurname);
            }
            return sb.toString();
        }

        String birthDate() {
            return day != null ? "%04d-%02d-%02d".formatted(year, month, day)
                    : month != null ? "%04d-%02d".formatted(year, month) : "%04d".formatted(year);
        }
    }

    Person person() {
        boolean male = random.nextDouble() < 0.8;
        List<String> given = new ArrayList<>(2);
        String first = male ? MALE[draw(maleCdf)] : FEMALE[draw(femaleCdf)];
        given.add(first);
        if (!first.contains(" ") && random.nextDouble() < 0.45) {
            String second = male ? MALE[draw(maleCdf)] : FEMALE[draw(femaleCdf)];
            if (!second.equals(first) && !second.contains(" ")) {
                given.add(second);
            }
        }
        String s1 = surname();
        String s2 = random.nextDouble() < 0.93 ? surname() : null;
        // nicknames as notices record them: the nickname with the surname it goes with ("Niño Guerrero")
        String nickname = random.nextDouble() < 0.15 ? NICKNAMES[random.nextInt(NICKNAMES.length)] + " " + s1 : null;
        int year = 1955 + random.nextInt(50);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        double known = random.nextDouble();
        String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
        String document = random.nextDouble() < 0.7 ? document(country) : null;
        return new Person(List.copyOf(given), s1, s2, nickname, year, month, day, known < 0.85 ? month : null,
                known < 0.7 ? day : null, country, document);
    }

    /** Another person with the same name but another birth date: the namesake who must not match. */
    Person namesakeOf(Person p) {
        int shift = (2 + random.nextInt(14)) * (random.nextBoolean() ? 1 : -1);
        int m = 1 + random.nextInt(12);
        int d = 1 + random.nextInt(28);
        return new Person(p.given(), p.firstSurname(), p.secondSurname(), null, p.year() + shift, m, d, m, d,
                p.country(), random.nextBoolean() ? document(p.country()) : null);
    }

    private String surname() {
        double r = random.nextDouble();
        if (r < 0.03) {
            return PARTICLED[random.nextInt(PARTICLED.length)];
        }
        if (r < 0.78) {
            return SURNAMES[draw(surnameCdf)];
        }
        return tail[random.nextInt(tail.length)];
    }

    /** A national identity number as each country writes it. */
    String document(String country) {
        return switch (country) {
            case "VE" -> "V-%d.%03d.%03d".formatted(5 + random.nextInt(28), random.nextInt(1000), random.nextInt(1000));
            case "CO" -> Long.toString(10_000_000L + (long) (random.nextDouble() * 1_190_000_000L));
            case "PE" -> "%08d".formatted(random.nextInt(100_000_000));
            case "EC" -> "%02d%08d".formatted(1 + random.nextInt(24), random.nextInt(100_000_000));
            default -> {
                int run = 5_000_000 + random.nextInt(25_000_000);
                yield "%d.%03d.%03d-%s".formatted(run / 1_000_000, (run / 1000) % 1000, run % 1000, runCheckDigit(run));
            }
        };
    }

    /** Chilean RUN check digit (module 11). */
    static String runCheckDigit(int run) {
        int sum = 0;
        int factor = 2;
        for (int r = run; r > 0; r /= 10) {
            sum += (r % 10) * factor;
            factor = factor == 7 ? 2 : factor + 1;
        }
        int digit = 11 - (sum % 11);
        return digit == 11 ? "0" : digit == 10 ? "K" : Integer.toString(digit);
    }

    Random random() {
        return random;
    }

    private int draw(double[] cdf) {
        double r = random.nextDouble();
        int lo = 0;
        int hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] < r) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] zipf(int n, double s) {
        double[] cdf = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += 1.0 / Math.pow(i + 1, s);
            cdf[i] = total;
        }
        for (int i = 0; i < n; i++) {
            cdf[i] /= total;
        }
        return cdf;
    }
}
