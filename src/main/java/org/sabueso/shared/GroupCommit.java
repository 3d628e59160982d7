package org.sabueso.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One thread that hands whatever has queued meanwhile, up to a group's size, to a writer in one
 * call: many requests then share one transaction and one fsync (group commit). The writer
 * completes or fails the requests' futures itself; what is queued when {@link #stop()} is called
 * is still written. Not a bean: the module that owns the table owns its writer.
 */
public final class GroupCommit<T> {

    /** Writes one group; {@link #finished()} runs on the same thread once the queue is closed and empty. */
    public interface Writer<T> {
        void write(List<T> group);

        default void finished() {
        }
    }

    private final String threadName;
    private final int maxGroup;
    private final Writer<T> writer;
    private final BlockingQueue<T> queue = new LinkedBlockingQueue<>();
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

    private void loop() {
        List<T> group = new ArrayList<>(maxGroup);
        try {
            while (running || !queue.isEmpty()) {
                T first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.clear();
                group.add(first);
                queue.drainTo(group, maxGroup - 1);
                try {
                    writer.write(List.copyOf(group));
                } catch (RuntimeException e) {
                    // the writer fails its own requests; one that slipped through must not end the thread
                    System.getLogger(GroupCommit.class.getName()).log(System.Logger.Level.ERROR,
                            threadName + ": a group of " + group.size() + " was not written", e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            writer.finished();
        }
    }
}
