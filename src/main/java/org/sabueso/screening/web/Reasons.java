package org.sabueso.screening.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sabueso.screening.Explanation;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.PartialDate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a hit's explanation into lines an officer reads: one per feature, named in the page's
 * language ("Fecha de nacimiento"), saying whether it speaks for or against the match and why
 * in a sentence ("Mismo año de nacimiento: consultado 1983, en el aviso 1983"). The engine
 * writes its explanation in English for the API and the audit trail; each sentence it writes is
 * known here, and one that is not is shown as it is.
 */
@Component
class Reasons {

    /** How a feature weighs: for the match, partly, against it, or a caution the officer must read. */
    enum Weight { FOR, PARTLY, AGAINST, CAUTION }

    /** One line: the feature's name, its weight, the sentence, and the feature's own score when known. */
    record Reason(String feature, String label, Weight weight, String text, String score) {
    }

    /** "name (0.96): detail" as hits store it, or "name: detail" as links do. */
    private static final Pattern STORED = Pattern.compile("^(\\w+)(?: \\(([0-9.]+)\\))?: (.*)$");
    private static final Pattern PAIR_SIMILAR = Pattern.compile("^(\\S+) ≈ (\\S+) \\(([0-9.]+)\\)$");
    private static final Pattern PAIR_SAME = Pattern.compile("^(\\S+) = (\\S+)$");
    private static final Pattern PAIR_MISSING = Pattern.compile("^(\\S+) not found$");
    private static final Pattern ALIAS = Pattern.compile("^(.*) \\(as (.+)\\)$", Pattern.DOTALL);
    private static final String REVERSED = "; surnames in the opposite order";

    private final MessageSource messages;

    Reasons(MessageSource messages) {
        this.messages = messages;
    }

    List<Reason> of(List<Explanation> explanation, Locale locale) {
        return explanation.stream().map(e -> line(e.feature(), e.score(), e.detail(), locale)).toList();
    }

    /** The explanation as hits and links store it, one feature a line. */
    List<Reason> of(String stored, Locale locale) {
        List<Reason> lines = new ArrayList<>();
        if (stored == null) {
            return lines;
        }
        for (String text : stored.split("\n")) {
            Matcher m = STORED.matcher(text.strip());
            if (m.matches()) {
                lines.add(line(m.group(1), m.group(2) == null ? Double.NaN : Double.parseDouble(m.group(2)), m.group(3), locale));
            } else if (!text.isBlank()) {
                lines.add(new Reason("other", "", Weight.PARTLY, text.strip(), null));
            }
        }
        return lines;
    }

    /** A score in 0..1 as a percentage in the page's language: 96 %, 96%. */
    static String percent(double score, Locale locale) {
        return NumberFormat.getPercentInstance(locale).format(score);
    }

    private Reason line(String feature, double score, String detail, Locale locale) {
        String label = messages.getMessage("reason." + feature, null, feature, locale);
        String shownScore = Double.isNaN(score) || !(feature.equals("name")) ? null : percent(score, locale);
        Reading r = switch (feature) {
            case "name" -> name(detail, score, locale);
            case "birthDate" -> birthDate(detail, locale);
            case "documents" -> documents(detail, locale);
            case "nationality" -> nationality(detail, locale);
            case "namesakes" -> namesakes(detail, locale);
            case "previousAnswer" -> previousAnswer(detail, locale);
            default -> null;
        };
        return r == null ? new Reason(feature, label, Weight.PARTLY, detail, shownScore)
                : new Reason(feature, label, r.weight(), r.text(), shownScore);
    }

    private record Reading(Weight weight, String text) {
    }

    /** "hector = hector, r. ≈ rusthenford (0.80), fuentes not found; surnames in the opposite order (as Niño Guerrero)" */
    private Reading name(String detail, double score, Locale locale) {
        if (detail.equals("no comparable name")) {
            return new Reading(Weight.AGAINST, msg("reason.name.none", locale));
        }
        String rest = detail;
        String alias = null;
        Matcher a = ALIAS.matcher(rest);
        if (a.matches()) {
            rest = a.group(1);
            alias = a.group(2);
        }
        boolean reversed = rest.endsWith(REVERSED);
        if (reversed) {
            rest = rest.substring(0, rest.length() - REVERSED.length());
        }
        List<String> same = new ArrayList<>();
        List<String> similar = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String pair : rest.split(", ")) {
            Matcher m;
            if ((m = PAIR_SAME.matcher(pair)).matches()) {
                same.add(word(m.group(1), locale));
            } else if ((m = PAIR_SIMILAR.matcher(pair)).matches()) {
                similar.add(msg("reason.name.pair", locale, word(m.group(1), locale), word(m.group(2), locale)));
            } else if ((m = PAIR_MISSING.matcher(pair)).matches()) {
                missing.add(word(m.group(1), locale));
            } else {
                return null;
            }
        }
        List<String> parts = new ArrayList<>();
        if (!same.isEmpty()) {
            parts.add(msg("reason.name.same", locale, String.join(", ", same)));
        }
        if (!similar.isEmpty()) {
            parts.add(msg("reason.name.similar", locale, String.join(", ", similar)));
        }
        if (!missing.isEmpty()) {
            parts.add(msg("reason.name.missing", locale, String.join(", ", missing)));
        }
        if (reversed) {
            parts.add(msg("reason.name.reversed", locale));
        }
        if (alias != null) {
            parts.add(msg("reason.name.alias", locale, alias));
        }
        // a close name speaks for the match even through an initial or a spelling variant
        boolean close = Double.isNaN(score) ? similar.isEmpty() : score >= 0.9;
        Weight weight = missing.isEmpty() && !reversed && close ? Weight.FOR : Weight.PARTLY;
        return new Reading(weight, capitalise(String.join("; ", parts), locale));
    }

    private static final Pattern DATE_EXACT = Pattern.compile("same date of birth (\\S+)");
    private static final Pattern DATE_SWAPPED = Pattern.compile("day and month swapped: (\\S+) / (\\S+)");
    private static final Pattern DATE_YEAR = Pattern.compile("same year of birth \\((\\S+) / (\\S+)\\)");
    private static final Pattern DATE_NEAR = Pattern.compile("year of birth one apart, only the year known \\((\\S+) / (\\S+)\\)");
    private static final Pattern DATE_CONFLICT = Pattern.compile("different date of birth: (\\S+) / (\\S+)");

    private Reading birthDate(String detail, Locale locale) {
        Matcher m;
        if ((m = DATE_EXACT.matcher(detail)).matches()) {
            return new Reading(Weight.FOR, msg("reason.birthDate.exact", locale, date(m.group(1), locale)));
        }
        if ((m = DATE_SWAPPED.matcher(detail)).matches()) {
            return new Reading(Weight.FOR, msg("reason.birthDate.swapped", locale, date(m.group(1), locale), date(m.group(2), locale)));
        }
        if ((m = DATE_YEAR.matcher(detail)).matches()) {
            return new Reading(Weight.FOR, msg("reason.birthDate.sameYear", locale, date(m.group(1), locale), date(m.group(2), locale)));
        }
        if ((m = DATE_NEAR.matcher(detail)).matches()) {
            return new Reading(Weight.PARTLY, msg("reason.birthDate.near", locale, date(m.group(1), locale), date(m.group(2), locale)));
        }
        if ((m = DATE_CONFLICT.matcher(detail)).matches()) {
            return new Reading(Weight.AGAINST, msg("reason.birthDate.different", locale, date(m.group(1), locale), date(m.group(2), locale)));
        }
        return null;
    }

    private Reading documents(String detail, Locale locale) {
        return switch (detail) {
            case "same document number" -> new Reading(Weight.FOR, msg("reason.documents.same", locale));
            case "a document of the same kind and country has another number" ->
                    new Reading(Weight.AGAINST, msg("reason.documents.other", locale));
            default -> null;
        };
    }

    private static final Pattern NATIONALITY_SAME = Pattern.compile("nationality ([A-Z]{2})");
    private static final Pattern NATIONALITY_OTHER = Pattern.compile("nationality ([A-Z]{2}) not recorded \\(recorded: (.*)\\)");

    private Reading nationality(String detail, Locale locale) {
        Matcher m;
        if ((m = NATIONALITY_SAME.matcher(detail)).matches()) {
            return new Reading(Weight.FOR, msg("reason.nationality.same", locale, country(m.group(1), locale)));
        }
        if ((m = NATIONALITY_OTHER.matcher(detail)).matches()) {
            List<String> recorded = new ArrayList<>();
            for (String c : m.group(2).split(",\\s*")) {
                recorded.add(country(c, locale));
            }
            return new Reading(Weight.AGAINST, msg("reason.nationality.other", locale, country(m.group(1), locale),
                    String.join(", ", recorded)));
        }
        return null;
    }

    private static final Pattern COMMON = Pattern.compile("a common name: about ([0-9.]+) people on the list bear it.*", Pattern.DOTALL);
    private static final Pattern SHARED = Pattern.compile("(\\d+) other wanted (?:person shares|people share) this name.*", Pattern.DOTALL);

    private Reading namesakes(String detail, Locale locale) {
        Matcher m;
        if ((m = COMMON.matcher(detail)).matches()) {
            return new Reading(Weight.CAUTION, msg("reason.namesakes.common", locale, Double.parseDouble(m.group(1))));
        }
        if ((m = SHARED.matcher(detail)).matches()) {
            return new Reading(Weight.CAUTION, msg("reason.namesakes.shared", locale, Integer.parseInt(m.group(1))));
        }
        return null;
    }

    private static final Pattern REJECTED = Pattern.compile("the issuing agency answered on (\\d{4}-\\d{2}-\\d{2}) that.*", Pattern.DOTALL);

    private Reading previousAnswer(String detail, Locale locale) {
        Matcher m = REJECTED.matcher(detail);
        return m.matches() ? new Reading(Weight.CAUTION, msg("reason.previousAnswer.rejected", locale, date(m.group(1), locale))) : null;
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A birth date as the page writes dates: 14/07/1983, 07/1983 or 1983. */
    private String date(String text, Locale locale) {
        try {
            PartialDate d = PartialDate.parse(text);
            if (d.isComplete()) {
                return java.time.LocalDate.of(d.year(), d.month(), d.day())
                        .format(java.time.format.DateTimeFormatter.ofPattern(msg("format.date", locale), locale));
            }
            return d.month() == null ? String.valueOf(d.year()) : String.format(Locale.ROOT, "%02d/%d", d.month(), d.year());
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String country(String code, Locale locale) {
        return CountryCode.isValid(code) ? CountryCode.of(code).displayName(locale) : code;
    }

    /** A folded name word as a name is written: "guerrero" → "Guerrero", "r." → "R.". */
    private static String word(String folded, Locale locale) {
        return capitalise(folded, locale);
    }

    private static String capitalise(String s, Locale locale) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
    }
}
