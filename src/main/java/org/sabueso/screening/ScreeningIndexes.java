package org.sabueso.screening;

import java.time.Duration;

import org.sabueso.agency.Viewer;

/**
 * The screening index's freshness, for staff who screen and for modules that change notices in
 * bulk (an import) and want to say when their notices can be found. A facade of its own, apart
 * from {@link Screening}, so that freshness and screening grow without touching each other.
 */
public interface ScreeningIndexes {

    /**
     * The index's status for a viewer who may screen.
     *
     * @throws org.sabueso.shared.DomainException.NotAllowed for the public and for staff without
     *         the screening capability
     */
    ScreeningIndexStatus status(Viewer viewer);

    /** The status for internal composition (an import's answer), without a viewer. */
    ScreeningIndexStatus status();

    /**
     * Waits at most {@code bound} for every change committed so far to reach the index, and
     * returns the status then ({@link ScreeningIndexStatus#caughtUp()} false if the bound ran out).
     */
    ScreeningIndexStatus awaitCaughtUp(Duration bound);
}
