package org.sabueso.screening;

import java.time.Instant;

/**
 * How far the screening index has caught up with the notices: {@code notices} screenable now,
 * {@code pending} notice changes committed but not yet applied to the index (a screening does not
 * see them yet), and {@code lastChange}, when the index last changed (its build at start, then
 * each change applied).
 */
public record ScreeningIndexStatus(int notices, long pending, Instant lastChange) {

    /** Every committed change is in the index: what a screening finds is what PostgreSQL holds. */
    public boolean caughtUp() {
        return pending == 0;
    }
}
