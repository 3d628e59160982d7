package org.sabueso.demo;

import java.util.random.RandomGenerator;

/**
 * National identity numbers in the form each country writes them, with correct check digits
 * where the country has one. Numbers follow the birth year the way real series do (a Venezuelan
 * born in 1990 has a cédula around 22 million), but every number generated here is fictitious.
 *
 * <ul>
 * <li>Venezuela: cédula {@code V-12.345.678} ({@code E-} for foreign residents).</li>
 * <li>Colombia: cédula de ciudadanía, eight digits for those registered before the 2000s
 *     ({@code 79.456.123}), ten for the younger ({@code 1.023.456.789}).</li>
 * <li>Peru: DNI, eight digits ({@code 45678912}); foreigners get a carné de extranjería
 *     ({@code 001234567}).</li>
 * <li>Chile: RUN {@code 12.345.678-5}, check digit modulo 11 ({@code K} for 10); foreign
 *     residents get numbers from 24 million up.</li>
 * <li>Ecuador: cédula of ten digits ({@code 0912345675}): province, a third digit below 6, and
 *     a modulo-10 check digit.</li>
 * </ul>
 */
public final class IdentityNumbers {

    /** Provinces by share of the population, for Ecuadorian cédulas (Guayas, Pichincha, Manabí first). */
    private static final RankedTable ECUADOR_PROVINCES =
            RankedTable.of(1.0, 1.0, "09 17 13 07 18 11 12 08 01 23 06 05 03 10 14 24 21 16 02 04 15 19 20 22");

    private IdentityNumbers() {
    }

    /** A Venezuelan cédula for someone born in {@code birthYear}. */
    public static String venezuelanCedula(RandomGenerator random, int birthYear, boolean foreigner) {
        long base = foreigner ? 80_000_000L + random.nextLong(4_000_000)
                : clamp((birthYear - 1955L) * 650_000 + random.nextLong(-1_500_000, 1_500_000), 2_000_000, 33_500_000);
        return (foreigner ? "E-" : "V-") + grouped(base);
    }

    /** A Colombian cédula de ciudadanía for someone born in {@code birthYear}. */
    public static String colombianCedula(RandomGenerator random, int birthYear) {
        if (birthYear >= 1984) {
            return grouped(1_000_000_000L + random.nextLong(130_000_000));
        }
        return grouped(random.nextLong(10_000_000, 99_999_999));
    }

    /** A Peruvian DNI for someone born in {@code birthYear}. */
    public static String peruvianDni(RandomGenerator random, int birthYear) {
        long low = birthYear < 1970 ? 1_000_000 : birthYear < 1985 ? 10_000_000 : 40_000_000;
        long high = birthYear < 1970 ? 29_999_999 : birthYear < 1985 ? 45_999_999 : 79_999_999;
        return "%08d".formatted(random.nextLong(low, high + 1));
    }

    /** A Peruvian carné de extranjería, nine digits. */
    public static String peruvianForeignerCard(RandomGenerator random) {
        return "%09d".formatted(random.nextLong(1_000_000, 3_000_000));
    }

    /** A Chilean RUN with its check digit, for a Chilean born in {@code birthYear} or a foreign resident. */
    public static String chileanRun(RandomGenerator random, int birthYear, boolean foreigner) {
        long number = foreigner ? random.nextLong(24_000_000, 28_000_000)
                : clamp((birthYear - 1930L) * 300_000 + random.nextLong(-600_000, 600_000), 1_000_000, 23_000_000);
        return grouped(number) + "-" + chileanCheckDigit(number);
    }

    /** The RUN check digit: weights 2..7 from the right, modulo 11; 10 is {@code K}, 11 is {@code 0}. */
    public static char chileanCheckDigit(long number) {
        int sum = 0;
        int weight = 2;
        for (long n = number; n > 0; n /= 10) {
            sum += (int) (n % 10) * weight;
            weight = weight == 7 ? 2 : weight + 1;
        }
        int check = 11 - sum % 11;
        return check == 11 ? '0' : check == 10 ? 'K' : (char) ('0' + check);
    }

    /** Whether a RUN as written ("12.345.678-5") has the right check digit. */
    public static boolean isValidChileanRun(String run) {
        String clean = run.replace(".", "").strip().toUpperCase(java.util.Locale.ROOT);
        int dash = clean.indexOf('-');
        if (dash < 1 || dash != clean.length() - 2 || !clean.substring(0, dash).chars().allMatch(Character::isDigit)) {
            return false;
        }
        return chileanCheckDigit(Long.parseLong(clean.substring(0, dash))) == clean.charAt(dash + 1);
    }

    /** An Ecuadorian cédula: province, third digit below 6, six digits, check digit. */
    public static String ecuadorianCedula(RandomGenerator random) {
        String first9 = ECUADOR_PROVINCES.draw(random) + random.nextInt(6) + "%06d".formatted(random.nextInt(1_000_000));
        return first9 + ecuadorianCheckDigit(first9);
    }

    /** Coefficients 2,1,2,1… over the first nine digits, products above 9 less 9, then 10 − sum mod 10. */
    public static int ecuadorianCheckDigit(String first9) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int p = (first9.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += p > 9 ? p - 9 : p;
        }
        return (10 - sum % 10) % 10;
    }

    /** Whether a ten-digit Ecuadorian cédula is well formed and its check digit right. */
    public static boolean isValidEcuadorianCedula(String cedula) {
        if (cedula == null || !cedula.matches("\\d{10}")) {
            return false;
        }
        int province = Integer.parseInt(cedula.substring(0, 2));
        return (province >= 1 && province <= 24 || province == 30) && cedula.charAt(2) < '6'
                && ecuadorianCheckDigit(cedula.substring(0, 9)) == cedula.charAt(9) - '0';
    }

    /** A Venezuelan passport number, nine digits. */
    public static String venezuelanPassport(RandomGenerator random) {
        return "%09d".formatted(random.nextLong(100_000_000, 200_000_000));
    }

    /** Digits grouped by thousands with dots, as these countries write them: 12.345.678. */
    static String grouped(long number) {
        String digits = Long.toString(number);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private static long clamp(long v, long min, long max) {
        return Math.max(min, Math.min(max, v));
    }
}
