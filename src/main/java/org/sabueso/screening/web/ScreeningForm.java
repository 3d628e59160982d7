package org.sabueso.screening.web;

import java.util.ArrayList;
import java.util.List;

import org.sabueso.screening.ScreeningRequest;

/**
 * What the officer typed into the screening form, kept as text so it comes back exactly as typed
 * beside any error. Empty document rows are ignored; the screening module checks the rest.
 * {@code threshold} is offered to analysts and supervisors only (the screening refuses it below
 * POSSIBLE for anyone else); a decimal comma is read as a point.
 */
record ScreeningForm(String name, String birthDate, String nationality, List<DocumentRow> documents, String purpose,
                     String threshold) {

    /** How many document rows the form offers. */
    static final int DOCUMENT_ROWS = 2;

    record DocumentRow(String type, String number, String country) {
        static final DocumentRow EMPTY = new DocumentRow(null, null, null);

        boolean blank() {
            return isBlank(type) && isBlank(number) && isBlank(country);
        }
    }

    ScreeningForm {
        documents = documents == null ? List.of() : documents.stream()
                .map(d -> d == null ? DocumentRow.EMPTY : d).toList();
    }

    static ScreeningForm blank() {
        return new ScreeningForm(null, null, null, List.of(), null, null);
    }

    /** The document rows to show: those typed, then empty ones up to {@link #DOCUMENT_ROWS}. */
    public List<DocumentRow> documentRows() {
        List<DocumentRow> rows = new ArrayList<>(documents);
        while (rows.size() < DOCUMENT_ROWS) {
            rows.add(DocumentRow.EMPTY);
        }
        return rows;
    }

    ScreeningRequest toRequest() {
        List<ScreeningRequest.Document> docs = documents.stream().filter(d -> !d.blank())
                .map(d -> new ScreeningRequest.Document(strip(d.type()), strip(d.number()), strip(d.country())))
                .toList();
        return new ScreeningRequest(strip(name), strip(birthDate), strip(nationality), docs, strip(purpose), null, null,
                number(strip(threshold)));
    }

    /** Not a number is NaN, which the screening refuses as out of range beside the field. */
    private static Double number(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Double.valueOf(s.replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String strip(String s) {
        return isBlank(s) ? null : s.strip();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
