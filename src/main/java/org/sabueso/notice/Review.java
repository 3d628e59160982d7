package org.sabueso.notice;

import java.time.Instant;
import java.util.UUID;

/**
 * A supervisor's review of a notice submitted for activation. {@code importReviewId} names the
 * review of the import the notice came with, when it was reviewed with the import as a whole.
 */
public record Review(String reviewer, String reviewerAgency, Instant at, ComplianceChecks checks, boolean approved,
                     String comment, UUID importReviewId) {
}
