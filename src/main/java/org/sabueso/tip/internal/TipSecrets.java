package org.sabueso.tip.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The two server-side secrets of the tip line, never stored in the database: the master key that
 * wraps each agency's private key, and the receipt key with which codenames are hashed. Each is
 * given in configuration ({@code sabueso.tip.master-key}, {@code sabueso.tip.receipt-key}, 32
 * bytes in base64) or else read from, or created once in, {@code <data-dir>/tips/} with owner-only
 * permissions, written through to disk before any tip can depend on it.
 */
@Component
class TipSecrets {

    private final byte[] masterKey;
    private final byte[] receiptKey;

    TipSecrets(@Value("${sabueso.data-dir:./data}") Path dataDir,
               @Value("${sabueso.tip.master-key:}") String masterKey,
               @Value("${sabueso.tip.receipt-key:}") String receiptKey) {
        Path dir = dataDir.resolve("tips");
        this.masterKey = masterKey.isBlank() ? fileKey(dir.resolve("master.key")) : decode(masterKey, "sabueso.tip.master-key");
        this.receiptKey = receiptKey.isBlank() ? fileKey(dir.resolve("receipt.key")) : decode(receiptKey, "sabueso.tip.receipt-key");
    }

    byte[] masterKey() {
        return masterKey.clone();
    }

    byte[] receiptKey() {
        return receiptKey.clone();
    }

    /** A short name of the master key (not the key), recorded with every private key it wraps. */
    String masterKeyId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("sabueso-master-key-id" + HexFormat.of().formatHex(masterKey)).getBytes());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String base64, String property) {
        byte[] key = Base64.getDecoder().decode(base64.strip());
        if (key.length != 32) {
            throw new IllegalStateException(property + " must be 32 bytes in base64");
        }
        return key;
    }

    private static synchronized byte[] fileKey(Path file) {
        try {
            if (Files.exists(file)) {
                byte[] key = Files.readAllBytes(file);
                if (key.length != 32) {
                    throw new IllegalStateException(file + " must hold exactly 32 bytes");
                }
                return key;
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Path temporary = file.resolveSibling(file.getFileName() + ".new");
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.wrap(key));
                out.force(true);
            }
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions: the folder's protection has to do
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            try (FileChannel dirChannel = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
                dirChannel.force(true);
            } catch (IOException ignored) {
                // not every platform opens folders; the key file itself is on disk
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
