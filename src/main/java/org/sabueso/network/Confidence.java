package org.sabueso.network;

/** How sure the source is of a link, in the analyst's grading. */
public enum Confidence {
    CONFIRMED, PROBABLE, POSSIBLE
}
