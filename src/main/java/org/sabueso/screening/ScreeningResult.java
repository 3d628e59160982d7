package org.sabueso.screening;

import java.util.List;
import java.util.UUID;

/**
 * The answer to one screening: its id (for the audit trail and hit follow-up), the hits, best
 * first, and {@code threshold}, the lowest score listed (the configured POSSIBLE unless the request
 * asked for another).
 */
public record ScreeningResult(UUID screeningId, String ref, List<Hit> hits, double threshold) {
}
