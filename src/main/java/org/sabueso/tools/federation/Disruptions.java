package org.sabueso.tools.federation;

import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What goes wrong during the run, on a timeline: at a fifth of it the last node is killed with
 * {@code kill -9} and started again at once (it comes back once it has started); at two fifths the
 * broker is stopped, held down for {@code outage} seconds, and started again on its data; once it
 * is back, forged and replayed messages are written to the first two nodes' inboxes. It remembers
 * when each outage was, so that lags and round trips caught in one can be told apart.
 */
final class Disruptions implements Runnable {

    /** A message written by the forger to {@code node}'s inbox at {@code at}. */
    private record Written(String node, Forger.Sent sent, Instant at) {
    }

    private final BenchFederation federation;
    private final int seconds;
    private final int outage;
    private final String victim;
    private final List<Written> written = new ArrayList<>();
    private volatile Instant killedAt;
    private volatile Instant victimBackAt;
    private volatile Instant brokerDownAt;
    private volatile Instant brokerBackAt;
    private volatile String failure;

    Disruptions(BenchFederation federation, int seconds, int outage) {
        this.federation = federation;
        this.seconds = seconds;
        this.outage = outage;
        List<String> ids = new ArrayList<>(federation.nodes().keySet());
        this.victim = ids.getLast();
    }

    @Override
    public void run() {
        long start = System.nanoTime();
        try {
            sleepUntil(start, seconds / 5.0);
            NodeProcess v = federation.nodes().get(victim);
            killedAt = Instant.now();
            v.kill9();
            v.start();
            Thread waitBack = Thread.ofPlatform().start(() -> {
                try {
                    v.awaitHealthy(Duration.ofMinutes(15));
                    victimBackAt = Instant.now();
                } catch (Exception e) {
                    failure = "the killed node did not come back: " + e.getMessage();
                }
            });
            sleepUntil(start, seconds * 2 / 5.0);
            brokerDownAt = Instant.now();
            federation.brokerDown();
            TimeUnit.SECONDS.sleep(outage);
            federation.brokerUp();
            brokerBackAt = Instant.now();
            forge();
            waitBack.join();
        } catch (Exception e) {
            failure = e.toString();
            if (brokerDownAt != null && brokerBackAt == null) {
                try {
                    federation.brokerUp();
                    brokerBackAt = Instant.now();
                } catch (Exception again) {
                    failure += "; the broker could not be started again: " + again;
                }
            }
        }
    }

    /** Three forgeries and two replays on each of the first two nodes' inboxes, made from messages the other sent. */
    private void forge() throws Exception {
        List<String> ids = new ArrayList<>(federation.nodes().keySet());
        try (Forger forger = new Forger(federation.bootstrap())) {
            for (int i = 0; i < 2; i++) {
                String target = ids.get(i);
                String sender = ids.get(1 - i);
                List<ConsumerRecord<String, byte[]>> real = forger.read("sabueso.node." + target, sender, "notice.state", 50);
                if (real.size() < 2) {
                    throw new IllegalStateException("fewer than two messages from " + sender + " on " + target + "'s inbox");
                }
                // with two nodes the only other key is the target's own, which still may not speak for the sender
                String third = ids.size() > 2 ? ids.get(2) : target;
                PrivateKey thirdKey = Forger.readKey(federation.layout().key(third));
                add(target, forger.forge(real.get(0), sender, Forger.strangerKey(), "a key no directory holds"));
                add(target, forger.forge(real.get(0), sender, thirdKey, sender + "'s name, " + third + "'s key"));
                add(target, forger.forge(real.get(1), third, thirdKey, third + " speaking for " + sender + "'s notice"));
                add(target, forger.replay(real.get(0)));
                add(target, forger.replay(real.get(1)));
            }
        }
    }

    private void add(String node, Forger.Sent sent) {
        written.add(new Written(node, sent, Instant.now().minusSeconds(1)));
    }

    int forgedSent() {
        return written.size();
    }

    /**
     * How many of the written messages the receiver refused: it audited a refusal of that message
     * id after it was written, and (a forgery, whose id is new) never applied it.
     */
    int forgedRejected() throws Exception {
        int rejected = 0;
        for (Written w : written) {
            String url = federation.nodes().get(w.node()).jdbcUrl();
            boolean refused = Ledger.refusalsAudited(url, w.sent().id(), w.at()) > 0;
            boolean applied = !w.sent().how().equals("replay") && Ledger.appliedMessage(url, w.sent().id());
            rejected += refused && !applied ? 1 : 0;
        }
        return rejected;
    }

    /**
     * Whether a delivery from {@code owner} to {@code receiver}, committed at {@code from} and
     * applied at {@code to}, was in flight during no outage that concerned it: the broker's, or
     * the killed node's when it was the owner or the receiver.
     */
    boolean outsideOutages(String owner, String receiver, Instant from, Instant to) {
        if (overlaps(from, to, brokerDownAt, brokerBackAt)) {
            return false;
        }
        return !((owner.equals(victim) || receiver.equals(victim)) && overlaps(from, to, killedAt, victimBackAt));
    }

    /** Whether a span (a hit's round trip) overlapped no outage, whichever nodes it concerned. */
    boolean outsideOutages(long fromMillis, long toMillis) {
        Instant from = Instant.ofEpochMilli(fromMillis);
        Instant to = Instant.ofEpochMilli(toMillis);
        return !overlaps(from, to, brokerDownAt, brokerBackAt) && !overlaps(from, to, killedAt, victimBackAt);
    }

    /** When the last outage ended (the broker back and the killed node serving again), or null while one lasts. */
    Instant calmSince() {
        return brokerBackAt == null || victimBackAt == null ? null
                : brokerBackAt.isAfter(victimBackAt) ? brokerBackAt : victimBackAt;
    }

    private static boolean overlaps(Instant from, Instant to, Instant outageFrom, Instant outageTo) {
        return outageFrom != null && !to.isBefore(outageFrom) && (outageTo == null || !from.isAfter(outageTo));
    }

    String describe() {
        return String.format(Locale.ROOT, "%s killed with kill -9 at %s, serving again %s; broker stopped at %s, back %s (%d s held down)%s",
                victim, killedAt, victimBackAt, brokerDownAt, brokerBackAt, outage, failure == null ? "" : "; FAILED: " + failure);
    }

    private static void sleepUntil(long start, double secondsIn) throws InterruptedException {
        long wait = start + (long) (secondsIn * 1e9) - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
