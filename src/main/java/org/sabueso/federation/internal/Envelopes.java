package org.sabueso.federation.internal;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An envelope as Kafka carries it: key = record key, value = envelope JSON, header
 * {@value #SIGNATURE_HEADER} = the sender's Ed25519 signature over the exact value bytes.
 */
public final class Envelopes {

    public static final String SIGNATURE_HEADER = "sabueso-sig";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private Envelopes() {
    }

    /**
     * The message id of the {@code seq}th outbox row's message to {@code to}: the same when the
     * relay sends the row again after a failure it cannot tell from a lost answer, so the
     * receiver recognises the second copy.
     */
    static UUID messageId(String from, long seq, String to, String kind) {
        return UUID.nameUUIDFromBytes((from + "|" + seq + "|" + to + "|" + kind).getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] bytes(Envelope e) {
        return JSON.writeValueAsBytes(e);
    }

    /** The signed Kafka record for an envelope, on the addressee's inbox. */
    public static ProducerRecord<String, byte[]> record(Envelope e, PrivateKey key) {
        byte[] value = bytes(e);
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(Topics.inbox(e.to()), e.recordKey(), value);
        r.headers().add(new RecordHeader(SIGNATURE_HEADER, Keys.sign(key, value)));
        return r;
    }

    /** The envelope in these bytes; throws {@link JacksonException} when they are not one. */
    static Envelope parse(byte[] value) {
        Envelope e = JSON.readValue(value, Envelope.class);
        if (e == null || e.id() == null || e.kind() == null || e.from() == null || e.to() == null || e.recordKey() == null) {
            throw new IllegalArgumentException("an envelope needs id, kind, from, to and recordKey");
        }
        return e;
    }

    static byte[] signature(Iterable<Header> headers) {
        byte[] found = null;
        for (Header h : headers) {
            if (SIGNATURE_HEADER.equals(h.key())) {
                found = h.value();
            }
        }
        return found;
    }
}
