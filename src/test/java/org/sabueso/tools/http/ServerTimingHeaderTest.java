package org.sabueso.tools.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benches read Server-Timing as the W3C syntax writes it, and skip what says no duration. */
class ServerTimingHeaderTest {

    @Test
    void reads_each_metric_duration_in_order() {
        assertThat(ServerTimingHeader.durations("engine;dur=0.62, total;dur=1.9"))
                .containsExactly(java.util.Map.entry("engine", 0.62), java.util.Map.entry("total", 1.9));
    }

    @Test
    void ignores_descriptions_spaces_and_metrics_without_a_number() {
        assertThat(ServerTimingHeader.durations("cache;desc=\"hit\" , db ; dur = 53 ;desc=x, miss, app;dur=abc"))
                .containsExactly(java.util.Map.entry("db", 53.0));
        assertThat(ServerTimingHeader.durations(null)).isEmpty();
        assertThat(ServerTimingHeader.durations("")).isEmpty();
    }
}
