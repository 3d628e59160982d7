package org.sabueso.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checkpoint line, its signature and its key, in plain Java. */
class CheckpointTests {

    @Test
    void a_signed_line_reads_back_and_verifies_with_the_public_key_only(@TempDir Path dir) throws Exception {
        CheckpointKey key = new CheckpointKey(dir);
        var pair = key.loadOrCreate();
        Instant at = Instant.parse("2026-12-04T11:00:00Z");
        byte[] signature = CheckpointKey.sign(pair.getPrivate(), Checkpoint.signedBytes(42, "b".repeat(64), at));
        Checkpoint written = new Checkpoint(42, "b".repeat(64), at, Base64.getEncoder().encodeToString(signature));

        Checkpoint read = Checkpoint.parse(written.line());
        assertThat(read).isEqualTo(written);
        assertThat(CheckpointKey.verify(new CheckpointKey(dir).publicKey().orElseThrow(), read.signedBytes(), read.signatureBytes()))
                .isTrue();
        Checkpoint moved = new Checkpoint(43, read.hash(), read.at(), read.signature());
        assertThat(CheckpointKey.verify(key.publicKey().orElseThrow(), moved.signedBytes(), moved.signatureBytes())).isFalse();
        assertThat(new CheckpointKey(dir).loadOrCreate().getPublic()).as("the key is made once").isEqualTo(pair.getPublic());
    }

    @Test
    void lines_that_are_not_checkpoints_are_refused() {
        String hash = "c".repeat(64);
        for (String line : new String[]{"", "v1", "v2 1 " + hash + " 2026-12-04T11:00:00Z AAAA",
                "v1 1\u0000 " + hash + " 2026-12-04T11:00:00Z AAAA", "v1 1 " + hash + " \u202e2026 AAAA",
                "v1 1 " + hash + " 2026-12-04T11:00:00Z " + "A".repeat(100_000), "v1 99999999999999999999 " + hash + " 2026-12-04T11:00:00Z AAAA",
                "v1 1 " + hash.toUpperCase() + " 2026-12-04T11:00:00Z AAAA", "v1 1 " + hash + " yesterday AAAA"}) {
            assertThatThrownBy(() -> Checkpoint.parse(line)).as(line.length() > 80 ? line.substring(0, 80) : line)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
