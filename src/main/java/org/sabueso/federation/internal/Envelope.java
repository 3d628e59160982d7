package org.sabueso.federation.internal;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * What crosses between nodes: one message about one record. The Kafka record's key is
 * {@link #recordKey} (so messages about one record stay in order), its value the envelope as JSON,
 * and its header {@code sabueso-sig} the sender's Ed25519 signature over the exact value bytes.
 *
 * @param id        unique per message: a replayed message is recognised by it and changes nothing
 * @param schema    the message schema version; a node accepts its own and the one before
 * @param kind      what the payload is, a code such as {@code notice.state} (see {@link Kinds})
 * @param from      the sending node, whose key must verify the signature
 * @param to        the node the message is addressed to (it arrives on that node's topic only)
 * @param recordKey the record the message is about, such as {@code notice:<uuid>}
 * @param version   the sender's outbox sequence: increasing per sender, so per record; a receiver
 *                  applies a state only when its version is newer than the one it holds
 * @param payload   the kind's own JSON; for a removal, empty
 */
public record Envelope(UUID id, int schema, String kind, String from, String to, String recordKey, long version,
                       Instant sentAt, JsonNode payload) {

    /** The schema this release writes. */
    public static final int SCHEMA = 1;
}
