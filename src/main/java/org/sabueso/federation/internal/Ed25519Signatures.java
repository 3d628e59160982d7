package org.sabueso.federation.internal;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Ed25519 (RFC 8032) signing and verifying with Bouncy Castle's implementation, for the JDK's own
 * keys. Same algorithm, so the same signatures (Ed25519 is deterministic) and the JDK verifies
 * them; about ten times faster: on two loaded cores the JDK took 0.7 ms to sign and 0.7 ms to
 * verify a 3 KB message, Bouncy Castle 0.07 and 0.1 ms, and a node signs every message it sends and
 * verifies every one it receives (the relay's signing was most of its CPU; docs/benchmarks.md,
 * federation). The key parameters are made once per key: a node signs with one key and verifies
 * with the directory's few.
 */
final class Ed25519Signatures {

    private static final String ED25519 = "Ed25519";
    /** An Ed25519 public key in X.509 form ends with its 32 raw bytes. */
    private static final int RAW = Ed25519PublicKeyParameters.KEY_SIZE;
    /** More keys than a directory holds: past it parameters are made for each use, never kept. */
    private static final int MAX_KEPT = 256;

    private static final Map<PrivateKey, Ed25519PrivateKeyParameters> SIGNING = new ConcurrentHashMap<>();
    private static final Map<PublicKey, Ed25519PublicKeyParameters> VERIFYING = new ConcurrentHashMap<>();

    private Ed25519Signatures() {
    }

    /** The signature, or empty when the key is not an Ed25519 key whose seed can be read (the caller uses the JDK). */
    static Optional<byte[]> sign(PrivateKey key, byte[] data) {
        Ed25519PrivateKeyParameters p = SIGNING.get(key);
        if (p == null) {
            if (!(key instanceof EdECPrivateKey ed) || !ED25519.equals(ed.getParams().getName()) || ed.getBytes().isEmpty()) {
                return Optional.empty();
            }
            p = new Ed25519PrivateKeyParameters(ed.getBytes().get(), 0);
            if (SIGNING.size() < MAX_KEPT) {
                SIGNING.put(key, p);
            }
        }
        Ed25519Signer s = new Ed25519Signer();
        s.init(true, p);
        s.update(data, 0, data.length);
        return Optional.of(s.generateSignature());
    }

    /** Whether the signature holds; false for anything malformed. */
    static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        Ed25519PublicKeyParameters p = VERIFYING.get(key);
        if (p == null) {
            byte[] encoded = key.getEncoded();
            if (!(key instanceof EdECPublicKey ed) || !ED25519.equals(ed.getParams().getName()) || encoded == null
                    || encoded.length < RAW) {
                return false;
            }
            p = new Ed25519PublicKeyParameters(Arrays.copyOfRange(encoded, encoded.length - RAW, encoded.length), 0);
            if (VERIFYING.size() < MAX_KEPT) {
                VERIFYING.put(key, p);
            }
        }
        Ed25519Signer v = new Ed25519Signer();
        v.init(false, p);
        v.update(data, 0, data.length);
        return v.verifySignature(signature);
    }
}
