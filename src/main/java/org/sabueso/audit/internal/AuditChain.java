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
            for (String field : new String[]{prevHash, Long.toString(seq), at.truncatedTo(ChronoUnit.MICROS).toString(),
                    actor, actorAgency, action, targetType, targetId, detail}) {
                byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
                sha.update((field == null ? "N" : bytes.length + ":").getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
                sha.update((byte) '|');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hash the entry's fields and previous hash produce, whatever its stored hash says. */
    static String recompute(AuditEntry e) {
        return hash(e.seq(), e.at(), e.actor(), e.actorAgency(), e.action(), e.targetType(), e.targetId(), e.detail(),
                e.prevHash());
    }
}
