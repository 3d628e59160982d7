package org.sabueso.screening;

import org.sabueso.shared.Refusal;

/**
 * What a screening request can be refused for. Messages: {@code problem.<code>} in
 * i18n/screening*.properties. A missing name is the shared value refusal
 * ({@code shared.ValueRefusal.NAME_MISSING}, {@code name.required}): a code is declared once.
 */
public enum ScreeningRefusal implements Refusal.Code {
    /** The caller is the public, or staff whose role does not screen. */
    NOT_ALLOWED("screening.notAllowed"),
    REQUEST_EMPTY("screening.requestEmpty"),
    /** [the limit] */
    NAME_LONG("screening.nameLong"),
    NAME_LETTERS("screening.nameLetters"),
    COUNTRY_UNKNOWN("screening.country"),
    /** [the limit] */
    DOCUMENTS_MANY("screening.documentsMany"),
    DOCUMENT_INCOMPLETE("screening.documentIncomplete"),
    /** [the limit] */
    DOCUMENT_LONG("screening.documentLong"),
    DOCUMENT_COUNTRY("screening.documentCountry"),
    DOCUMENT_NUMBER("screening.documentNumber"),
    PURPOSE_REQUIRED("screening.purpose"),
    /** [the limit] */
    PURPOSE_LONG("screening.purposeLong"),
    /** [lowest, highest] */
    LIMIT_RANGE("screening.limit"),
    /** A manifest line too long to read. [the limit in characters] */
    LINE_LONG("screening.lineLong"),
    /** A threshold outside the range. [lowest, highest] */
    THRESHOLD_RANGE("screening.thresholdRange"),
    /** A threshold below POSSIBLE asked by someone who is not an analyst or supervisor. [the configured POSSIBLE] */
    THRESHOLD_ROLE("screening.thresholdRole"),
    /** Compare is for analysts, supervisors and border officers. */
    COMPARE_NOT_ALLOWED("screening.compareNotAllowed");

    private final String code;

    ScreeningRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
