package org.sabueso.custody.web;

import org.sabueso.custody.internal.CustodyRefusal;
import org.sabueso.shared.DomainException;
import org.sabueso.web.RequestValues;

/** Values of a custody form or JSON body that must be there: a missing one is refused as required. */
final class FormValues {

    private FormValues() {
    }

    /** The body of a request, which every write needs. */
    static <T> T body(T body) {
        if (body == null) {
            throw new DomainException.InvalidInput("body", CustodyRefusal.REQUIRED);
        }
        return body;
    }

    /** A required choice: missing is "required", anything else not one of the constants names them (400 either way). */
    static <E extends Enum<E>> E choice(String field, Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException.InvalidInput(field, CustodyRefusal.REQUIRED);
        }
        return RequestValues.choice(field, type, text);
    }
}
