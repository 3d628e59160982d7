package org.sabueso.screening;

import java.util.List;
import java.util.UUID;

/**
 * A notice whose subject may be the person screened, with the score and why. A MATCH carries the
 * id of the hit sent to the issuing agency ({@code hitId}); null otherwise.
 */
public record Hit(UUID noticeId, UUID personId, String entityId, String name, double score, Decision decision,
                  List<Explanation> explanation, UUID hitId) {
}
