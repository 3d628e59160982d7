package org.sabueso.network.internal;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Per-query marks over all nodes of the graph. A mark is valid when it equals the current
 * generation, so a query starts with fresh marks by counting one up instead of clearing arrays.
 */
final class Scratch {

    int[] markA = new int[0];
    int[] markB = new int[0];
    int[] valueA = new int[0];
    int[] valueB = new int[0];
    int generation;

    /** Grows to the graph's size, with an eighth and 1,024 to spare so that new nodes do not regrow it each time. */
    void fit(int n) {
        if (markA.length < n) {
            int size = n + (n >> 3) + 1024;
            markA = new int[size];
            markB = new int[size];
            valueA = new int[size];
            valueB = new int[size];
            generation = 0;
        }
    }

    int next() {
        if (++generation == Integer.MAX_VALUE) {
            Arrays.fill(markA, 0);
            Arrays.fill(markB, 0);
            generation = 1;
        }
        return generation;
    }

    /** Scratches kept for reuse: eight, as many as queries run at once on the machines measured. */
    static final class Pool {

        private static final int KEPT = 8;

        private final ConcurrentLinkedQueue<Scratch> free = new ConcurrentLinkedQueue<>();

        Scratch borrow(int nodes) {
            Scratch s = free.poll();
            if (s == null) {
                s = new Scratch();
            }
            s.fit(nodes);
            return s;
        }

        void giveBack(Scratch s) {
            if (free.size() < KEPT) {
                free.offer(s);
            }
        }
    }
}
