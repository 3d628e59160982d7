package org.sabueso.federation.post;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.sabueso.audit.AuditEntry;

/**
 * One entry of a post's audit trail as it travels to the national node: the post's own seq, time
 * and hashes (so an auditor can tie the national copy to the post's chain) and the entry's fields.
 * Audit details never hold tip content or secrets (ADR 0002); one more thing stays at the post:
 * the name tried in a failed login, which is sometimes a password typed in the wrong field. It
 * travels as {@code sha256:<12 hex>}, enough to see a burst against one name.
 */
public record PostAuditEntry(long seq, String at, String actor, String actorAgency, String action, String targetType,
                             String targetId, String detail, String prevHash, String hash) {

    static final String FAILED_LOGIN = "auth.failure";
    private static final Pattern ACTION = Pattern.compile("[a-z0-9._-]{1,80}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    static final int MAX_FIELD = 200;
    static final int MAX_DETAIL = 1_000;

    /** Checks what arrived; text is cleaned (control characters replaced) and cut, never trusted. */
    public PostAuditEntry {
        if (seq <= 0) {
            throw new IllegalArgumentException("post audit entry: seq must be positive");
        }
        try {
            at = Instant.parse(String.valueOf(at)).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("post audit entry " + seq + ": time is not an instant");
        }
        if (action == null || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("post audit entry " + seq + ": action is not an action code");
        }
        if (hash == null || !HASH.matcher(hash).matches() || prevHash == null || !HASH.matcher(prevHash).matches()) {
            throw new IllegalArgumentException("post audit entry " + seq + ": hashes are not SHA-256 hex");
        }
        actor = clean(actor, MAX_FIELD);
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("post audit entry " + seq + ": no actor");
        }
        actorAgency = clean(actorAgency, MAX_FIELD);
        targetType = clean(targetType, MAX_FIELD);
        targetId = clean(targetId, MAX_FIELD);
        detail = clean(detail, MAX_DETAIL);
    }

    /** The entry as it leaves the post. */
    static PostAuditEntry of(AuditEntry e) {
        boolean failedLogin = FAILED_LOGIN.equals(e.action());
        return new PostAuditEntry(e.seq(), e.at().toString(), failedLogin ? fingerprint(e.actor()) : e.actor(),
                e.actorAgency(), e.action(), e.targetType(), failedLogin ? fingerprint(e.targetId()) : e.targetId(),
                e.detail(), e.prevHash(), e.hash());
    }

    static String fingerprint(String tried) {
        if (tried == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(tried.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String clean(String s, int max) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(s.length(), max));
        s.codePoints().limit(max).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? 0xFFFD : c));
        return out.toString();
    }
}
