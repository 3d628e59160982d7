package org.sabueso.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.sabueso.audit.AuditEntry;

/**
 * How an entry's hash is computed: SHA-256 over the previous hash and every field, unambiguously
 * framed (length-prefixed, null distinct from empty), so no two different entries hash alike.
 */
final class AuditChain {

    /** What the first entry's {@code prev_hash} holds. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(long seq, Instant at, String actor, String actorAgency, String action, String targetType,
                       String targetId, String detail, String prevHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(framed(prevHash, Long.toString(seq)));
            sha.update(tail(at, actor, actorAgency, action, targetType, targetId, detail));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The framed fields after {@code prev_hash} and {@code seq}: what the service knows of an entry
     * before it holds the chain lock. The database's {@code audit_append} (V175) frames the
     * previous hash and the seq and hashes them with these bytes, so the hash is the one above.
     */
    static byte[] tail(Instant at, String actor, String actorAgency, String action, String targetType,
                       String targetId, String detail) {
        return framed(at.truncatedTo(ChronoUnit.MICROS).toString(), actor, actorAgency, action, targetType, targetId,
                detail);
    }

    /** Each field as "length:bytes|" (UTF-8), a null as "N|": no two different lists frame alike. */
    private static byte[] framed(String... fields) {
        var out = new java.io.ByteArrayOutputStream(256);
        for (String field : fields) {
            byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            out.writeBytes((field == null ? "N" : bytes.length + ":").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(bytes);
            out.write('|');
        }
        return out.toByteArray();
    }

    /** The hash the entry's fields and previous hash produce, whatever its stored hash says. */
    static String recompute(AuditEntry e) {
        return hash(e.seq(), e.at(), e.actor(), e.actorAgency(), e.action(), e.targetType(), e.targetId(), e.detail(),
                e.prevHash());
    }
}
