package org.sabueso.screening;

import java.util.List;
import java.util.UUID;

/** The answer to one screening: its id (for the audit trail and hit follow-up) and the hits, best first. */
public record ScreeningResult(UUID screeningId, String ref, List<Hit> hits) {
}
