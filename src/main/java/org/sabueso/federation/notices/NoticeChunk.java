package org.sabueso.federation.notices;

import java.util.List;

/**
 * The payload of a {@code notice.snapshot} message: many notices' states as the receiving node may
 * see them, each without photos and reward offers (those follow as the notice's own
 * {@code notice.state}); what screening needs (names, dates, documents, nationalities, status,
 * scope) is all here.
 */
public record NoticeChunk(List<NoticeState> states) {

    public NoticeChunk {
        states = states == null ? List.of() : List.copyOf(states);
    }
}
