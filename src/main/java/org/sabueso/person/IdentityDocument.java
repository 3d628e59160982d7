package org.sabueso.person;

import org.sabueso.shared.CountryCode;
import org.sabueso.shared.InvalidValue;

/** An identity document: type (national_id, passport, …), number as written, issuing country. */
public record IdentityDocument(String type, String number, CountryCode country) {
    public IdentityDocument {
        if (type == null || type.isBlank() || number == null || number.isBlank()) {
            throw new InvalidValue(PersonRefusal.DOCUMENT_INCOMPLETE);
        }
        type = type.strip();
        number = number.strip();
    }
}
