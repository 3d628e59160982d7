package org.sabueso.screening;

import java.util.List;

/**
 * What an officer or a manifest asks: a name as written, and when known a birth date (YYYY,
 * YYYY-MM or YYYY-MM-DD), a nationality, identity documents; the purpose of the check (audited);
 * how many hits at most; and for batch lines a {@code ref} echoed back.
 */
public record ScreeningRequest(String name, String birthDate, String nationality, List<Document> documents,
                               String purpose, Integer limit, String ref) {

    public record Document(String type, String number, String country) {
    }
}
