package org.sabueso.network;

import java.time.LocalDate;
import java.util.List;

/**
 * An event another module reported (a notice activated, a reward offered, an escape), for the
 * timeline. {@code origin} names the module and {@code originRef} the record, so the same
 * occurrence delivered twice is recorded once. It is shared as {@code share} says, usually as
 * the record it comes from.
 */
public record Occurrence(String origin, String originRef, LocalDate day, EventKind kind, String title,
                         String description, List<NodeRef> subjects, Share share) {

    public Occurrence {
        subjects = List.copyOf(subjects);
    }
}
