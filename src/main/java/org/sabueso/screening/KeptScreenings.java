package org.sabueso.screening;

import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.Viewer;

/** Screenings kept for re-matching, for the agency that made them and no other. */
public interface KeptScreenings {

    /** The kept screening, if the viewer's agency made it and it is not purged yet. */
    Optional<KeptScreening> get(Viewer viewer, UUID id);
}
