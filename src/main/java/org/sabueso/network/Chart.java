package org.sabueso.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A chart an analyst saved: its nodes and filters. Charts are their owner's alone. */
public record Chart(UUID id, String owner, String name, List<UUID> nodeIds, Set<LinkType> linkTypes, LocalDate since,
                    LocalDate until, Instant createdAt) {
}
