package org.sabueso.screening;

import java.util.List;

/**
 * Two people to compare and why (audited). {@code a} is read as the query, as an officer would
 * type it; {@code b} as the record, as a notice holds it. Each side has what a screening request
 * has of a person, checked as a screening's is.
 */
public record CompareRequest(Person a, Person b, String purpose) {

    /** A name as written, and when known a birth date (YYYY, YYYY-MM or YYYY-MM-DD), a nationality, documents. */
    public record Person(String name, String birthDate, String nationality, List<ScreeningRequest.Document> documents) {
    }
}
