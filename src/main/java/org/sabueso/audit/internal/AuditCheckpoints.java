package org.sabueso.audit.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The chain's head, written outside the database: each call of {@link #write()} appends a signed
 * {@link Checkpoint} to {@code <data-dir>/audit/checkpoints.log} when the head has moved, and
 * copies the line to {@code sabueso.audit.checkpoint.copy-to} (a file to append to, or an
 * http(s) URL to POST it to) if the operator named one. {@code audit verify} then checks the
 * chain against the latest checkpoint, so a tail cut by someone who can switch the table's
 * trigger off no longer passes as intact.
 *
 * <p>A new head is signed only if the chain still holds the previous checkpoint's entry with its
 * hash; otherwise signing would bless the cut. The latest checkpoint then stays as it is, for
 * {@code audit verify} to report.
 */
@Component
class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

    static final String FILE = "checkpoints.log";
    /** A checkpoint line is under 200 bytes; the last 4 KB always hold the whole last one. */
    private static final int TAIL_BYTES = 4096;
    /** A copy that takes longer than this is given up (and said so in the log); the next minute tries again. */
    private static final Duration COPY_TIMEOUT = Duration.ofSeconds(10);

    /** What the latest checkpoint says, if there is one. */
    sealed interface Latest {
        record None() implements Latest {
        }

        record Valid(Checkpoint checkpoint) implements Latest {
        }

        record Invalid(long seq, String detail) implements Latest {
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Path dir;
    private final CheckpointKey key;
    private final String copyTo;

    AuditCheckpoints(JdbcClient jdbc, Clock clock, @Value("${sabueso.data-dir:./data}") Path dataDir,
                     @Value("${sabueso.audit.checkpoint.copy-to:}") String copyTo,
                     @Value("${sabueso.db.fresh:false}") boolean freshDatabase) throws IOException {
        this.jdbc = jdbc;
        this.clock = clock;
        this.dir = dataDir.resolve("audit").toAbsolutePath();
        this.key = new CheckpointKey(dir);
        this.copyTo = copyTo.strip();
        if (freshDatabase) {
            // a new, empty chain: the old heads belong to a database that is gone
            Files.deleteIfExists(file());
        }
    }

    Path file() {
        return dir.resolve(FILE);
    }

    /** Makes the signing key if there is none yet. */
    void ensureKey() {
        key.loadOrCreate();
    }

    /** Signs and appends the current head if it moved since the latest checkpoint; the checkpoint now in force, if any. */
    synchronized Optional<Checkpoint> write() {
        Optional<Checkpoint> head = jdbc.sql("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
                .query((rs, i) -> new Checkpoint(rs.getLong(1), rs.getString(2), null, null)).optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        switch (latest()) {
            case Latest.Invalid invalid -> {
                log.error("The latest audit checkpoint in {} does not verify ({}); no new one is signed until it is looked into",
                        file(), invalid.detail());
                return Optional.empty();
            }
            case Latest.Valid(Checkpoint last) -> {
                if (last.seq() == head.get().seq() && last.hash().equals(head.get().hash())) {
                    return Optional.of(last);
                }
                Optional<String> stillThere = jdbc.sql("SELECT hash FROM audit_entry WHERE seq = ?").param(last.seq())
                        .query(String.class).optional();
                if (!stillThere.map(last.hash()::equals).orElse(false)) {
                    log.error("The audit chain no longer holds the checkpoint at seq {}: no new checkpoint is signed; run audit verify",
                            last.seq());
                    return Optional.of(last);
                }
            }
            case Latest.None none -> {
            }
        }
        try {
            KeyPair pair = key.loadOrCreate();
            var at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            byte[] signature = CheckpointKey.sign(pair.getPrivate(), Checkpoint.signedBytes(head.get().seq(), head.get().hash(), at));
            Checkpoint checkpoint = new Checkpoint(head.get().seq(), head.get().hash(), at,
                    Base64.getEncoder().encodeToString(signature));
            append(file(), checkpoint.line());
            copy(checkpoint.line());
            return Optional.of(checkpoint);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign an audit checkpoint", e);
        }
    }

    /** The last line of the checkpoint file, checked against the public key. */
    Latest latest() {
        Path file = file();
        if (!Files.exists(file)) {
            return new Latest.None();
        }
        String last;
        try {
            last = lastLine(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (last.isEmpty()) {
            return new Latest.None();
        }
        Checkpoint checkpoint;
        try {
            checkpoint = Checkpoint.parse(last);
        } catch (IllegalArgumentException e) {
            return new Latest.Invalid(0, "the last line of " + file + " is not a checkpoint");
        }
        Optional<PublicKey> publicKey;
        try {
            publicKey = key.publicKey();
        } catch (IOException | GeneralSecurityException e) {
            publicKey = Optional.empty();
        }
        if (publicKey.isEmpty()) {
            return new Latest.Invalid(checkpoint.seq(), "no readable public key " + CheckpointKey.PUBLIC_FILE + " beside " + file);
        }
        boolean valid;
        try {
            valid = CheckpointKey.verify(publicKey.get(), checkpoint.signedBytes(), checkpoint.signatureBytes());
        } catch (IllegalArgumentException e) {
            valid = false;
        }
        return valid ? new Latest.Valid(checkpoint)
                : new Latest.Invalid(checkpoint.seq(), "the checkpoint of " + checkpoint.at() + " for seq " + checkpoint.seq()
                + " is not signed by the key in " + CheckpointKey.PUBLIC_FILE);
    }

    private void copy(String line) {
        if (copyTo.isEmpty()) {
            return;
        }
        try {
            if (copyTo.startsWith("http://") || copyTo.startsWith("https://")) {
                try (HttpClient client = HttpClient.newBuilder().connectTimeout(COPY_TIMEOUT).build()) {
                    HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(copyTo)).timeout(COPY_TIMEOUT)
                                    .header("Content-Type", "text/plain; charset=utf-8")
                                    .POST(HttpRequest.BodyPublishers.ofString(line + "\n", StandardCharsets.UTF_8)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() / 100 != 2) {
                        log.warn("Audit checkpoint copy to {} answered {}", copyTo, response.statusCode());
                    }
                }
            } else {
                append(Path.of(copyTo), line);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Audit checkpoint copy to {} failed: {}", copyTo, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void append(Path file, String line) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                out.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
                out.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append an audit checkpoint to " + file, e);
        }
    }

    private static String lastLine(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, in.length() - TAIL_BYTES);
            byte[] tail = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(tail);
            String text = new String(tail, StandardCharsets.UTF_8).stripTrailing();
            return text.substring(text.lastIndexOf('\n') + 1);
        }
    }
}
