package org.sabueso.notice;

import java.time.Instant;
import java.util.UUID;

/** One step of a notice's history: who moved it, when, from what to what, and why. */
public record Transition(UUID noticeId, String reference, String subjectName, NoticeStatus from, NoticeStatus to,
                         String actor, String actorAgency, Instant at, String reason) {
}
