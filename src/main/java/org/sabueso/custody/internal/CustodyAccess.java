package org.sabueso.custody.internal;

import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.CustodyViews.Facility;
import org.sabueso.custody.CustodyViews.PrisonerFile;
import org.sabueso.custody.CustodyViews.Unit;
import org.sabueso.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who reaches which custody record, asked by every aggregate: a facility the viewer may not see
 * is not found, one they may not record in is refused, and prisoner files are for the country's
 * prison staff and analysts.
 */
@Component
class CustodyAccess {

    private final FacilityRepository facilities;

    CustodyAccess(FacilityRepository facilities) {
        this.facilities = facilities;
    }

    /** The facility if the viewer may see its oversight; not found otherwise. */
    Facility visible(Viewer viewer, UUID id) {
        return seen(viewer, id).orElseThrow(() -> new DomainException.NotFound(CustodyRefusal.NO_FACILITY, id));
    }

    Optional<Facility> seen(Viewer viewer, UUID id) {
        return facilities.findFacility(id).filter(f -> SharingPolicy.mayView(viewer, f));
    }

    /** The facility if the viewer may record in it (its country's prison staff). */
    Facility recordable(Viewer viewer, UUID id) {
        Facility f = visible(viewer, id);
        CustodyRules.onlyPrisonStaffOfTheCountryMayRecord(viewer, f);
        return f;
    }

    /** The unit, if it is one of this facility's. */
    Optional<Unit> unitIn(Facility f, UUID unitId) {
        return unitId == null ? Optional.empty() : facilities.unit(unitId).filter(u -> u.facilityId().equals(f.id()));
    }

    boolean mayReadFile(Viewer viewer, PrisonerFile file) {
        return SharingPolicy.mayView(viewer, file) && CustodyRules.mayReadPrisonerFiles(viewer);
    }

    boolean mayReadFilesOf(Viewer viewer, Facility f) {
        return !viewer.isPublic() && f.country().equals(viewer.country()) && CustodyRules.mayReadPrisonerFiles(viewer);
    }
}
