package org.sabueso.custody.internal;

import org.sabueso.shared.Refusal;

/**
 * Why the custody module refuses, as codes. Each message is {@code problem.<code>} in
 * i18n/custody.properties (Spanish) and custody_en.properties (English); arguments are listed
 * beside the constant that takes them.
 */
public enum CustodyRefusal implements Refusal.Code {

    // a field of a form or a body
    REQUIRED("custody.required"),
    /** Args: the longest accepted, in characters. */
    TOO_LONG("custody.too-long"),
    CONTROL_CHARACTERS("custody.control-characters"),
    /** Args: the smallest and the largest value accepted. */
    BETWEEN("custody.between"),
    FLOOR_AREA("custody.floor-area"),
    DATE_REQUIRED("custody.date-required"),
    DATE_FORMAT("custody.date-format"),
    DATE_TIME_FORMAT("custody.date-time-format"),
    DATE_RANGE("custody.dateRange"),
    /** Args: the accepted values. */
    CHOICE("custody.choice"),
    PERSON_NAME_REQUIRED("custody.person-name-required"),

    // facilities and their figures
    PARTNERS_REQUIRED("custody.partners-required"),
    /** Args: the agency id. */
    UNKNOWN_AGENCY("custody.unknown-agency"),
    /** Args: the country. */
    FACILITY_NAME_TAKEN("custody.facility-name-taken"),
    UNIT_NAME_TWICE("custody.unit-name-twice"),
    UNIT("custody.unit"),
    VISITORS("custody.visitors"),

    // prisoner files
    COMMITMENT_FIRST("custody.commitmentFirst"),
    FILE_NUMBER_TAKEN("custody.fileNumberTaken"),
    PERSON_CHOICE("custody.personChoice"),
    /** Args: the person id. */
    NO_PERSON("custody.no-person"),
    OWN_FORMS("custody.ownForms"),
    ONLY_ESCAPED_RETURN("custody.file.only-escaped-return"),
    /** Args: the file's status. */
    NOT_IN_CUSTODY("custody.file.not-in-custody"),

    // roll calls
    ABSENT_NOT_HERE("custody.absentNotHere"),
    ABSENT_TOO_MANY("custody.absentTooMany"),
    NO_OPEN_DISCREPANCY("custody.rollcall.no-discrepancy"),

    // incidents and escapes
    FUTURE("custody.future"),
    ESCAPE_FORM("custody.escapeForm"),
    PEOPLE("custody.people"),
    ESCAPEE_REQUIRED("custody.escapeeRequired"),
    ESCAPEE_NOT_HERE("custody.escapeeNotHere"),
    NO_DRAFT_AGAIN("custody.incident.no-draft-again"),
    /** Args: the incident's status, the status asked for. */
    INCIDENT_TRANSITION("custody.incident.transition"),
    RULE71_BEFORE_CLOSING("custody.incident.rule71-before-closing"),
    INCIDENT_CHANGED("custody.incident.changed"),
    NO_RULE71_NEEDED("custody.incident.no-rule71-needed"),
    RULE71_FILED("custody.incident.rule71-filed"),

    // operations
    /** Args: the headcount before, the prisoners accounted for after. */
    RECONCILE("custody.reconcile"),
    /** Args: the prisoners the destinations name, the prisoners transferred. */
    DESTINATIONS("custody.destinations"),

    // CSV imports, line by line
    FILE_EMPTY("custody.import.empty"),
    /** Args: the most lines a file may have. */
    TOO_MANY_LINES("custody.import.too-many-lines"),
    /** Args: the header expected. */
    HEADER("custody.import.header"),
    /** Args: the fields expected, the fields found. */
    FIELD_COUNT("custody.import.field-count"),
    /** Args: the parser's own complaint. */
    NOT_CSV("custody.import.not-csv"),
    /** Args: the value, cut at 40 characters. */
    NOT_A_WHOLE_NUMBER("custody.import.not-a-whole-number"),
    IMPORT_NO_PARTNERS("custody.import.no-partners"),
    IMPORT_TWICE("custody.import.twice"),
    /** Args: the country, the facility named. */
    IMPORT_NO_FACILITY("custody.import.no-facility"),

    // not found: nothing the viewer may see under that id (args: the id)
    NO_FACILITY("custody.no-facility"),
    NO_UNIT("custody.no-unit"),
    NO_INCIDENT("custody.no-incident"),
    NO_ROLL_CALL("custody.no-roll-call"),
    NO_PRISONER_FILE("custody.no-prisoner-file"),

    // who may
    /** Args: the facility's country. */
    COUNTRY_STAFF("custody.countryStaff"),
    SUPERVISORS_ONLY("custody.supervisorsOnly"),
    DEADLINE_CHECK("custody.deadlineCheck");

    private final String code;

    CustodyRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
