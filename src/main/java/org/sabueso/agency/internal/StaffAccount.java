package org.sabueso.agency.internal;

import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;

record StaffAccount(UUID id, String username, String displayName, String passwordHash, boolean enabled,
                    String agencyId, String country, Set<Role> roles) {

    Viewer viewer() {
        return new Viewer(username, agencyId, country, roles);
    }
}
