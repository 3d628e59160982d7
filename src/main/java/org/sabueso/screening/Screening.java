package org.sabueso.screening;

import org.sabueso.agency.Viewer;

/** "Is this person wanted anywhere?" over every notice the viewer may see. */
public interface Screening {

    /** Screens one person; the screening and its purpose are audited. Bad input is a DomainException.InvalidInput. */
    ScreeningResult screen(Viewer viewer, ScreeningRequest request);

    /** How many notices are screenable now. */
    int indexed();
}
