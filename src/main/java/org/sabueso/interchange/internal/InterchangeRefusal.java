package org.sabueso.interchange.internal;

import org.sabueso.shared.Refusal;

/**
 * Why an import or export is refused, and why one line of an import is left out. A line's refusal
 * names the FtM property at fault beside it ({@link LineRejected}); its words never echo the line.
 * Messages under {@code problem.<code>} in i18n/messages*.properties.
 */
public enum InterchangeRefusal implements Refusal.Code {
    IMPORT_NOT_ALLOWED("interchange.import-not-allowed"),
    EXPORT_NOT_ALLOWED("interchange.export-not-allowed"),
    /** Args: the scopes an import may have. */
    SCOPE_REQUIRED("interchange.scope-required"),
    /** Args: the scopes an import may have. */
    SCOPE_PARTNERS("interchange.scope-partners"),
    PERSONS_CHOICE("interchange.persons-choice"),

    /** Args: the limit in kB. */
    LINE_TOO_LONG("line.too-long"),
    NOT_JSON("line.not-json"),
    /** Args: the column where the JSON broke. */
    NOT_JSON_AT("line.not-json-at"),
    NOT_AN_OBJECT("line.not-an-object"),
    NO_ID("line.no-id"),
    NO_SCHEMA("line.no-schema"),
    PROPERTIES_NOT_OBJECT("line.properties-not-object"),
    /** Args: the most values a property may have. */
    TOO_MANY_VALUES("line.too-many-values"),
    NOT_A_STRING("line.not-a-string"),
    /** Args: the longest id. */
    BAD_ID("line.bad-id"),
    PERSON_NO_NAME("line.person-no-name"),
    /** Args: the longest text of the property. */
    TEXT_LONG("line.text-long"),
    NAME_PARTS("line.name-parts"),
    SANCTION_NO_ENTITY("line.sanction-no-entity"),
    /** Args: the most offences. */
    OFFENCES_MANY("line.offences-many"),
    DATE_FORMAT("line.date-format"),
    /** Args: the code as given, quoted when harmless. */
    COUNTRY_UNKNOWN("line.country-unknown"),
    GENDER("line.gender"),
    HEIGHT_NOT_A_NUMBER("line.height-not-a-number"),
    HEIGHT_RANGE("line.height-range"),
    LONE_SURROGATE("line.lone-surrogate"),
    CONTROL_CHARACTER("line.control-character"),
    FORMAT_CHARACTER("line.format-character"),
    ORGANISATION_NO_NAME("line.organisation-no-name"),
    ADDRESS_NO_TEXT("line.address-no-text"),
    /** Args: the property that names the link's end. */
    LINK_NO_END("line.link-no-end"),
    /** Args: the line the same id was on. */
    DUPLICATE("line.duplicate"),
    ALREADY_IMPORTED("line.already-imported"),
    /** Args: the most network entities in one import. */
    NETWORK_TOO_MANY("line.network-too-many");

    private final String code;

    InterchangeRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
