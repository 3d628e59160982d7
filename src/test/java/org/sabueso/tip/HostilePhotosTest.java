package org.sabueso.tip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12, finding 4: fourteen anonymous tips at once, each with three small files that decode
 * to huge images, once stalled staff reads for 104 s. Now the bombs are refused from their
 * headers, heavy but allowed photos go through the decoding pool or are refused as busy, and a
 * staff read made meanwhile answers at once.
 */
class HostilePhotosTest extends IntegrationTest {

    /**
     * Staff reads answered while the uploads were still being decoded. Before the decoding had a
     * pool of its own, the first staff read waited for all fourteen uploads (104 s), so at most one
     * read could finish before they did; three shows reads go on beside the decoding. (How fast they
     * are is for benchmarks; measured here once: 5–450 ms, the slowest 1.4 s, on the shared 2 cores.)
     */
    static final int READS_DURING_UPLOADS = 3;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fourteen_concurrent_tips_with_huge_photos_do_not_hold_up_a_staff_read() throws Exception {
        UUID guerrero = TipApiTest.guerrero(jdbc);
        long tipsBefore = jdbc.sql("SELECT count(*) FROM tip").query(Long.class).single();
        byte[] bomb = TestImages.hugePng(6300, 6300);
        // allowed by every cap (4096 × 4096, a few kilobytes) yet 67 MB each once drawn: real work for the pool
        byte[] heavy = TestImages.hugePng(4096, 4096);
        int tips = 14;
        // warmed up first, so the measurement is of the uploads' effect and not of a cold start's
        // (class loading and compilation when this test runs alone in a fresh JVM)
        Http analyst = http("ve.analyst");
        assertThat(analyst.get("/api/v1/notices").status()).isEqualTo(200);
        List<TipClient.Part> warmUp = new ArrayList<>(TipClient.tipFields("", "", "", ""));
        warmUp.add(TipClient.Part.file("photos", "foto.png", "image/png", TestImages.encode(TestImages.picture(64, 48), "png")));
        assertThat(new TipClient(port, Map.of()).multipart("/notices/" + guerrero + "/tip", warmUp).status())
                .as("refused for the missing text, photo cleaned").isEqualTo(422);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<TipClient.Response>> answers = new ArrayList<>();
        List<Long> staffMillis = new ArrayList<>();
        int readsWhileUploading = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(tips)) {
            for (int i = 0; i < tips; i++) {
                byte[] photo = i % 2 == 0 ? bomb : heavy;
                List<TipClient.Part> parts = new ArrayList<>(TipClient.tipFields("Lo vi " + i, "", "", ""));
                for (int p = 0; p < 3; p++) {
                    parts.add(TipClient.Part.file("photos", "foto" + p + ".png", "image/png", photo));
                }
                answers.add(pool.submit(() -> {
                    go.await();
                    return new TipClient(port, Map.of()).multipart("/notices/" + guerrero + "/tip", parts);
                }));
            }
            go.countDown();
            do {
                long started = System.nanoTime();
                Http.Response read = analyst.get("/api/v1/notices");
                staffMillis.add((System.nanoTime() - started) / 1_000_000);
                assertThat(read.status()).isEqualTo(200);
                if (answers.stream().anyMatch(f -> !f.isDone())) {
                    readsWhileUploading++;
                }
            } while (answers.stream().anyMatch(f -> !f.isDone()));
            for (int i = 0; i < tips; i++) {
                TipClient.Response r = answers.get(i).get();
                if (i % 2 == 0) {
                    assertThat(r.status()).as("a bomb is refused").isEqualTo(422);
                    assertThat(r.body()).contains("id=\"tip-photos-error\"", "demasiados píxeles", "6300 × 6300")
                            .doesNotContain("La foto es demasiado grande");
                } else {
                    assertThat(r).as("a heavy tip is taken, or refused as busy with Retry-After; never left waiting")
                            .satisfiesAnyOf(taken -> assertThat(taken.status()).isEqualTo(200), busy -> {
                                assertThat(busy.status()).isEqualTo(503);
                                assertThat(busy.headers().get("retry-after")).isNotEmpty();
                                assertThat(busy.body()).contains("ocupado");
                            });
                }
            }
        }
        assertThat(readsWhileUploading).as("staff reads answered while uploads were pending (each in ms: " + staffMillis + ")")
                .isGreaterThanOrEqualTo(READS_DURING_UPLOADS);
        long taken = answers.stream().filter(f -> f.resultNow().status() == 200).count();
        assertThat(jdbc.sql("SELECT count(*) FROM tip").query(Long.class).single()).as("only the tips answered 200 are stored")
                .isEqualTo(tipsBefore + taken);
    }
}
