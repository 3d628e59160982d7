package org.sabueso.custody;

/** The closed vocabularies of the custody module. */
public final class CustodyTypes {

    private CustodyTypes() {
    }

    public enum FacilityStatus { OPERATING, UNDER_INTERVENTION, CLOSED }

    /** Wing → landing → cell. */
    public enum UnitKind { WING, LANDING, CELL }

    /** ICRC and CPT set different floor space for one person alone and for several together. */
    public enum CellType { SINGLE, DORMITORY }

    public enum FileStatus { IN_CUSTODY, ESCAPED, RELEASED, TRANSFERRED, DECEASED }

    /** What a prisoner file's history records, in the words of Rules 7-8. */
    public enum EntryKind { ADMISSION, CLASSIFICATION, COURT_DATE, TRANSFER, RELEASE, ESCAPE, RETURN, UNIT_CHANGE, NOTE, DEATH }

    public enum IncidentType {
        ASSAULT, DEATH, DISAPPEARANCE, RIOT, HOSTAGE,
        CONTRABAND_PHONE, CONTRABAND_CASH, CONTRABAND_FIREARM, CONTRABAND_EXPLOSIVE, TUNNEL,
        ESCAPE, ATTEMPTED_ESCAPE, INMATE_RUN_DISCIPLINE, INMATE_RUN_BUSINESS;

        /** Counted by the violence indicator. */
        public boolean violent() {
            return this == ASSAULT || this == RIOT || this == HOSTAGE || this == DEATH;
        }

        /** A firearm, explosive or tunnel: the state no longer controls what enters or leaves. */
        public boolean weaponOrTunnel() {
            return this == CONTRABAND_FIREARM || this == CONTRABAND_EXPLOSIVE || this == TUNNEL;
        }

        /** Rule 71: a death or disappearance in custody is reported to an independent authority without delay. */
        public boolean needsRule71Report() {
            return this == DEATH || this == DISAPPEARANCE || this == ESCAPE;
        }
    }

    public enum Severity { LOW, MEDIUM, HIGH, CRITICAL }

    /** DRAFT → REPORTED → CLOSED. */
    public enum IncidentStatus { DRAFT, REPORTED, CLOSED }

    /** How a person took part in an incident. */
    public enum Involvement { ESCAPEE, VICTIM, PERPETRATOR, WITNESS, DECEASED, INVOLVED }

    public enum OperationKind { RAID, RETAKING, MASS_TRANSFER }
}
