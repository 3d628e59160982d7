package org.sabueso.tools.federation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Notice changes at a fixed rate across the nodes: each tick takes a notice that has no change in
 * flight (so no change waits on another's version) and moves it, through its owner's API, from
 * ACTIVE to LOCATED, back to ACTIVE, or renews it to a new review-by date. A change whose owner is
 * down (killed) fails here and is not counted as made; what counts as committed is what the
 * owner's outbox holds (see {@link Ledger}), so a change committed just before the kill, whose
 * answer never came, counts too.
 */
final class ChangeLoad {

    /** One of the bench's notices: its owner node and the staff who change it. */
    record Target(UUID id, String owner, NodeApi supervisor) {
    }

    private final LinkedBlockingQueue<Target> idle = new LinkedBlockingQueue<>();
    private final Map<UUID, Integer> step = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(16);
    final AtomicLong attempted = new AtomicLong();
    final AtomicLong answered = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();

    ChangeLoad(List<Target> targets) {
        idle.addAll(targets);
    }

    /** Sends {@code rate} changes a second for {@code seconds}, paced by the clock (a late tick sends its share at once). */
    void run(int rate, int seconds) throws InterruptedException {
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        for (long i = 0; i < total; i++) {
            long due = start + i * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Target t = idle.poll(1, TimeUnit.SECONDS);
            if (t == null) {
                continue; // every notice has a change in flight: the owners are slower than the rate
            }
            attempted.incrementAndGet();
            workers.submit(() -> change(t));
        }
    }

    private void change(Target t) {
        int s = step.merge(t.id(), 1, Integer::sum);
        try {
            switch (s % 3) {
                case 1 -> NoticeSteps.transition(t.supervisor(), t.id(), "LOCATED");
                case 2 -> NoticeSteps.transition(t.supervisor(), t.id(), "ACTIVE");
                default -> NoticeSteps.renew(t.supervisor(), t.id(), LocalDate.now().plusDays(400 + s));
            }
            answered.incrementAndGet();
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            // the step may or may not have committed (the owner was killed mid-answer): read the
            // notice's status again before the next change of it, so the cycle stays valid
            step.put(t.id(), resync(t, s));
            if (firstErrors.size() < 5) {
                firstErrors.add(e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse(""));
            }
        } finally {
            idle.add(t);
        }
    }

    /** The step that matches the notice's status as its owner holds it, or the last one tried if it cannot be read. */
    private static int resync(Target t, int tried) {
        try {
            String status = t.supervisor().get("/api/v1/notices/" + t.id()).get("status").asString();
            int base = tried - tried % 3;
            return "LOCATED".equals(status) ? base + 1 : base; // LOCATED: next is ACTIVE (2); ACTIVE: next is LOCATED (1)
        } catch (RuntimeException e) {
            return tried - 1;
        }
    }

    void stop() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(2, TimeUnit.MINUTES);
    }

    List<String> errors() {
        return new ArrayList<>(firstErrors);
    }
}
