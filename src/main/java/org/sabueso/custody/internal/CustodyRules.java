package org.sabueso.custody.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.CustodyInputs.OperationReport;
import org.sabueso.custody.CustodyViews.Facility;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;

/** Who may do what with custody records, and the rules the records keep. Plain Java. */
final class CustodyRules {

    static final int MAX_TEXT = 4000;
    static final int MAX_NAME = 300;

    private CustodyRules() {
    }

    /** Prison officers and supervisors record the counts, incidents and files of their own country's prisons. */
    static void onlyPrisonStaffOfTheCountryMayRecord(Viewer viewer, Facility facility) {
        if (!prisonStaffOf(viewer, facility.country())) {
            throw new DomainException.NotAllowed(CustodyRefusal.COUNTRY_STAFF, facility.country());
        }
    }

    static boolean prisonStaffOf(Viewer viewer, String country) {
        return viewer.agencyId() != null && country.equals(viewer.country())
                && (viewer.has(Role.PRISON_OFFICER) || viewer.has(Role.SUPERVISOR));
    }

    /** Registering facilities, importing figures and recording operations is for supervisors of the country. */
    static void onlySupervisorsMayRegisterOrImport(Viewer viewer) {
        if (viewer.agencyId() == null || !viewer.has(Role.SUPERVISOR)) {
            throw new DomainException.NotAllowed(CustodyRefusal.SUPERVISORS_ONLY);
        }
    }

    /** A prisoner file is for the prison staff and analysts of its country, never for a border check abroad. */
    static boolean mayReadPrisonerFiles(Viewer viewer) {
        return viewer.has(Role.PRISON_OFFICER) || viewer.has(Role.SUPERVISOR) || viewer.has(Role.ANALYST);
    }

    /** A shortfall (fewer counted than expected) left unresolved past its deadline is an escape. */
    static boolean aShortfallUnresolvedByItsDeadlineIsAnEscape(int expected, int counted, Instant resolveBy,
                                                              Instant resolvedAt, Instant now) {
        return counted < expected && resolvedAt == null && resolveBy != null && !now.isBefore(resolveBy);
    }

    /** An incident is recorded once it has happened; five minutes allow for clocks that disagree. */
    static void anIncidentHasHappened(Map<String, Refusal> errors, Instant occurredAt, Instant now) {
        if (occurredAt == null) {
            refuse(errors, "occurredAt", CustodyRefusal.REQUIRED);
        } else if (occurredAt.isAfter(now.plus(Duration.ofMinutes(5)))) {
            refuse(errors, "occurredAt", CustodyRefusal.FUTURE);
        }
    }

    static Instant resolveBy(Instant countedAt, Duration resolveWithin) {
        return countedAt.plus(resolveWithin);
    }

    /** Before = after + transferred + released + deceased + escaped; the destinations add up to those transferred. */
    static void headcountsMustReconcile(OperationReport o) {
        Map<String, Refusal> errors = new LinkedHashMap<>();
        int accounted = o.headcountAfter() + o.transferred() + o.released() + o.deceased() + o.escaped();
        if (o.headcountBefore() != accounted) {
            refuse(errors, "headcountAfter", CustodyRefusal.RECONCILE, o.headcountBefore(), accounted);
        }
        int placed = o.destinations().stream().mapToInt(d -> d.prisoners()).sum();
        if (placed > o.transferred()) {
            refuse(errors, "destinations", CustodyRefusal.DESTINATIONS, placed, o.transferred());
        }
        throwIfAny(errors);
    }

    static void refuse(Map<String, Refusal> errors, String field, CustodyRefusal code, Object... args) {
        errors.put(field, Refusal.of(code, args));
    }

    /** The text stripped, or null (and the field refused) when missing, too long or holding control characters. */
    static String required(Map<String, Refusal> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            refuse(errors, field, CustodyRefusal.REQUIRED);
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            refuse(errors, field, CustodyRefusal.TOO_LONG, max);
        }
        if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            refuse(errors, field, CustodyRefusal.CONTROL_CHARACTERS);
        }
        return v;
    }

    static String optional(Map<String, Refusal> errors, String field, String value, int max) {
        return value == null || value.isBlank() ? null : required(errors, field, value, max);
    }

    /** A count from 0 to {@code max}, or none. */
    static void nonNegative(Map<String, Refusal> errors, String field, Integer value, int max) {
        if (value != null && (value < 0 || value > max)) {
            refuse(errors, field, CustodyRefusal.BETWEEN, 0, max);
        }
    }

    static void throwIfAny(Map<String, Refusal> errors) {
        if (!errors.isEmpty()) {
            throw new DomainException.InvalidInput(errors);
        }
    }

    /** A retaking means the state took the facility back: from that day it is under intervention. */
    static boolean aRetakingPutsTheFacilityUnderIntervention(org.sabueso.custody.CustodyTypes.OperationKind kind) {
        return kind == org.sabueso.custody.CustodyTypes.OperationKind.RETAKING;
    }
}
