package org.sabueso.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A Hispanic name in its parts: given names, first (paternal) surname, second (maternal) surname,
 * and the particles ("de", "de la", "del") that belong to the surnames.
 */
public record PersonName(String givenNames, String firstSurname, String secondSurname, String particles) {

    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "y", "san", "da", "do", "dos");

    public PersonName {
        givenNames = blankToNull(givenNames);
        firstSurname = blankToNull(firstSurname);
        secondSurname = blankToNull(secondSurname);
        particles = blankToNull(particles);
        if (givenNames == null && firstSurname == null) {
            throw new InvalidValue(ValueRefusal.NAME_PARTS);
        }
    }

    /** The name as written in a Spanish-speaking country: given names, then surnames. */
    public String fullName() {
        StringBuilder sb = new StringBuilder();
        append(sb, givenNames);
        append(sb, particles != null && firstSurname != null ? particles + " " + firstSurname : firstSurname);
        append(sb, secondSurname);
        return sb.toString();
    }

    /**
     * Splits a name written "Given Given Surname Surname" or "SURNAME SURNAME, Given" into parts.
     * With two or more tokens after the given names, the last two (with their particles) are the
     * surnames; this guess is stored alongside the name as written, never instead of it.
     */
    public static PersonName parse(String written) {
        if (written == null || written.isBlank()) {
            throw new InvalidValue(ValueRefusal.NAME_MISSING);
        }
        String text = written.strip().replaceAll("\\s+", " ");
        if (text.contains(",")) {
            String[] parts = text.split(",", 2);
            List<String> surnames = groupSurnames(List.of(parts[0].strip().split(" ")));
            return fromSurnames(parts[1].strip(), surnames);
        }
        List<String> units = groupSurnames(List.of(text.split(" ")));
        if (units.size() == 1) {
            return fromSurnames(units.getFirst().contains(" ") ? "" : units.getFirst(),
                    units.getFirst().contains(" ") ? units : List.of());
        }
        // two units: given name and one surname; more: the last two units are the surnames
        int given = units.size() == 2 ? 1 : units.size() - 2;
        return fromSurnames(String.join(" ", units.subList(0, given)), units.subList(given, units.size()));
    }

    private static PersonName fromSurnames(String givenNames, List<String> surnames) {
        String particles = null;
        String first = surnames.isEmpty() ? null : surnames.get(0);
        if (first != null) {
            String[] ws = first.split(" ");
            int i = 0;
            while (i < ws.length - 1 && isParticle(ws[i])) {
                i++;
            }
            if (i > 0) {
                particles = String.join(" ", List.of(ws).subList(0, i));
                first = String.join(" ", List.of(ws).subList(i, ws.length));
            }
        }
        String second = surnames.size() > 1 ? String.join(" ", surnames.subList(1, surnames.size())) : null;
        return new PersonName(givenNames.isBlank() ? null : givenNames, first, second, particles);
    }

    /** Joins particles to the word after them: [Pérez, de, la, Cruz] becomes [Pérez, de la Cruz]. */
    private static List<String> groupSurnames(List<String> tokens) {
        List<String> out = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String t : tokens) {
            if (isParticle(t)) {
                pending.append(t).append(' ');
            } else {
                out.add(pending + t);
                pending.setLength(0);
            }
        }
        if (!pending.isEmpty() && !out.isEmpty()) {
            int last = out.size() - 1;
            out.set(last, out.get(last) + " " + pending.toString().strip());
        }
        return out;
    }

    private static boolean isParticle(String token) {
        return PARTICLES.contains(token.toLowerCase(Locale.ROOT));
    }

    private static void append(StringBuilder sb, String part) {
        if (part != null) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(part);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
