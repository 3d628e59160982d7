package org.sabueso.federation;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sabueso.federation.internal.Directory;
import org.sabueso.federation.internal.Envelope;
import org.sabueso.federation.internal.NodeEntry;
import org.sabueso.federation.internal.Outbox;
import org.sabueso.federation.links.Nodes;

/**
 * Stand-ins for the core transport in the tips and links tests (no Kafka): a directory of the five
 * demo countries and a post of Colombia, seen from the node a test names; an outbox that records
 * what would be sent; a status that says federated.
 */
public final class TipsAndLinksFakes {

    private TipsAndLinksFakes() {
    }

    public static final List<NodeEntry> NODES = List.of(
            new NodeEntry("VE", "VE", null, Set.of("VE-CICPC", "VE-MP")),
            new NodeEntry("CO", "CO", null, Set.of("CO-DIJIN")),
            new NodeEntry("EC", "EC", null, Set.of("EC-PN")),
            new NodeEntry("PE", "PE", null, Set.of("PE-PNP")),
            new NodeEntry("CL", "CL", null, Set.of("CL-PDI")),
            new NodeEntry("CO-CUCUTA", "CO", "CO", Set.of("CO-DIJIN")));

    /** The directory as node {@code self} reads it. */
    public static Directory directoryOf(String self) {
        Map<String, NodeEntry> byId = NODES.stream().collect(Collectors.toMap(NodeEntry::id, n -> n));
        return new Directory() {
            @Override
            public String self() {
                return self;
            }

            @Override
            public NodeEntry selfEntry() {
                return byId.get(self);
            }

            @Override
            public Collection<NodeEntry> nodes() {
                return NODES;
            }

            @Override
            public Optional<NodeEntry> node(String nodeId) {
                return Optional.ofNullable(byId.get(nodeId));
            }

            @Override
            public Optional<String> nodeOfAgency(String agencyId) {
                return NODES.stream().filter(n -> !n.isPost() && n.agencyIds().contains(agencyId)).map(NodeEntry::id).findFirst();
            }

            @Override
            public Optional<PublicKey> keyOf(String nodeId) {
                return Optional.empty();
            }
        };
    }

    public static NodeEntry node(String id) {
        return NODES.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    /** What a test's changes asked to send. */
    public static final class RecordingOutbox implements Outbox {

        public record Sent(String kind, String recordKey, String toNode, Object payload) {
        }

        public record Changed(String kind, String recordId) {
        }

        public final List<Sent> sent = new ArrayList<>();
        public final List<Changed> changed = new ArrayList<>();

        @Override
        public void recordChanged(String kind, String recordId) {
            changed.add(new Changed(kind, recordId));
        }

        @Override
        public void send(String kind, String recordKey, String toNode, Object payload) {
            sent.add(new Sent(kind, recordKey, toNode, payload));
        }
    }

    public static final FederationStatus FEDERATED = new FederationStatus() {
        @Override
        public boolean federated() {
            return true;
        }

        @Override
        public Optional<String> self() {
            return Optional.empty();
        }

        @Override
        public Optional<Instant> lastApplied() {
            return Optional.empty();
        }

        @Override
        public Optional<Instant> linkDownSince() {
            return Optional.empty();
        }

        @Override
        public long outboxPending() {
            return 0;
        }
    };

    /** An envelope as the receiver hands it to a kind, the payload serialised as it crosses. */
    public static Envelope envelope(String kind, String from, String to, String recordKey, Object payload) {
        return new Envelope(UUID.randomUUID(), Envelope.SCHEMA, kind, from, to, recordKey, System.nanoTime(), Instant.now(),
                payload == null ? null : Nodes.tree(payload));
    }
}
