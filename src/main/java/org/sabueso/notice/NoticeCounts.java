package org.sabueso.notice;

import java.util.Map;

/** How many notices the viewer can see, by status, and how many await the viewer's review. */
public record NoticeCounts(Map<NoticeStatus, Long> byStatus, long awaitingReview, long reviewDueIn30Days) {

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
