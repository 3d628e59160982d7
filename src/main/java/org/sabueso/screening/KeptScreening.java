package org.sabueso.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A screening as it is kept for re-matching: what was asked, by whom, why, when and where
 * ({@code place} null when the request did not say), until {@code keptUntil}. Seen only by the
 * agency that screened.
 */
public record KeptScreening(UUID id, String screenedBy, String agencyId, String name, String birthDate,
                            String nationality, List<ScreeningRequest.Document> documents, String purpose,
                            String place, Instant screenedAt, Instant keptUntil) {
}
