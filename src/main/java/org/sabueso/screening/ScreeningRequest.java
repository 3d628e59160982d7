package org.sabueso.screening;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What an officer or a manifest asks: a name as written, and when known a birth date (YYYY,
 * YYYY-MM or YYYY-MM-DD), a nationality, identity documents; the purpose of the check (audited);
 * how many hits at most; for batch lines a {@code ref} echoed back; {@code threshold}, the
 * lowest score listed when not the configured POSSIBLE (a higher one narrows the list; a lower
 * one, down to a floor, is for analysts and supervisors investigating); and where the person was
 * screened ({@code place}, a border post or a prison, up to 120 characters), kept for re-matching.
 */
public record ScreeningRequest(String name, String birthDate, String nationality, List<Document> documents,
                               String purpose, Integer limit, String ref, Double threshold,
                               @Schema(description = "Where the person is being screened (a border post, an airport, a "
                                       + "prison), up to 120 characters; kept with the screening for re-matching",
                                       maxLength = 120) String place) {

    /** A request at the configured POSSIBLE threshold that does not say where the person was screened. */
    public ScreeningRequest(String name, String birthDate, String nationality, List<Document> documents,
                            String purpose, Integer limit, String ref) {
        this(name, birthDate, nationality, documents, purpose, limit, ref, null, null);
    }

    /** A request that does not say where the person was screened. */
    public ScreeningRequest(String name, String birthDate, String nationality, List<Document> documents,
                            String purpose, Integer limit, String ref, Double threshold) {
        this(name, birthDate, nationality, documents, purpose, limit, ref, threshold, null);
    }

    public record Document(String type, String number, String country) {
    }
}
