package org.sabueso.tools.screening;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The forms a name takes in other records, as tables: pet forms (José → Pepe), abbreviations
 * (María → Ma.), recorded romanisations of names of Arabic origin (Walid → Valed), fused and split
 * surnames (Donjuan ↔ Don Juan), and two-letter slips in long words (Linares → Llenares). Only
 * forms that occur in real records: a name without one is left as it is, so the benchmark's
 * variants stay believable. The tables are the bench's, not the engine's: the engine must find
 * these by its own rules.
 */
final class NameVariants {

    private NameVariants() {
    }

    /** Pet forms by given name. */
    static final Map<String, List<String>> HYPOCORISMS = Map.ofEntries(
            Map.entry("José", List.of("Pepe", "Cheo", "Chepe")), Map.entry("Francisco", List.of("Paco", "Pancho")),
            Map.entry("Jesús", List.of("Chucho", "Chuy")), Map.entry("Guadalupe", List.of("Lupe", "Lupita")),
            Map.entry("Ignacio", List.of("Nacho")), Map.entry("Guillermo", List.of("Memo")),
            Map.entry("Antonio", List.of("Toño")), Map.entry("Enrique", List.of("Quique")),
            Map.entry("Eduardo", List.of("Lalo")), Map.entry("Alberto", List.of("Beto")),
            Map.entry("Roberto", List.of("Beto")), Map.entry("Luis", List.of("Lucho")),
            Map.entry("Manuel", List.of("Manolo", "Manolito")), Map.entry("Rafael", List.of("Rafa")),
            Map.entry("Alejandro", List.of("Alejo")), Map.entry("Gregorio", List.of("Goyo")),
            Map.entry("Ramón", List.of("Moncho")), Map.entry("Adolfo", List.of("Fito")),
            Map.entry("Rodolfo", List.of("Fito")), Map.entry("Ernesto", List.of("Neto")),
            Map.entry("Santiago", List.of("Santi")), Map.entry("Sebastián", List.of("Sebas")),
            Map.entry("Dolores", List.of("Lola")), Map.entry("Concepción", List.of("Concha", "Conchita")),
            Map.entry("Rosario", List.of("Charo")), Map.entry("Graciela", List.of("Chela")),
            Map.entry("Consuelo", List.of("Chelo")), Map.entry("Isabel", List.of("Chabela")),
            Map.entry("Mercedes", List.of("Meche")), Map.entry("Teresa", List.of("Tere")),
            Map.entry("Francisca", List.of("Paca", "Pancha")), Map.entry("Socorro", List.of("Coco")),
            Map.entry("Patricia", List.of("Paty")), Map.entry("Gabriela", List.of("Gaby")));

    /** Abbreviations of given names as clerks write them. */
    static final Map<String, List<String>> ABBREVIATIONS = Map.of(
            "María", List.of("Ma.", "Mª", "Ma"), "Francisco", List.of("Fco."), "José", List.of("J."),
            "Guadalupe", List.of("Gpe."), "Jesús", List.of("J."), "Antonio", List.of("Ant."),
            "Fernando", List.of("Fdo."), "Francisca", List.of("Fca."));

    /** The son's suffix, as lists write it ("MEZA, JR., Arturo"). */
    static final List<String> JUNIOR = List.of("Jr.", "JR", "Jr");

    /**
     * Romanisations of names of Arabic origin recorded for the same people: with or without the
     * article (Al-/El-), ou/u and o/u, e/i, w/v, kh/j, doubled consonants.
     */
    static final Map<String, List<String>> ARABIC = Map.ofEntries(
            Map.entry("Aulaqi", List.of("Al-Aulaqi", "Al Aulaqi", "Awlaki", "Al-Awlaki", "Aulaki")),
            Map.entry("Jomaa", List.of("Joumaa", "Jumaa", "Gomaa", "Jomah")),
            Map.entry("Makled", List.of("Makhled", "Maqled", "Makled García")),
            Map.entry("Saab", List.of("Sab", "Saabe")), Map.entry("Nasser", List.of("Naser", "Nassar", "Nacer", "Nasr")),
            Map.entry("Haddad", List.of("Hadad", "Al-Haddad", "Haddat")),
            Map.entry("El Aissami", List.of("Aissami", "Al Aissami", "El Aisami", "Elaissami")),
            Map.entry("Khalil", List.of("Jalil", "Halil", "Khalill")), Map.entry("Hamdan", List.of("Hamdán", "Al Hamdan", "Jamdan")),
            Map.entry("Assad", List.of("Asad", "Al-Assad", "El Assad")), Map.entry("Zaidan", List.of("Zaydan", "Zeidan")),
            Map.entry("Abdallah", List.of("Abdala", "Abdalá", "Abdullah", "Abdalah")),
            Map.entry("Yunis", List.of("Younis", "Younes", "Yunes")),
            Map.entry("Ould Salem", List.of("Uld Salem", "Ould Salim", "Wuld Salem")),
            Map.entry("Majluf", List.of("Makhluf", "Majlouf")), Map.entry("Farah", List.of("Faraj", "Farrah")),
            Map.entry("Chehade", List.of("Shehadeh", "Chehadé", "Shehade")),
            Map.entry("Daccarett", List.of("Dacarett", "Daccaret")), Map.entry("Kassab", List.of("Kasab", "Qassab")),
            Map.entry("Rahal", List.of("Rahhal", "Rajal")),
            Map.entry("Walid", List.of("Valed", "Valid", "Waleed", "Ualid", "Oualid")),
            Map.entry("Jamil", List.of("Yamil", "Djamil", "Jamel")), Map.entry("Tareck", List.of("Tarek", "Tarik", "Tareq")),
            Map.entry("Khaled", List.of("Jaled", "Khalid", "Jalid", "Haled")),
            Map.entry("Mohamed", List.of("Mohammed", "Muhammad", "Mohamad", "Mahomed")),
            Map.entry("Nayib", List.of("Najib", "Nagib", "Nayibe")), Map.entry("Farid", List.of("Fared", "Fareed")),
            Map.entry("Salim", List.of("Selim", "Saleem", "Salem")), Map.entry("Hassan", List.of("Hasan", "Jasan")),
            Map.entry("Ibrahim", List.of("Ibrahin", "Ebrahim", "Brahim")), Map.entry("Yusef", List.of("Yousef", "Youssef", "Yusuf")),
            Map.entry("Karim", List.of("Karin", "Kareem", "Carim")),
            Map.entry("Samira", List.of("Zamira", "Sameera")), Map.entry("Yamile", List.of("Jamile", "Yamila", "Jamila")),
            Map.entry("Leila", List.of("Layla", "Laila", "Leyla")), Map.entry("Fátima", List.of("Fatma", "Fatimah")),
            Map.entry("Nadia", List.of("Nadya")), Map.entry("Zoraida", List.of("Soraida", "Zoraide")),
            Map.entry("Jasmín", List.of("Yasmín", "Yasmine")), Map.entry("Amira", List.of("Ameera", "Emira")));

    /** Fused surnames and how records split them. */
    static final Map<String, String> SPLITS = Map.ofEntries(
            Map.entry("Donjuan", "Don Juan"), Map.entry("Deleón", "De León"), Map.entry("Delarosa", "De la Rosa"),
            Map.entry("Delvalle", "Del Valle"), Map.entry("Delacruz", "De la Cruz"), Map.entry("Santamaría", "Santa María"),
            Map.entry("Sanmartín", "San Martín"), Map.entry("Montesdeoca", "Montes de Oca"),
            Map.entry("Villarreal", "Villa Real"), Map.entry("Santacruz", "Santa Cruz"));

    /** The surname written as one word ("de León" → "Deleon"), or null when it is one word already. */
    static String fused(String surname) {
        if (surname == null || !surname.contains(" ")) {
            return null;
        }
        String joined = surname.replace(" ", "").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    /** The surname split as records split it ("Donjuan" → "Don Juan"), or null when it has no known split. */
    static String split(String surname) {
        // Map.of refuses to look up null
        return surname == null ? null : SPLITS.get(surname);
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static final String[][] SOUND_SWAPS = {{"l", "ll"}, {"ll", "l"}, {"r", "rr"}, {"rr", "r"}, {"s", "ss"},
            {"v", "b"}, {"b", "v"}, {"z", "s"}, {"s", "z"}, {"c", "s"}, {"y", "ll"}, {"g", "j"}, {"j", "g"}, {"n", "nn"}};

    /**
     * Two slips in one long word, the way a name heard or read badly is written: a vowel for
     * another and a sound spelt otherwise (Linares → Llenares). Returns the word unchanged when no
     * two slips fit.
     */
    static String twoEdits(String word, Random random) {
        for (int attempt = 0; attempt < 6; attempt++) {
            String w = vowelSlip(word, random);
            w = random.nextBoolean() ? soundSlip(w, random) : vowelSlip(w, random);
            if (distance(word.toLowerCase(Locale.ROOT), w.toLowerCase(Locale.ROOT)) == 2) {
                return w;
            }
        }
        return word;
    }

    private static String vowelSlip(String w, Random random) {
        // never the first letter: a misheard name keeps its start
        int at = 1 + random.nextInt(w.length() - 1);
        for (int i = 0; i < w.length() - 1; i++) {
            int p = 1 + (at - 1 + i) % (w.length() - 1);
            char to = switch (w.charAt(p)) {
                case 'e' -> 'i';
                case 'i' -> 'e';
                case 'o' -> 'u';
                case 'u' -> 'o';
                case 'a' -> 'e';
                default -> 0;
            };
            if (to != 0) {
                return w.substring(0, p) + to + w.substring(p + 1);
            }
        }
        return w;
    }

    /** Levenshtein distance: how many letters inserted, deleted or replaced. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    private static String soundSlip(String w, Random random) {
        int start = random.nextInt(SOUND_SWAPS.length);
        for (int i = 0; i < SOUND_SWAPS.length; i++) {
            String[] swap = SOUND_SWAPS[(start + i) % SOUND_SWAPS.length];
            String lower = w.toLowerCase(Locale.ROOT);
            int at = lower.indexOf(swap[0]);
            if (at >= 0 && !lower.startsWith(swap[1], at)) {
                String to = at == 0 ? Character.toUpperCase(swap[1].charAt(0)) + swap[1].substring(1) : swap[1];
                return w.substring(0, at) + to + w.substring(at + swap[0].length());
            }
        }
        return w;
    }
}
