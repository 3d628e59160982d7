package org.sabueso.screening;

/** How a hit came about: a screening that met an open notice, or a new notice that met a kept screening. */
public enum HitKind {
    /** An officer's screening (one at a time or in a manifest) met a notice open at the time. */
    SCREENING,
    /** A notice went ACTIVE and met a screening made before, within the retention period. */
    REMATCH
}
