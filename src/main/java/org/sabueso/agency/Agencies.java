package org.sabueso.agency;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Member agencies and their staff accounts. */
public interface Agencies {

    List<AgencyView> all();

    Optional<AgencyView> find(String agencyId);

    void register(AgencyView agency);

    /** Creates a staff account with a freshly hashed password. */
    void createUser(String username, String displayName, String rawPassword, String agencyId, Set<Role> roles);

    boolean hasAnyAgency();

    /** The viewer for a staff username, as authentication would produce it. */
    Optional<Viewer> viewerFor(String username);
}
