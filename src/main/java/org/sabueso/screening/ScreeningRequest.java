package org.sabueso.screening;

import java.util.List;

/**
 * What an officer or a manifest asks: a name as written, and when known a birth date (YYYY,
 * YYYY-MM or YYYY-MM-DD), a nationality, identity documents; the purpose of the check (audited);
 * how many hits at most; for batch lines a {@code ref} echoed back; and {@code threshold}, the
 * lowest score listed when not the configured POSSIBLE (a higher one narrows the list; a lower
 * one, down to a floor, is for analysts and supervisors investigating).
 */
public record ScreeningRequest(String name, String birthDate, String nationality, List<Document> documents,
                               String purpose, Integer limit, String ref, Double threshold) {

    /** A request at the configured POSSIBLE threshold. */
    public ScreeningRequest(String name, String birthDate, String nationality, List<Document> documents,
                            String purpose, Integer limit, String ref) {
        this(name, birthDate, nationality, documents, purpose, limit, ref, null);
    }

    public record Document(String type, String number, String country) {
    }
}
