package org.sabueso.tip.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;

/**
 * The tip line's cryptography, all Bouncy Castle: each tip has a random 256-bit content key that
 * seals (AES-256-GCM) its report, messages, notes and photos; the content key is wrapped for each
 * receiving agency by X25519 with a fresh ephemeral key, HKDF-SHA-256 and AES-GCM (an ECIES), and
 * for the tipster by a key derived from the codename. Agency private keys are wrapped by the
 * master key. Every sealed value binds what it belongs to as associated data, so a value copied
 * onto another row does not open.
 */
final class TipCrypto {

    static final int KEY = 32;
    static final int NONCE = 12;
    static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TipCrypto() {
    }

    static byte[] randomKey() {
        byte[] k = new byte[KEY];
        RANDOM.nextBytes(k);
        return k;
    }

    /** nonce ‖ AES-256-GCM(key, plaintext, aad). */
    static byte[] seal(byte[] key, byte[] plaintext, byte[] aad) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        GCMModeCipher gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());
        gcm.init(true, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, aad));
        byte[] out = new byte[NONCE + gcm.getOutputSize(plaintext.length)];
        System.arraycopy(nonce, 0, out, 0, NONCE);
        int n = gcm.processBytes(plaintext, 0, plaintext.length, out, NONCE);
        try {
            gcm.doFinal(out, NONCE + n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static byte[] open(byte[] key, byte[] sealed, byte[] aad) {
        GCMModeCipher gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());
        gcm.init(false, new AEADParameters(new KeyParameter(key), TAG_BITS, Arrays.copyOf(sealed, NONCE), aad));
        byte[] out = new byte[gcm.getOutputSize(sealed.length - NONCE)];
        int n = gcm.processBytes(sealed, NONCE, sealed.length - NONCE, out, 0);
        try {
            gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("sealed value does not open: wrong key or altered data", e);
        }
        return out;
    }

    /** An agency key pair: private and public halves, 32 bytes each. */
    record KeyPair(byte[] privateKey, byte[] publicKey) {
    }

    static KeyPair newKeyPair() {
        X25519PrivateKeyParameters priv = new X25519PrivateKeyParameters(RANDOM);
        return new KeyPair(priv.getEncoded(), priv.generatePublicKey().getEncoded());
    }

    /** A fresh ephemeral key pair for wrapping one tip's content key for each of its recipients. */
    record Ephemeral(X25519PrivateKeyParameters privateKey, byte[] publicKey) {
        static Ephemeral fresh() {
            X25519PrivateKeyParameters key = new X25519PrivateKeyParameters(RANDOM);
            return new Ephemeral(key, key.generatePublicKey().getEncoded());
        }
    }

    /** ephemeral public key ‖ seal(HKDF(X25519(ephemeral, recipient)), contentKey), with an ephemeral key of its own. */
    static byte[] wrapFor(byte[] recipientPublic, byte[] contentKey, byte[] context) {
        return wrapFor(Ephemeral.fresh(), recipientPublic, contentKey, context);
    }

    /**
     * The same with an ephemeral key shared by the recipients of one tip (one key generation per
     * tip instead of one per recipient; each recipient still gets its own shared secret, and the
     * context binds each wrap to its row).
     */
    static byte[] wrapFor(Ephemeral eph, byte[] recipientPublic, byte[] contentKey, byte[] context) {
        X25519PrivateKeyParameters ephemeral = eph.privateKey();
        byte[] ephemeralPublic = eph.publicKey();
        byte[] shared = new byte[X25519PrivateKeyParameters.SECRET_SIZE];
        ephemeral.generateSecret(new X25519PublicKeyParameters(recipientPublic, 0), shared, 0);
        byte[] kek = hkdf(shared, concat(ephemeralPublic, recipientPublic), concat("sabueso-tip-key-v1".getBytes(StandardCharsets.US_ASCII), context));
        return concat(ephemeralPublic, seal(kek, contentKey, context));
    }

    static byte[] unwrapWith(byte[] recipientPrivate, byte[] wrapped, byte[] context) {
        byte[] ephemeralPublic = Arrays.copyOf(wrapped, 32);
        X25519PrivateKeyParameters priv = new X25519PrivateKeyParameters(recipientPrivate, 0);
        byte[] shared = new byte[X25519PrivateKeyParameters.SECRET_SIZE];
        priv.generateSecret(new X25519PublicKeyParameters(ephemeralPublic, 0), shared, 0);
        byte[] kek = hkdf(shared, concat(ephemeralPublic, priv.generatePublicKey().getEncoded()),
                concat("sabueso-tip-key-v1".getBytes(StandardCharsets.US_ASCII), context));
        return open(kek, Arrays.copyOfRange(wrapped, 32, wrapped.length), context);
    }

    /** The key with which the tipster's codename wraps the content key (not the receipt hash: another derivation). */
    static byte[] tipsterKey(String canonicalCodename, UUID tipId) {
        return hkdf(canonicalCodename.getBytes(StandardCharsets.UTF_8), uuid(tipId),
                "sabueso-tipster-key-v1".getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] hmac(byte[] key, String message) {
        HMac mac = new HMac(new SHA256Digest());
        mac.init(new KeyParameter(key));
        byte[] in = message.getBytes(StandardCharsets.UTF_8);
        mac.update(in, 0, in.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    static byte[] hkdf(byte[] ikm, byte[] salt, byte[] info) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(ikm, salt, info));
        byte[] out = new byte[KEY];
        hkdf.generateBytes(out, 0, KEY);
        return out;
    }

    static byte[] uuid(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    static byte[] context(UUID a, UUID b) {
        return concat(uuid(a), uuid(b));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
