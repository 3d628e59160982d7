package org.sabueso.notice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One step of a notice's history: who moved it, when, from what to what, and why. The why is
 * either {@code reasonCode} with its {@code reasonArgs} (written by the system, put into words where
 * it is shown) or {@code reason}, the text a person typed (or, for steps recorded before codes, the
 * sentence then written).
 */
public record Transition(UUID noticeId, String reference, String subjectName, NoticeStatus from, NoticeStatus to,
                         String actor, String actorAgency, Instant at, String reason, NoticeReason reasonCode,
                         List<String> reasonArgs) {

    public Transition {
        reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
    }

    /** Why, as written by the system: a code and its arguments ({@code typed} is null). */
    public record Why(NoticeReason code, List<String> args, String typed) {

        public static Why of(NoticeReason code, Object... args) {
            return new Why(code, java.util.Arrays.stream(args).map(String::valueOf).toList(), null);
        }

        /** What a person typed, kept as they wrote it. */
        public static Why typed(String text) {
            return new Why(null, List.of(), text);
        }
    }
}
