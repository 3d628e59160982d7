package org.sabueso.custody.web;

import java.util.UUID;

import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.Custody;
import org.sabueso.custody.CustodyViews;
import org.sabueso.custody.internal.CustodyRefusal;
import org.sabueso.shared.DomainException;

/** The API's refusals before a body is read, as the console's forms refuse before they are checked. */
final class ApiGuards {

    private ApiGuards() {
    }

    /**
     * A facility the caller may not see is not found, one it may not record in is forbidden (the
     * service's own rule, Custody.mayRecord).
     */
    static void requireRecorder(Custody custody, Viewer viewer, UUID facilityId) {
        CustodyViews.Facility f = custody.facility(viewer, facilityId)
                .orElseThrow(() -> new DomainException.NotFound(CustodyRefusal.NO_FACILITY, facilityId));
        if (!custody.mayRecord(viewer, f)) {
            throw new DomainException.NotAllowed(CustodyRefusal.COUNTRY_STAFF, f.country());
        }
    }

    /** The deadline check is for prison officers and supervisors of an agency. */
    static void requirePrisonStaff(Viewer viewer) {
        if (viewer.agencyId() == null || !(viewer.has(Role.PRISON_OFFICER) || viewer.has(Role.SUPERVISOR))) {
            throw new DomainException.NotAllowed(CustodyRefusal.DEADLINE_CHECK);
        }
    }
}
