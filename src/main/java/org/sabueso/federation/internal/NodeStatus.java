package org.sabueso.federation.internal;

import java.time.Instant;
import java.util.Optional;

import org.sabueso.federation.FederationStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The node's standing, on every service: on a single node it says "not federated" and reads nothing. */
@Component
class NodeStatus implements FederationStatus {

    private final String self;
    private final ObjectProvider<Counters> counters;
    private final ObjectProvider<JdbcOutbox> outbox;

    NodeStatus(Environment env, ObjectProvider<Counters> counters, ObjectProvider<JdbcOutbox> outbox) {
        String id = env.getProperty("sabueso.node.id");
        this.self = id == null || id.isBlank() ? null : id.strip();
        this.counters = counters;
        this.outbox = outbox;
    }

    @Override
    public boolean federated() {
        return self != null;
    }

    @Override
    public Optional<String> self() {
        return Optional.ofNullable(self);
    }

    @Override
    public Optional<Instant> lastApplied() {
        if (!federated()) {
            return Optional.empty();
        }
        Optional<Instant> since = counters.getObject().lastApplied();
        return since.isPresent() ? since : outbox.getObject().lastReceived();
    }

    @Override
    public Optional<Instant> linkDownSince() {
        return federated() ? counters.getObject().linkDownSince() : Optional.empty();
    }

    @Override
    public long outboxPending() {
        return federated() ? outbox.getObject().pendingCount() : 0;
    }

    /** The counters, on a node only. */
    Optional<Counters> counters() {
        return federated() ? Optional.of(counters.getObject()) : Optional.empty();
    }
}
