package org.sabueso.notice;

import java.time.Instant;

/** A supervisor's review of a notice submitted for activation. */
public record Review(String reviewer, String reviewerAgency, Instant at, ComplianceChecks checks, boolean approved,
                     String comment) {
}
