package org.sabueso.screening;

import org.sabueso.shared.Refusal;

/** What the {@code place} of a screening request can be refused for. Messages in i18n/screening*.properties. */
public enum KeptScreeningRefusal implements Refusal.Code {
    /** [the limit] */
    PLACE_LONG("screening.placeLong"),
    /** A control character (NUL, line break…): a place is one line of text. */
    PLACE_CONTROL("screening.placeControl"),
    /** The kept screening does not exist, was purged, or belongs to another agency. [the id] */
    NOT_FOUND("screening.keptNotFound");

    private final String code;

    KeptScreeningRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
