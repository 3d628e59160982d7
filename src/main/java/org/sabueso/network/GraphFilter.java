package org.sabueso.network;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which links a graph query follows: of these types (empty: all) and in force at some time
 * between {@code since} and {@code until} (null: open). A link without dates is always in force.
 */
public record GraphFilter(Set<LinkType> types, LocalDate since, LocalDate until) {

    public static final GraphFilter ALL = new GraphFilter(Set.of(), null, null);

    public GraphFilter {
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        if (since != null && until != null && since.isAfter(until)) {
            throw new org.sabueso.shared.DomainException.InvalidInput("since", NetworkRefusal.SINCE_AFTER_UNTIL);
        }
    }
}
