package org.sabueso.federation.internal;

import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sabueso.agency.Viewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/federation/status}: for any signed-in staff user, how this node stands (the
 * console shows the same as "notices as of 14:02, link down 37 min"); the bench reads its counters
 * here. Counts only, never what a message carried.
 */
@RestController
@Tag(name = "Federation", description = "This node's standing in the federation of national nodes")
class FederationStatusController {

    private final NodeStatus status;

    FederationStatusController(NodeStatus status) {
        this.status = status;
    }

    record CountersJson(long sent, long received, long applied, Map<String, Long> refused, long deadLetters,
                        long lagP50Ms, long lagP99Ms) {
    }

    record StatusJson(String nodeId, boolean federated, boolean linkUp, Instant linkDownSince, long outboxPending,
                      Instant lastApplied, CountersJson counters) {
    }

    @GetMapping("/api/v1/federation/status")
    @Operation(summary = "This node's id, its link to the broker, its outbox and what it received and refused", description = """
            On a single service (no `sabueso.node.id`) answers `federated: false` and nothing else. `refused` counts \
            received messages by refusal code (`federation.bad-signature`, `federation.replayed`...); `deadLetters` \
            the unreadable ones; the lags are from the sender's commit to applied here, over the recent messages \
            (-1 before any).""")
    StatusJson status(Viewer viewer) {
        CountersJson counters = status.counters().map(c -> new CountersJson(c.sent.get(), c.received.get(),
                c.applied.get(), c.refusedByCode(), c.deadLetters.get(), c.lagPercentileMillis(0.50),
                c.lagPercentileMillis(0.99))).orElse(null);
        return new StatusJson(status.self().orElse(null), status.federated(),
                status.federated() && status.linkDownSince().isEmpty(), status.linkDownSince().orElse(null),
                status.outboxPending(), status.lastApplied().orElse(null), counters);
    }
}
