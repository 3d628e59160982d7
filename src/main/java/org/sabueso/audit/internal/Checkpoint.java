package org.sabueso.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

import org.sabueso.audit.ChainVerdict;

/**
 * The chain's head at a moment, signed: one line {@code v1 SEQ HASH AT SIGNATURE} of the
 * checkpoint file, where SIGNATURE is the Ed25519 signature (base64) of {@link #signedBytes()}.
 */
record Checkpoint(long seq, String hash, Instant at, String signature) {

    private static final Pattern LINE = Pattern.compile("v1 (\\d{1,19}) ([0-9a-f]{64}) (\\S{1,40}) ([A-Za-z0-9+/=]{1,200})");

    /** What is signed: a fixed label, so the signature cannot be taken for one over anything else, and the fields. */
    static byte[] signedBytes(long seq, String hash, Instant at) {
        return ("sabueso audit checkpoint v1\n" + seq + "\n" + hash + "\n" + at + "\n").getBytes(StandardCharsets.UTF_8);
    }

    byte[] signedBytes() {
        return signedBytes(seq, hash, at);
    }

    byte[] signatureBytes() {
        return Base64.getDecoder().decode(signature);
    }

    String line() {
        return "v1 " + seq + " " + hash + " " + at + " " + signature;
    }

    ChainVerdict.Anchor anchor() {
        return new ChainVerdict.Anchor(seq, hash);
    }

    /** The checkpoint a line holds; throws IllegalArgumentException if the line is not one. */
    static Checkpoint parse(String line) {
        var m = LINE.matcher(line.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a checkpoint line");
        }
        try {
            return new Checkpoint(Long.parseLong(m.group(1)), m.group(2), Instant.parse(m.group(3)), m.group(4));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a checkpoint line", e);
        }
    }
}
