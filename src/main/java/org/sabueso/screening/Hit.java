package org.sabueso.screening;

import java.util.List;
import java.util.UUID;

/** A notice whose subject may be the person screened, with the score and why. */
public record Hit(UUID noticeId, UUID personId, String entityId, String name, double score, Decision decision,
                  List<Explanation> explanation) {
}
