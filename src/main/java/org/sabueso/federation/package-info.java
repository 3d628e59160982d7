/**
 * Federation (issue 16): each country runs its own node with its own PostgreSQL; nodes exchange
 * what the sharing scopes allow over Apache Kafka, signed (Ed25519), in order per record, applied
 * once. Without {@code sabueso.node.id} nothing here runs and the service is one node for all.
 *
 * <p>Start reading at {@code internal/Directory} (who the nodes are and which agencies each holds),
 * {@code internal/Envelope} (what crosses), {@code internal/Outbox} (what other modules' changes
 * ask to send, committed with the change), {@code internal/RecordKind} and {@code
 * internal/MessageKind} (one per kind of thing that crosses: how it is built for a destination and
 * how it is applied on receipt). {@code docs/adr/0010-federation-over-kafka.md} explains the design.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Federation")
package org.sabueso.federation;
