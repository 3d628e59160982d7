package org.sabueso.tools.federation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;

/**
 * Screening on every node while the changes run: each node's border officer screens, one after
 * another, the subjects of other nodes' notices it may see. A MATCH opens a hit on the issuing
 * node; the round trip is measured from the screening's answer to the hit in the issuing agency's
 * inbox, plus from its answer (given at once by a supervisor there) to the answer shown on the
 * screening node: the time the federation took both ways, without the supervisor's own call.
 */
final class HitRoundTrips {

    /** A notice another node may screen for: its owner's staff, and the subject to screen. */
    record Screenable(UUID notice, NodeApi ownerAnalyst, NodeApi ownerSupervisor, NoticeSteps.Subject subject) {
    }

    /** One measured round trip: when its screening was answered, and how long both ways took. */
    record RoundTrip(long screenedAtMillis, long millis) {
    }

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService pool = Executors.newCachedThreadPool();
    final ConcurrentLinkedQueue<RoundTrip> trips = new ConcurrentLinkedQueue<>();
    final AtomicLong screenings = new AtomicLong();
    final AtomicLong screeningErrors = new AtomicLong();
    final AtomicLong unanswered = new AtomicLong();
    final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();

    /** One screening loop per node: {@code officers} by node id, {@code forNode} what each may screen for. */
    void start(Map<String, NodeApi> officers, Map<String, List<Screenable>> forNode) {
        officers.forEach((node, officer) -> pool.submit(() -> loop(officer, forNode.getOrDefault(node, List.of()))));
    }

    private void loop(NodeApi officer, List<Screenable> screenables) {
        int i = 0;
        while (running.get() && !screenables.isEmpty()) {
            Screenable s = screenables.get(i++ % screenables.size());
            try {
                JsonNode screening = NoticeSteps.screen(officer, s.subject(), "bench");
                screenings.incrementAndGet();
                UUID hit = NoticeSteps.matchOn(screening, s.notice());
                if (hit != null) {
                    roundTrip(officer, screening.get("screeningId").asString(), hit, s);
                }
                TimeUnit.MILLISECONDS.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                screeningErrors.incrementAndGet(); // its node is down (killed) or the call failed; the next one tries again
                if (firstErrors.size() < 3) {
                    firstErrors.add(String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString()));
                }
                try {
                    TimeUnit.SECONDS.sleep(1);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Polls every 10 ms, for at most two minutes each way. */
    private void roundTrip(NodeApi officer, String screeningId, UUID hit, Screenable s) throws InterruptedException {
        long t0 = System.nanoTime();
        long screenedAt = System.currentTimeMillis();
        long deadline = t0 + TimeUnit.MINUTES.toNanos(2);
        while (s.ownerAnalyst().status("/api/v1/hits/" + hit) != 200) {
            if (System.nanoTime() > deadline) {
                unanswered.incrementAndGet();
                return;
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
        long there = System.nanoTime() - t0;
        s.ownerSupervisor().post("/api/v1/hits/" + hit + "/answer", Map.of("confirmed", true, "action", "INFORM",
                "note", "bench"));
        long t1 = System.nanoTime();
        deadline = t1 + TimeUnit.MINUTES.toNanos(2);
        while (!answered(officer, screeningId, hit)) {
            if (System.nanoTime() > deadline) {
                unanswered.incrementAndGet();
                return;
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
        trips.add(new RoundTrip(screenedAt, (there + System.nanoTime() - t1) / 1_000_000));
    }

    private static boolean answered(NodeApi officer, String screeningId, UUID hit) {
        for (JsonNode h : officer.get("/api/v1/screenings/" + screeningId + "/hits")) {
            if (h.get("id").asString().equals(hit.toString())) {
                return !"OPEN".equals(h.get("status").asString());
            }
        }
        return false;
    }

    /** Waits until {@code wanted} round trips began after {@code since}, or {@code atMost} has passed. */
    void awaitCalmTrips(java.time.Instant since, int wanted, java.time.Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        long from = since == null ? Long.MAX_VALUE : since.toEpochMilli();
        while (System.nanoTime() < deadline && trips.stream().filter(t -> t.screenedAtMillis() > from).count() < wanted) {
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }

    void stop() throws InterruptedException {
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
    }
}
