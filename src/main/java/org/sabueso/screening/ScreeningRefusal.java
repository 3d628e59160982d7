package org.sabueso.screening;

import org.sabueso.shared.Refusal;

/**
 * What a screening request can be refused for. Messages: {@code problem.<code>} in
 * i18n/screening*.properties, or in i18n/messages*.properties for the codes other modules share
 * ({@code name.required}, {@code name.long}, {@code document.*}, {@code text.long}).
 */
public enum ScreeningRefusal implements Refusal.Code {
    /** The caller is the public, or staff whose role does not screen. */
    NOT_ALLOWED("screening.notAllowed"),
    REQUEST_EMPTY("screening.requestEmpty"),
    NAME_REQUIRED("name.required"),
    /** [the limit] */
    NAME_LONG("name.long"),
    NAME_LETTERS("screening.nameLetters"),
    COUNTRY_UNKNOWN("screening.country"),
    /** [the limit] */
    DOCUMENTS_MANY("screening.documentsMany"),
    DOCUMENT_INCOMPLETE("document.incomplete"),
    DOCUMENT_LONG("document.long"),
    DOCUMENT_COUNTRY("screening.documentCountry"),
    DOCUMENT_NUMBER("screening.documentNumber"),
    PURPOSE_REQUIRED("screening.purpose"),
    /** [the limit] */
    PURPOSE_LONG("text.long"),
    /** [lowest, highest] */
    LIMIT_RANGE("screening.limit"),
    /** A manifest line too long to read. [the limit in characters] */
    LINE_LONG("screening.lineLong");

    private final String code;

    ScreeningRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
