package org.sabueso.custody.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sabueso.agency.SharingScope;
import org.sabueso.custody.CustodyInputs.NewFacility;
import org.sabueso.custody.CustodyTypes.FacilityStatus;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;
import org.springframework.stereotype.Component;

/**
 * Reads the two CSV files a prison service sends: facilities and population figures. Every bad
 * line is reported by its number (the header is line 1); nothing is written unless all lines are good.
 */
@Component
class CsvImports {

    static final int MAX_LINES = 20_000;
    static final List<String> FACILITY_HEADER = List.of("name", "region", "design_capacity", "operational_capacity", "status", "oversight_scope");
    static final List<String> POPULATION_HEADER = List.of("facility", "date", "population");

    record PopulationLine(long line, String facility, LocalDate date, int population) {
    }

    List<NewFacility> facilities(String text) {
        List<NewFacility> out = new ArrayList<>();
        Map<String, Refusal> errors = new LinkedHashMap<>();
        for (CSVRecord r : records(text, FACILITY_HEADER)) {
            String line = "line " + r.getRecordNumber() + ": ";
            Integer design = number(errors, line + "design_capacity", get(r, "design_capacity"), true);
            Integer operational = number(errors, line + "operational_capacity", get(r, "operational_capacity"), false);
            FacilityStatus status = choice(errors, line + "status", FacilityStatus.class, get(r, "status"), FacilityStatus.OPERATING);
            SharingScope scope = choice(errors, line + "oversight_scope", SharingScope.class, get(r, "oversight_scope"), SharingScope.NATIONAL);
            if (scope == SharingScope.PARTNERS) {
                CustodyRules.refuse(errors, line + "oversight_scope", CustodyRefusal.IMPORT_NO_PARTNERS);
            }
            out.add(new NewFacility(get(r, "name"), get(r, "region"), status, design == null ? 0 : design, operational,
                    scope, Set.of(), List.of()));
        }
        if (!errors.isEmpty()) {
            throw new DomainException.InvalidInput(errors);
        }
        return out;
    }

    List<PopulationLine> population(String text) {
        List<PopulationLine> out = new ArrayList<>();
        Map<String, Refusal> errors = new LinkedHashMap<>();
        for (CSVRecord r : records(text, POPULATION_HEADER)) {
            long number = r.getRecordNumber();
            String line = "line " + number + ": ";
            String facility = get(r, "facility");
            if (facility == null) {
                CustodyRules.refuse(errors, line + "facility", CustodyRefusal.REQUIRED);
            }
            LocalDate date = null;
            String d = get(r, "date");
            if (d == null) {
                CustodyRules.refuse(errors, line + "date", CustodyRefusal.DATE_REQUIRED);
            } else {
                try {
                    date = LocalDate.parse(d);
                    if (date.isBefore(LocalDate.of(1900, 1, 1))) {
                        CustodyRules.refuse(errors, line + "date", CustodyRefusal.DATE_RANGE);
                    }
                } catch (DateTimeParseException e) {
                    CustodyRules.refuse(errors, line + "date", CustodyRefusal.DATE_FORMAT);
                }
            }
            Integer population = number(errors, line + "population", get(r, "population"), true);
            if (facility != null && date != null && population != null) {
                out.add(new PopulationLine(number, facility, date, population));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException.InvalidInput(errors);
        }
        return out;
    }

    private static List<CSVRecord> records(String text, List<String> header) {
        if (text == null || text.isBlank()) {
            throw new DomainException.InvalidInput("file", CustodyRefusal.FILE_EMPTY);
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            List<CSVRecord> all = new ArrayList<>();
            for (CSVRecord r : parser) {
                if (all.size() > MAX_LINES) {
                    throw new DomainException.InvalidInput("file", CustodyRefusal.TOO_MANY_LINES, MAX_LINES);
                }
                all.add(r);
            }
            if (all.isEmpty()) {
                throw new DomainException.InvalidInput("file", CustodyRefusal.FILE_EMPTY);
            }
            List<String> got = all.getFirst().stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
            if (!got.equals(header)) {
                throw new DomainException.InvalidInput("line 1", CustodyRefusal.HEADER, String.join(",", header));
            }
            List<CSVRecord> rows = all.subList(1, all.size());
            Map<String, Refusal> errors = new LinkedHashMap<>();
            for (CSVRecord r : rows) {
                if (r.size() != header.size()) {
                    CustodyRules.refuse(errors, "line " + r.getRecordNumber(), CustodyRefusal.FIELD_COUNT, header.size(), r.size());
                }
            }
            if (!errors.isEmpty()) {
                throw new DomainException.InvalidInput(errors);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            // the parser's own complaint, in its words, as the argument
            throw new DomainException.InvalidInput("file", CustodyRefusal.NOT_CSV, String.valueOf(e.getMessage()));
        }
    }

    /** The value in the column of the header (the parser has no header map: lines are checked against it above). */
    private static String get(CSVRecord r, String column) {
        List<String> header = r.size() == FACILITY_HEADER.size() && FACILITY_HEADER.contains(column) ? FACILITY_HEADER : POPULATION_HEADER;
        String v = r.get(header.indexOf(column));
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Integer number(Map<String, Refusal> errors, String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                CustodyRules.refuse(errors, field, CustodyRefusal.REQUIRED);
            }
            return null;
        }
        try {
            int n = Integer.parseInt(value.replace("_", ""));
            if (n < 0 || n > 10_000_000) {
                CustodyRules.refuse(errors, field, CustodyRefusal.BETWEEN, 0, 10_000_000);
            }
            return n;
        } catch (NumberFormatException e) {
            CustodyRules.refuse(errors, field, CustodyRefusal.NOT_A_WHOLE_NUMBER, value.length() > 40 ? value.substring(0, 40) + "…" : value);
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Map<String, Refusal> errors, String field, Class<E> type, String value, E otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            CustodyRules.refuse(errors, field, CustodyRefusal.CHOICE, java.util.Arrays.toString(type.getEnumConstants()));
            return otherwise;
        }
    }
}
