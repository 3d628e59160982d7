package org.sabueso.demo;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Values listed from the most to the least frequent, drawn with Zipf–Mandelbrot weights
 * {@code 1 / (rank + q)^s}: the first few are very common and the tail long, as with names. A
 * larger {@code q} flattens the head (no single name takes a fifth of the population, as a pure
 * Zipf law over a short list would give).
 */
public final class RankedTable {

    private final List<String> values;
    private final double[] cumulative;

    private RankedTable(List<String> values, double s, double q) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a table needs values");
        }
        this.values = List.copyOf(values);
        this.cumulative = new double[values.size()];
        double sum = 0;
        for (int i = 0; i < values.size(); i++) {
            sum += 1 / Math.pow(i + 1 + q, s);
            cumulative[i] = sum;
        }
    }

    /** Ranks the space-separated words, most frequent first; repeated words keep their first rank. */
    static RankedTable of(double s, double q, String... words) {
        LinkedHashSet<String> ranked = new LinkedHashSet<>();
        for (String w : words) {
            ranked.addAll(Arrays.asList(w.strip().split("\\s+")));
        }
        return new RankedTable(List.copyOf(ranked), s, q);
    }

    /** Like {@link #of} for values that contain spaces ("María José"), separated by commas. */
    static RankedTable ofPhrases(double s, double q, String commaSeparated) {
        return new RankedTable(Arrays.stream(commaSeparated.split(",")).map(String::strip)
                .filter(v -> !v.isEmpty()).distinct().toList(), s, q);
    }

    /**
     * The values in the order given, repeats kept (a repeated value draws with the weights of
     * both its ranks): for lists whose draws must stay as they were measured.
     */
    static RankedTable asListed(double s, double q, List<String> values) {
        return new RankedTable(values, s, q);
    }

    public String draw(RandomGenerator random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        return values.get(i >= 0 ? i : -i - 1);
    }

    /** The values by rank, most frequent first. */
    public List<String> values() {
        return values;
    }

    /** The share of draws that value gets, between 0 and 1 (0 when not in the table). */
    public double share(String value) {
        int i = values.indexOf(value);
        if (i < 0) {
            return 0;
        }
        double previous = i == 0 ? 0 : cumulative[i - 1];
        return (cumulative[i] - previous) / cumulative[cumulative.length - 1];
    }
}
