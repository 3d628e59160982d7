package org.sabueso.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Optional;

/**
 * The Ed25519 key that signs checkpoints (the JDK's own implementation): the private key in
 * {@code checkpoint-key} (PKCS#8, mode 600), the public key beside it in {@code checkpoint-key.pub}
 * (X.509), both under {@code <data-dir>/audit}. Made on the service's first start; the public
 * key may be handed to whoever keeps the copies, to check them without Sabueso.
 */
final class CheckpointKey {

    static final String PRIVATE_FILE = "checkpoint-key";
    static final String PUBLIC_FILE = "checkpoint-key.pub";
    private static final String ALGORITHM = "Ed25519";

    private final Path dir;

    CheckpointKey(Path dir) {
        this.dir = dir;
    }

    /** The key pair, made now if there is none yet. */
    KeyPair loadOrCreate() {
        try {
            Optional<PublicKey> existing = publicKey();
            if (existing.isPresent() && Files.exists(dir.resolve(PRIVATE_FILE))) {
                PrivateKey key = KeyFactory.getInstance(ALGORITHM)
                        .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(dir.resolve(PRIVATE_FILE))));
                return new KeyPair(existing.get(), key);
            }
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, PRIVATE_FILE, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(tmp, pair.getPrivate().getEncoded());
            Files.move(tmp, dir.resolve(PRIVATE_FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.write(dir.resolve(PUBLIC_FILE), pair.getPublic().getEncoded());
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the checkpoint key in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the checkpoint key in " + dir, e);
        }
    }

    /** The public key, if the key was ever made; never makes one. */
    Optional<PublicKey> publicKey() throws IOException, GeneralSecurityException {
        Path file = dir.resolve(PUBLIC_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Files.readAllBytes(file))));
    }

    static byte[] sign(PrivateKey key, byte[] data) throws GeneralSecurityException {
        Signature s = Signature.getInstance(ALGORITHM);
        s.initSign(key);
        s.update(data);
        return s.sign();
    }

    static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
