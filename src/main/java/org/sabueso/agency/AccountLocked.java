package org.sabueso.agency;

import java.time.Duration;

import org.sabueso.shared.Auditable;

/**
 * An account (or a name tried that is no account) was locked after too many failed sign-ins.
 * The actor is the name tried, as for a failed sign-in; the detail gives the count, the window,
 * how long the lock lasts and the address of the last attempt.
 */
public record AccountLocked(String username, int failures, Duration window, Duration lockedFor, String lastAddress)
        implements Auditable {

    public String actor() { return username; }
    public String actorAgency() { return null; }
    public String action() { return "auth.locked"; }
    public String targetType() { return "user"; }
    public String targetId() { return username; }

    public String detail() {
        return "failures=" + failures + " within=" + window + " locked-for=" + lockedFor
                + (lastAddress == null ? "" : " from " + lastAddress);
    }
}
