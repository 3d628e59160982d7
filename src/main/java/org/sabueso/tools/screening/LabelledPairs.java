package org.sabueso.tools.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.sabueso.screening.CompareRequest;
import org.sabueso.screening.ScreeningRequest;
import org.sabueso.shared.CountryCode;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pairs of people judged by a person to be one or two, in the line-based format of the public
 * matcher training data of OpenSanctions: one JSON object a line,
 * {@code {"judgement":"positive"|"negative","left":{FtM entity},"right":{FtM entity}}}. Only
 * pairs of two {@code Person} entities with a positive or negative judgement are read; each side
 * becomes what the compare endpoint takes: its first name, its first well-formed birth date, its
 * first nationality with an ISO code, and its identity and passport numbers.
 */
final class LabelledPairs {

    /** A pair as the compare endpoint takes it, and whether a person judged them one person. */
    record Pair(int line, CompareRequest.Person a, CompareRequest.Person b, boolean same) {
    }

    /** The pairs read, and the lines left out and why (counted, so a reader can tell what was measured). */
    record Read(List<Pair> pairs, int notPersons, int undecided, int unreadable, int withoutName) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** FtM dates are ISO prefixes: a year, a year and month, or a full date, sometimes with a time after. */
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    /** The compare endpoint takes at most this many documents a side: a screening's limit (400 beyond). */
    private static final int DOCUMENTS = 20;

    private LabelledPairs() {
    }

    static Read read(BufferedReader in, int limit) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        int notPersons = 0;
        int undecided = 0;
        int unreadable = 0;
        int withoutName = 0;
        int number = 0;
        for (String line = in.readLine(); line != null && pairs.size() < limit; line = in.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode pair;
            try {
                pair = JSON.readTree(line);
            } catch (JacksonException e) {
                unreadable++;
                continue;
            }
            String judgement = text(pair.get("judgement")).orElse("");
            JsonNode left = pair.get("left");
            JsonNode right = pair.get("right");
            if (left == null || right == null || !left.isObject() || !right.isObject()) {
                unreadable++;
            } else if (!isPerson(left) || !isPerson(right)) {
                notPersons++;
            } else if (!judgement.equals("positive") && !judgement.equals("negative")) {
                undecided++;
            } else {
                Optional<CompareRequest.Person> a = person(left);
                Optional<CompareRequest.Person> b = person(right);
                if (a.isEmpty() || b.isEmpty()) {
                    withoutName++;
                } else {
                    pairs.add(new Pair(number, a.get(), b.get(), judgement.equals("positive")));
                }
            }
        }
        return new Read(List.copyOf(pairs), notPersons, undecided, unreadable, withoutName);
    }

    private static boolean isPerson(JsonNode entity) {
        return "Person".equals(text(entity.get("schema")).orElse(""));
    }

    /** The side as the endpoint takes it; empty when the entity has no name at all. */
    static Optional<CompareRequest.Person> person(JsonNode entity) {
        JsonNode p = entity.path("properties");
        Optional<String> name = first(p.get("name"));
        if (name.isEmpty()) {
            // some sources give the parts only
            String parts = String.join(" ", first(p.get("firstName")).orElse(""), first(p.get("middleName")).orElse(""),
                    first(p.get("lastName")).orElse("")).strip().replaceAll("\\s+", " ");
            name = parts.isEmpty() ? Optional.empty() : Optional.of(parts);
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String birth = values(p.get("birthDate")).stream().map(LabelledPairs::date).flatMap(Optional::stream)
                .findFirst().orElse(null);
        List<String> countries = new ArrayList<>(values(p.get("nationality")));
        countries.addAll(values(p.get("citizenship")));
        String nationality = countries.stream().filter(CountryCode::isValid).map(c -> c.toUpperCase(Locale.ROOT))
                .findFirst().orElse(null);
        List<ScreeningRequest.Document> documents = new ArrayList<>();
        values(p.get("passportNumber")).forEach(n -> documents.add(new ScreeningRequest.Document("PASSPORT", n, null)));
        values(p.get("idNumber")).forEach(n -> documents.add(new ScreeningRequest.Document("ID", n, null)));
        return Optional.of(new CompareRequest.Person(name.get(), birth, nationality,
                documents.size() > DOCUMENTS ? List.copyOf(documents.subList(0, DOCUMENTS)) : List.copyOf(documents)));
    }

    /** The date part of an FtM date, when it is one. */
    static Optional<String> date(String raw) {
        String d = raw.strip();
        String day = d.length() > 10 ? d.substring(0, 10) : d;
        return DATE.matcher(day).matches() ? Optional.of(day) : Optional.empty();
    }

    private static Optional<String> first(JsonNode values) {
        return values(values).stream().findFirst();
    }

    /** The non-blank strings of an FtM property (always a list; a lone string is read as one). */
    private static List<String> values(JsonNode values) {
        List<String> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        if (values.isString()) {
            text(values).ifPresent(out::add);
        } else if (values.isArray()) {
            values.forEach(v -> text(v).ifPresent(out::add));
        }
        return out;
    }

    private static Optional<String> text(JsonNode v) {
        return v == null || !v.isString() || v.asString().isBlank() ? Optional.empty() : Optional.of(v.asString().strip());
    }
}
