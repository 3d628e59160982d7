package org.sabueso.tip;

/** Where a tip stands in its receiving agency's triage. */
public enum TipStatus {
    NEW, TRIAGED, ACTIONABLE, DUPLICATE, UNFOUNDED, LED_TO_CAPTURE
}
