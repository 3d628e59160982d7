package org.sabueso.tools.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.sabueso.demo.HispanicNames;
import org.sabueso.demo.RankedTable;

/**
 * The wanted persons and strangers of the screening benchmark: names drawn from
 * {@link HispanicNames.Region} (a Zipf head of very common names, a long tail of rare
 * surnames), compound given names, particles, nicknames, partial birth dates and national
 * documents in each country's format. Deterministic for a seed. Since issue 14 about one person in
 * seven bears a name the variant kinds of {@link Distorter.Kind} need (Arabic origin, a fused or
 * compound surname, a given name with a pet form), drawn from a stream of its own; every other
 * person is the one the generator this replaced gave, so figures stay close to the older ones.
 */
public final class BenchPopulation {

    /** How many made-up rare surnames form the tail: about a fifth of all surnames drawn come from it. */
    private static final int RARE_SURNAMES = 20_000;

    /** One person in twenty-five bears a surname of Arabic origin, as in Venezuela's and Colombia's registers. */
    private static final double ARABIC_ORIGIN = 0.04;
    /** One in sixteen a surname that records fuse or split ("Donjuan", "De León", "Montes de Oca"). */
    private static final double FUSED_OR_COMPOUND = 0.0625;
    /** One in twenty-five a given name with a pet form the measured tables lack (Ignacio, Guadalupe). */
    private static final double MORE_GIVEN = 0.04;

    private final Random random;
    /**
     * Draws of the names added for the variant kinds (Arabic origin, fused and compound surnames,
     * given names with pet forms), from a stream of their own: the main stream, and so every
     * other person of a seed, stays as it was measured.
     */
    private final Random extra;
    private final List<String> rare;

    public BenchPopulation(long seed) {
        this.random = new Random(seed);
        this.extra = new Random(seed ^ 0xA4AB1C5L);
        this.rare = HispanicNames.Region.rareSurnames(new Random(seed ^ 0x5EEDL), RARE_SURNAMES);
    }

    /**
     * A generated person: name parts, nickname, birth date (possibly partial), nationality, document.
     * {@code trueMonth}/{@code trueDay} are the facts; {@code month}/{@code day} what the notice records (may be unknown).
     */
    public record Person(List<String> given, String firstSurname, String secondSurname, String nickname, int year,
                         int trueMonth, int trueDay, Integer month, Integer day, String country, String document,
                         boolean female) {

        /** A person whose sex is not known (read back from a notice): taken as a man, so no married name is made up. */
        public Person(List<String> given, String firstSurname, String secondSurname, String nickname, int year,
                      int trueMonth, int trueDay, Integer month, Integer day, String country, String document) {
            this(given, firstSurname, secondSurname, nickname, year, trueMonth, trueDay, month, day, country, document, false);
        }

        public String fullName() {
            StringBuilder sb = new StringBuilder(String.join(" ", given)).append(' ').append(firstSurname);
            if (secondSurname != null) {
                sb.append(' ').append(secondSurname);
            }
            return sb.toString();
        }
    }

    public Person person() {
        // four in five wanted persons are men, as on the region's wanted lists
        boolean male = random.nextDouble() < 0.8;
        RankedTable names = male ? HispanicNames.Region.MALE : HispanicNames.Region.FEMALE;
        List<String> given = new ArrayList<>(2);
        String first = names.draw(random);
        given.add(first);
        if (!first.contains(" ") && random.nextDouble() < 0.45) {
            String second = names.draw(random);
            if (!second.equals(first) && !second.contains(" ")) {
                given.add(second);
            }
        }
        String s1 = surname();
        // one in fourteen records carries one surname only
        String s2 = random.nextDouble() < 0.93 ? surname() : null;
        // nicknames as notices record them: the nickname with the surname it goes with ("Niño Guerrero")
        List<String> nicknames = HispanicNames.Region.NICKNAMES;
        String nicknamed = random.nextDouble() < 0.15 ? nicknames.get(random.nextInt(nicknames.size())) : null;
        int year = 1955 + random.nextInt(50);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        double known = random.nextDouble();
        List<String> countries = HispanicNames.Region.COUNTRIES;
        String country = countries.get(random.nextInt(countries.size()));
        String document = random.nextDouble() < 0.7 ? document(country) : null;
        double e = extra.nextDouble();
        if (e < ARABIC_ORIGIN) {
            // the father's surname of Arabic origin, the mother's Hispanic; half bear an Arabic given name too
            s1 = pick(HispanicNames.Region.ARABIC_SURNAMES);
            if (extra.nextBoolean()) {
                given.set(0, pick(male ? HispanicNames.Region.ARABIC_MALE : HispanicNames.Region.ARABIC_FEMALE));
            }
        } else if (e < ARABIC_ORIGIN + FUSED_OR_COMPOUND) {
            String compound = pick(HispanicNames.Region.FUSED_OR_COMPOUND);
            if (s2 != null && extra.nextBoolean()) {
                s2 = compound;
            } else {
                s1 = compound;
            }
        } else if (e < ARABIC_ORIGIN + FUSED_OR_COMPOUND + MORE_GIVEN) {
            given.set(0, pick(male ? HispanicNames.Region.MORE_MALE : HispanicNames.Region.MORE_FEMALE));
        }
        String nickname = nicknamed == null ? null : nicknamed + " " + s1;
        if (given.size() > 1 && given.get(0).equals(given.get(1))) {
            given.remove(1);
        }
        // the notice records the month for 85 %, the day for 70 %
        return new Person(List.copyOf(given), s1, s2, nickname, year, month, day, known < 0.85 ? month : null,
                known < 0.7 ? day : null, country, document, !male);
    }

    private String pick(List<String> values) {
        return values.get(extra.nextInt(values.size()));
    }

    /** Another person with the same name but another birth date: the namesake who must not match. */
    public Person namesakeOf(Person p) {
        int shift = (2 + random.nextInt(14)) * (random.nextBoolean() ? 1 : -1);
        int m = 1 + random.nextInt(12);
        int d = 1 + random.nextInt(28);
        return new Person(p.given(), p.firstSurname(), p.secondSurname(), null, p.year() + shift, m, d, m, d,
                p.country(), random.nextBoolean() ? document(p.country()) : null, p.female());
    }

    private String surname() {
        double r = random.nextDouble();
        if (r < 0.03) {
            List<String> particled = HispanicNames.Region.PARTICLED;
            return particled.get(random.nextInt(particled.size()));
        }
        if (r < 0.78) {
            return HispanicNames.Region.SURNAMES.draw(random);
        }
        return rare.get(random.nextInt(rare.size()));
    }

    /**
     * A national identity number as each country writes it. Simpler than the demo's
     * {@code IdentityNumbers} (no birth-year series) and kept so: its draws are part of the seed's
     * population the benchmark figures were measured on.
     */
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

    /** Chilean RUN check digit (modulo 11). */
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
}
