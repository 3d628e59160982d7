package org.sabueso.screening.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sabueso.screening.Explanation;
import org.sabueso.screening.ExplanationCode;

/**
 * Reads the explanation that hits and links store as text ("name (0.96): detail", one feature a
 * line; links write "name: detail") back into items with codes, for {@link Reasons}.
 *
 * <p>The one place left that reads English text back into meaning, and only for rows already
 * written: the engine hands its items to the page and the API with their codes, but hits and
 * links still keep one text column (the hit API shows it as it is). When they store the items'
 * codes and arguments beside it, this class goes. A line it does not know is shown as written.
 */
final class StoredExplanations {

    private static final Pattern STORED = Pattern.compile("^(\\w+)(?: \\(([0-9.]+)\\))?: (.*)$");
    private static final Pattern PAIR_SIMILAR = Pattern.compile("^(\\S+) ≈ (\\S+) \\(([0-9.]+)\\)$");
    private static final Pattern PAIR_SAME = Pattern.compile("^(\\S+) = (\\S+)$");
    private static final Pattern PAIR_MISSING = Pattern.compile("^(\\S+) not found$");
    private static final Pattern ALIAS = Pattern.compile("^(.*) \\(as (.+)\\)$", Pattern.DOTALL);
    private static final String REVERSED = "; surnames in the opposite order";
    private static final Pattern DATE_EXACT = Pattern.compile("same date of birth (\\S+)");
    private static final Pattern DATE_SWAPPED = Pattern.compile("day and month swapped: (\\S+) / (\\S+)");
    private static final Pattern DATE_YEAR = Pattern.compile("same year of birth \\((\\S+) / (\\S+)\\)");
    private static final Pattern DATE_NEAR = Pattern.compile("year of birth one apart, only the year known \\((\\S+) / (\\S+)\\)");
    private static final Pattern DATE_CONFLICT = Pattern.compile("different date of birth: (\\S+) / (\\S+)");
    private static final Pattern NATIONALITY_SAME = Pattern.compile("nationality ([A-Z]{2})");
    private static final Pattern NATIONALITY_OTHER = Pattern.compile("nationality ([A-Z]{2}) not recorded \\(recorded: (.*)\\)");
    private static final Pattern COMMON = Pattern.compile("a common name: about ([0-9.]+) people on the list bear it.*", Pattern.DOTALL);
    private static final Pattern SHARED = Pattern.compile("(\\d+) other wanted (?:person shares|people share) this name.*", Pattern.DOTALL);
    private static final Pattern REJECTED = Pattern.compile("the issuing agency answered on (\\d{4}-\\d{2}-\\d{2}) that.*", Pattern.DOTALL);

    private StoredExplanations() {
    }

    static List<Explanation> read(String stored) {
        List<Explanation> items = new ArrayList<>();
        if (stored == null) {
            return items;
        }
        for (String text : stored.split("\n")) {
            Matcher m = STORED.matcher(text.strip());
            if (m.matches()) {
                String feature = m.group(1);
                double score = m.group(2) == null ? Double.NaN : Double.parseDouble(m.group(2));
                items.add(item(feature, score, m.group(3)));
            } else if (!text.isBlank()) {
                items.add(new Explanation("", Double.NaN, text.strip(), null, List.of()));
            }
        }
        return items;
    }

    private static Explanation item(String feature, double score, String detail) {
        Coded c = switch (feature) {
            case "name" -> name(detail);
            case "birthDate" -> birthDate(detail);
            case "documents" -> switch (detail) {
                case "same document number" -> new Coded(ExplanationCode.DOCUMENT_SAME);
                case "a document of the same kind and country has another number" -> new Coded(ExplanationCode.DOCUMENT_OTHER_NUMBER);
                default -> null;
            };
            case "nationality" -> nationality(detail);
            case "namesakes" -> namesakes(detail);
            case "previousAnswer" -> {
                Matcher m = REJECTED.matcher(detail);
                yield m.matches() ? new Coded(ExplanationCode.PREVIOUS_ANSWER_REJECTED, m.group(1)) : null;
            }
            default -> null;
        };
        return c == null ? new Explanation(feature, score, detail, null, List.of())
                : new Explanation(feature, score, detail, c.code().code(), c.args());
    }

    private record Coded(ExplanationCode code, List<Object> args) {
        Coded(ExplanationCode code, Object... args) {
            this(code, Arrays.asList(args));
        }
    }

    private static Coded name(String detail) {
        if (detail.equals("no comparable name")) {
            return new Coded(ExplanationCode.NAME_NONE);
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
        List<List<Object>> similar = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String pair : rest.split(", ")) {
            Matcher m;
            if ((m = PAIR_SAME.matcher(pair)).matches()) {
                same.add(m.group(1));
            } else if ((m = PAIR_SIMILAR.matcher(pair)).matches()) {
                similar.add(List.of(m.group(1), m.group(2), Double.parseDouble(m.group(3))));
            } else if ((m = PAIR_MISSING.matcher(pair)).matches()) {
                missing.add(m.group(1));
            } else {
                return null;
            }
        }
        return new Coded(ExplanationCode.NAME_WORDS, same, similar, missing, reversed, alias);
    }

    private static Coded birthDate(String detail) {
        Matcher m;
        if ((m = DATE_EXACT.matcher(detail)).matches()) {
            return new Coded(ExplanationCode.BIRTH_DATE_EXACT, m.group(1));
        }
        if ((m = DATE_SWAPPED.matcher(detail)).matches()) {
            return new Coded(ExplanationCode.BIRTH_DATE_SWAPPED, m.group(1), m.group(2));
        }
        if ((m = DATE_YEAR.matcher(detail)).matches()) {
            return new Coded(ExplanationCode.BIRTH_DATE_SAME_YEAR, m.group(1), m.group(2));
        }
        if ((m = DATE_NEAR.matcher(detail)).matches()) {
            return new Coded(ExplanationCode.BIRTH_DATE_NEAR, m.group(1), m.group(2));
        }
        if ((m = DATE_CONFLICT.matcher(detail)).matches()) {
            return new Coded(ExplanationCode.BIRTH_DATE_DIFFERENT, m.group(1), m.group(2));
        }
        return null;
    }

    private static Coded nationality(String detail) {
        Matcher m;
        if ((m = NATIONALITY_SAME.matcher(detail)).matches()) {
            return new Coded(ExplanationCode.NATIONALITY_SAME, m.group(1));
        }
        if ((m = NATIONALITY_OTHER.matcher(detail)).matches()) {
            return new Coded(ExplanationCode.NATIONALITY_NOT_RECORDED, m.group(1), List.of(m.group(2).split(",\\s*")));
        }
        return null;
    }

    private static Coded namesakes(String detail) {
        Matcher m;
        if ((m = COMMON.matcher(detail)).matches()) {
            return new Coded(ExplanationCode.NAMESAKES_COMMON_NAME, Double.parseDouble(m.group(1)));
        }
        if ((m = SHARED.matcher(detail)).matches()) {
            return new Coded(ExplanationCode.NAMESAKES_SHARED, Integer.parseInt(m.group(1)));
        }
        return null;
    }
}
