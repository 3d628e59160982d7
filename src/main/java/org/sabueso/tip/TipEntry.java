package org.sabueso.tip;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One thing said about a tip, decrypted for whoever may read it: the tipster's report
 * ({@code TIP}), a message from the tipster, a question or message to the tipster, or an
 * internal note the tipster never sees. {@code author} is the staff member, null for the tipster.
 */
public record TipEntry(UUID id, Kind kind, String author, String agencyId, Instant at, String what, String where,
                       String when, String text, List<UUID> photos) {

    public enum Kind { TIP, FROM_TIPSTER, TO_TIPSTER, NOTE }

    public boolean fromTipster() {
        return kind == Kind.TIP || kind == Kind.FROM_TIPSTER;
    }
}
