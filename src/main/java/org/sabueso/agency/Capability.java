package org.sabueso.agency;

import java.util.EnumSet;
import java.util.Set;

import org.sabueso.shared.DomainException;

/**
 * What a staff member may do, decided here once for every channel: the console's pages and the
 * API ask the same question of the same rule, so a role the console refuses is refused by the
 * API too. A capability names the roles that hold it and whether it is exercised on behalf of an
 * agency (a platform admin or auditor, who belongs to none, then never holds it).
 */
public enum Capability {

    /** Screen a person against the notices the viewer may see (a border check, a prison intake, an inquiry). */
    SCREEN(AgencyRefusal.SCREEN, false, Role.ANALYST, Role.SUPERVISOR, Role.BORDER_OFFICER, Role.PRISON_OFFICER),

    /**
     * Read the agency's hit inbox (hits on its notices, and the hits its officers opened, with
     * the other officers' purposes) and answer them; decide its cross-agency links. Casework of
     * the issuing agency: border and prison officers see the answers to their own screenings
     * through the screening, not the agency's whole exchange.
     */
    ANSWER_HITS(AgencyRefusal.ANSWER_HITS, true, Role.ANALYST, Role.SUPERVISOR),

    /** Read and work the tips the agency received (triage, notes, messages, sightings). */
    WORK_TIPS(AgencyRefusal.WORK_TIPS, true, Role.ANALYST, Role.SUPERVISOR),

    /**
     * Open the agency's reward claims; evaluating and paying one takes a supervisor besides, which
     * the reward module decides on the claim itself.
     */
    WORK_CLAIMS(AgencyRefusal.WORK_CLAIMS, true, Role.ANALYST, Role.SUPERVISOR),

    /**
     * Compare two people's particulars (an analyst weighing a link proposal, a border officer a
     * document against a notice). Not prison officers: their check is the screening of an intake.
     */
    COMPARE_PEOPLE(AgencyRefusal.COMPARE_PEOPLE, false, Role.ANALYST, Role.SUPERVISOR, Role.BORDER_OFFICER),

    /** Set the agency's public tip line, printed on its posters and listed on the portal: the agency speaks to the public. */
    SET_HOTLINE(AgencyRefusal.SET_HOTLINE, true, Role.SUPERVISOR);

    private final AgencyRefusal refusal;
    private final boolean onBehalfOfAnAgency;
    private final Set<Role> roles;

    Capability(AgencyRefusal refusal, boolean onBehalfOfAnAgency, Role first, Role... rest) {
        this.refusal = refusal;
        this.onBehalfOfAnAgency = onBehalfOfAnAgency;
        this.roles = EnumSet.of(first, rest);
    }

    /**
     * Refuses (403 on the API) a viewer without this capability. Called before a request's body is
     * looked at, so a refused role learns nothing from validation errors.
     */
    public void require(Viewer viewer) {
        if (!allows(viewer)) {
            throw new DomainException.NotAllowed(refusal);
        }
    }

    public boolean allows(Viewer viewer) {
        if (viewer == null || viewer.isPublic() || (onBehalfOfAnAgency && viewer.agencyId() == null)) {
            return false;
        }
        return viewer.roles().stream().anyMatch(roles::contains);
    }
}
