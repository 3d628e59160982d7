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

/** Who may do what with custody records, and the rules the records keep. Plain Java. */
final class CustodyRules {

    static final int MAX_TEXT = 4000;
    static final int MAX_NAME = 300;

    private CustodyRules() {
    }

    /** Prison officers and supervisors record the counts, incidents and files of their own country's prisons. */
    static void onlyPrisonStaffOfTheCountryMayRecord(Viewer viewer, Facility facility) {
        if (!prisonStaffOf(viewer, facility.country())) {
            throw new DomainException.NotAllowed("only prison officers and supervisors of " + facility.country()
                    + " may record in its facilities");
        }
    }

    static boolean prisonStaffOf(Viewer viewer, String country) {
        return viewer.agencyId() != null && country.equals(viewer.country())
                && (viewer.has(Role.PRISON_OFFICER) || viewer.has(Role.SUPERVISOR));
    }

    /** Registering facilities, importing figures and recording operations is for supervisors of the country. */
    static void onlySupervisorsMayRegisterOrImport(Viewer viewer) {
        if (viewer.agencyId() == null || !viewer.has(Role.SUPERVISOR)) {
            throw new DomainException.NotAllowed("only supervisors may register facilities, import figures or record operations");
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
    static void anIncidentHasHappened(Map<String, String> errors, Instant occurredAt, Instant now) {
        if (occurredAt == null) {
            errors.put("occurredAt", "is required");
        } else if (occurredAt.isAfter(now.plus(Duration.ofMinutes(5)))) {
            errors.put("occurredAt", "an incident cannot be in the future");
        }
    }

    static Instant resolveBy(Instant countedAt, Duration resolveWithin) {
        return countedAt.plus(resolveWithin);
    }

    /** Before = after + transferred + released + deceased + escaped; the destinations add up to those transferred. */
    static void headcountsMustReconcile(OperationReport o) {
        Map<String, String> errors = new LinkedHashMap<>();
        int accounted = o.headcountAfter() + o.transferred() + o.released() + o.deceased() + o.escaped();
        if (o.headcountBefore() != accounted) {
            errors.put("headcountAfter", "the headcounts do not reconcile: %d before, %d accounted for after"
                    .formatted(o.headcountBefore(), accounted));
        }
        int placed = o.destinations().stream().mapToInt(d -> d.prisoners()).sum();
        if (placed > o.transferred()) {
            errors.put("destinations", "the destinations name %d prisoners but %d were transferred".formatted(placed, o.transferred()));
        }
        if (!errors.isEmpty()) {
            throw DomainException.InvalidInput.sentences(errors);
        }
    }

    static String required(Map<String, String> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, "is required");
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            errors.put(field, "is longer than " + max + " characters");
        }
        if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.put(field, "contains control characters");
        }
        return v;
    }

    static String optional(Map<String, String> errors, String field, String value, int max) {
        return value == null || value.isBlank() ? null : required(errors, field, value, max);
    }

    static void nonNegative(Map<String, String> errors, String field, Integer value, int max) {
        if (value != null && (value < 0 || value > max)) {
            errors.put(field, "must be between 0 and " + max);
        }
    }

    static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw DomainException.InvalidInput.sentences(errors);
        }
    }
}
