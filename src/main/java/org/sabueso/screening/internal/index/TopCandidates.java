package org.sabueso.screening.internal.index;

import java.util.ArrayList;
import java.util.List;

/** The best candidates over all segments: higher key score first, then the earlier document. */
final class TopCandidates {
    private final int k;
    private final List<long[]> offered = new ArrayList<>();

    TopCandidates(int k) {
        this.k = k;
    }

    /** Higher score first, then the lower index (the earlier document): one long compares both. */
    static long rank(float score, int index) {
        return ((long) Float.floatToIntBits(score) << 32) | (Integer.MAX_VALUE - index);
    }

    void offer(int slot, float score, int globalDoc) {
        offered.add(new long[] {rank(score, globalDoc), slot});
    }

    List<Candidate> result() {
        offered.sort((x, y) -> Long.compare(y[0], x[0]));
        List<Candidate> out = new ArrayList<>(Math.min(k, offered.size()));
        for (int i = 0; i < offered.size() && i < k; i++) {
            long[] o = offered.get(i);
            out.add(new Candidate((int) o[1], Float.intBitsToFloat((int) (o[0] >>> 32))));
        }
        return out;
    }
}
