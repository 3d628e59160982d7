package org.sabueso.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One thread that hands whatever has queued meanwhile, up to a group's size, to a writer in one
 * call: many requests then share one transaction and one fsync (group commit). The writer
 * completes the requests' futures itself; what is queued when {@link #stop()} is called is still
 * written. Not a bean: the module that owns the table owns its writer.
 *
 * <p>A group never fails because of one member: when the writer throws for a group, each member
 * is written again alone, in a call (and so a transaction) of its own, and only a member that
 * fails alone is handed to {@link Writer#failed}. The log gets one line per failure, with no
 * message of the exception: drivers quote the values they were given, other users' among them.
 *
 * <p>When no group is being written, {@link #submit} writes on the caller's own thread, with
 * whatever else has queued: a request asked alone then pays no hand-off to the writer thread and
 * back (two wake-ups, each a wait for a core on a busy machine; measured in docs/benchmarks.md,
 * session 8). Only one group is written at a time, by whichever thread holds the turn, so a writer
 * with a connection of its own still uses it from one thread at a time.
 */
public final class GroupCommit<T> {

    /** Writes one group; {@link #finished()} runs on the same thread once the queue is closed and empty. */
    public interface Writer<T> {
        /** Writes the whole group or nothing, and throws when it could not: the members are then tried one by one. */
        void write(List<T> group);

        /** The member could not be written even alone: fail its own request (complete its future exceptionally). */
        default void failed(T member, RuntimeException cause) {
        }

        default void finished() {
        }
    }

    private final String threadName;
    private final int maxGroup;
    private final Writer<T> writer;
    private final BlockingQueue<T> queue = new LinkedBlockingQueue<>();
    /** Held while a group is written, by the thread or by a caller writing its own. */
    private final ReentrantLock turn = new ReentrantLock();
    private volatile boolean running;
    private volatile Thread thread;

    public GroupCommit(String threadName, int maxGroup, Writer<T> writer) {
        this.threadName = threadName;
        this.maxGroup = maxGroup;
        this.writer = writer;
    }

    /** Whether items added now will be written by the thread (otherwise write them yourself). */
    public boolean running() {
        return running;
    }

    public void add(T item) {
        queue.add(item);
    }

    /**
     * Writes the item, with what has queued meanwhile, on the caller's thread when no group is
     * being written; otherwise queues it for the thread, which writes it with the next group. Either
     * way the writer completes the item's future: the caller waits on it as after {@link #add}.
     */
    public void submit(T item) {
        if (!running) {
            // nobody else will write it: wait for the turn (a group may still be finishing)
            turn.lock();
        } else if (!turn.tryLock()) {
            queue.add(item);
            return;
        }
        try {
            List<T> group = new ArrayList<>(Math.min(maxGroup, queue.size() + 1));
            group.add(item);
            queue.drainTo(group, maxGroup - 1);
            write(List.copyOf(group));
        } finally {
            turn.unlock();
        }
    }

    public void start() {
        running = true;
        thread = Thread.ofPlatform().name(threadName).daemon(true).start(this::loop);
    }

    /** Stops taking new work, writes what is queued and waits up to ten seconds for the thread. */
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void write(List<T> group) {
        try {
            writer.write(group);
        } catch (RuntimeException groupFailed) {
            if (group.size() == 1) {
                fail(group.getFirst(), groupFailed);
                return;
            }
            log(System.Logger.Level.WARNING, "a group of " + group.size() + " was not written ("
                    + groupFailed.getClass().getSimpleName() + "); writing its members one by one");
            for (T member : group) {
                try {
                    writer.write(List.of(member));
                } catch (RuntimeException alone) {
                    fail(member, alone);
                }
            }
        }
    }

    private void fail(T member, RuntimeException cause) {
        log(System.Logger.Level.WARNING, "a member was not written (" + cause.getClass().getSimpleName() + ")");
        try {
            writer.failed(member, cause);
        } catch (RuntimeException e) {
            // a writer that cannot fail its member must not end the thread
            log(System.Logger.Level.ERROR, "failing a member threw " + e.getClass().getSimpleName());
        }
    }

    private void log(System.Logger.Level level, String message) {
        System.getLogger(GroupCommit.class.getName()).log(level, threadName + ": " + message);
    }

    private void loop() {
        List<T> group = new ArrayList<>(maxGroup);
        try {
            while (running || !queue.isEmpty()) {
                T first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                turn.lock();
                try {
                    group.clear();
                    group.add(first);
                    queue.drainTo(group, maxGroup - 1);
                    write(List.copyOf(group));
                } finally {
                    turn.unlock();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            writer.finished();
        }
    }
}
