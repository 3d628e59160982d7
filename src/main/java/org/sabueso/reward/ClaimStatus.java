package org.sabueso.reward;

/** A claim is filed, then approved or rejected by a supervisor of the offering agency, and paid after four eyes. */
public enum ClaimStatus { FILED, APPROVED, REJECTED, PAID }
