package org.sabueso.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sabueso.tools.http.ServerTimingHeader;

/** The header the filter writes: milliseconds, the request's own metrics first, the total last. */
class ServerTimingTest {

    @Test
    void writes_the_metrics_and_the_total_in_milliseconds() {
        Map<String, Long> metrics = new LinkedHashMap<>();
        metrics.put("auth", 80_000L);
        metrics.put("engine", 620_000L);
        String header = ServerTiming.header(metrics, 1_900_000L);
        assertThat(header).isEqualTo("auth;dur=0.080, engine;dur=0.620, total;dur=1.900");
        assertThat(ServerTimingHeader.durations(header)).containsEntry("engine", 0.62).containsEntry("total", 1.9);
    }

    @Test
    void without_metrics_only_the_total() {
        assertThat(ServerTiming.header(Map.of(), 12_345L)).isEqualTo("total;dur=0.012");
    }
}
