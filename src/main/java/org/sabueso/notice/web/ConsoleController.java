package org.sabueso.notice.web;

import java.util.Arrays;
import java.util.List;

import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeCounts;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.Notices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's first page: how many notices in each status, what waits, what just happened. */
@Controller
class ConsoleController {

    static final String DASHBOARD = "console/dashboard";

    private final Notices notices;

    ConsoleController(Notices notices) {
        this.notices = notices;
    }

    /** One bar of the status chart; {@code share} is the bar's length, 0–100 of the longest. */
    record StatusBar(NoticeStatus status, long count, int share) {

        static List<StatusBar> of(NoticeCounts counts) {
            long max = Math.max(1, counts.byStatus().values().stream().mapToLong(Long::longValue).max().orElse(1));
            return Arrays.stream(NoticeStatus.values()).map(s -> {
                long n = counts.byStatus().getOrDefault(s, 0L);
                return new StatusBar(s, n, n == 0 ? 0 : (int) Math.max(1, Math.round(100.0 * n / max)));
            }).toList();
        }
    }

    @GetMapping("/console")
    String dashboard(Viewer viewer, Model model) {
        NoticeCounts counts = notices.counts(viewer);
        model.addAttribute("counts", counts);
        model.addAttribute("count", counts.byStatus().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().name(), java.util.Map.Entry::getValue)));
        model.addAttribute("bars", StatusBar.of(counts));
        model.addAttribute("activity", notices.recentActivity(viewer, 10));
        model.addAttribute("queue", viewer.has(Role.SUPERVISOR)
                ? notices.reviewQueue(viewer, 0).items().stream().limit(5).toList() : List.of());
        return DASHBOARD;
    }
}
