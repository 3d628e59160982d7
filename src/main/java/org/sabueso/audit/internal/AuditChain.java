package org.sabueso.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/** How an entry's hash is computed: SHA-256 over the previous hash and every field, unambiguously framed. */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    record Entry(long seq, Instant at, String actor, String actorAgency, String action, String targetType,
                 String targetId, String detail, String prevHash, String hash) {
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

    static boolean intact(Entry e) {
        return e.hash().equals(hash(e.seq(), e.at(), e.actor(), e.actorAgency(), e.action(), e.targetType(),
                e.targetId(), e.detail(), e.prevHash()));
    }
}
