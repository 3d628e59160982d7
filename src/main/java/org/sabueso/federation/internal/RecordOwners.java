package org.sabueso.federation.internal;

import java.util.Optional;

/**
 * The one owner check of a received state or removal (issue 16: "only Venezuela's node speaks for
 * a Venezuelan notice"), made by the {@link Inbox} before the message's dedup rows and its kind's
 * work: the sender must be the node that owns the record, that is the node of its issuing agency in
 * the directory, both as this node holds the record (a copy from that node, or its own record,
 * which no other node may overwrite) and, for a state, as the state itself names it. A message
 * that fails is refused {@link RefusalCode#NOT_OWNER}, audited and counted like any refusal.
 */
public final class RecordOwners {

    private RecordOwners() {
    }

    /** Throws {@link Refused} ({@link RefusalCode#NOT_OWNER}) unless {@code e.from()} owns the record. */
    public static void check(RecordKind kind, Envelope e, boolean removal) {
        String id = kind.recordId(e.recordKey())
                .orElseThrow(() -> new Refused(RefusalCode.NOT_OWNER, e.recordKey() + " is no record of kind " + kind.stateKind()));
        Optional<String> held = kind.ownerNode(id);
        if (held.isPresent() && !held.get().equals(e.from())) {
            throw new Refused(RefusalCode.NOT_OWNER, e.recordKey() + " is held here as " + held.get() + "'s, not " + e.from() + "'s");
        }
        // a removal of what is not held here withdraws nothing; a state names its own owner
        if (!removal && !kind.ownerNamedBy(e).map(e.from()::equals).orElse(false)) {
            throw new Refused(RefusalCode.NOT_OWNER, e.from() + " does not hold the issuing agency of " + e.recordKey());
        }
    }
}
