package org.sabueso.agency;

import java.util.Set;

/**
 * Who is asking: a staff member of an agency, a staff member without agency (platform admin or
 * auditor), or the anonymous public. Every read of shared records takes one.
 */
public record Viewer(String username, String agencyId, String country, Set<Role> roles) {

    public static final Viewer PUBLIC = new Viewer("anonymous", null, null, Set.of());

    public Viewer {
        roles = Set.copyOf(roles);
    }

    /** A system actor with no agency, for background jobs; sees what all members see. */
    public static Viewer system(String name) {
        return new Viewer(name, null, null, Set.of());
    }

    public boolean isPublic() {
        return this == PUBLIC || "anonymous".equals(username);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * An analyst or supervisor of an agency: who may draft notices, work tips, hits and claims.
     * Named once here so that each module asks the same question in the same words.
     */
    public boolean isAgencyAnalystOrSupervisor() {
        return agencyId != null && (roles.contains(Role.ANALYST) || roles.contains(Role.SUPERVISOR));
    }

    public boolean belongsTo(String agency) {
        return agencyId != null && agencyId.equals(agency);
    }
}
