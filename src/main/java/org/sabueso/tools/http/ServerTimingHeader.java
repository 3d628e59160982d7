package org.sabueso.tools.http;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code Server-Timing} header ({@code engine;dur=0.62, total;dur=1.9}) into durations
 * in milliseconds by metric name. Metrics without a {@code dur} parameter, or with one that is no
 * number, are left out; parameters other than {@code dur} ({@code desc}) are ignored.
 */
public final class ServerTimingHeader {

    private ServerTimingHeader() {
    }

    /** The metrics' durations in milliseconds, in the header's order; empty for a null header. */
    public static Map<String, Double> durations(String header) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (header == null) {
            return out;
        }
        for (String metric : header.split(",")) {
            String[] parts = metric.split(";");
            String name = parts[0].strip();
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].strip();
                int eq = param.indexOf('=');
                if (eq > 0 && param.substring(0, eq).strip().toLowerCase(Locale.ROOT).equals("dur")) {
                    try {
                        out.put(name, Double.parseDouble(param.substring(eq + 1).strip().replace("\"", "")));
                    } catch (NumberFormatException notANumber) {
                        // a duration that is no number says nothing
                    }
                }
            }
        }
        return out;
    }
}
