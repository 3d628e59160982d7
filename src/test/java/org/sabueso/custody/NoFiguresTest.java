package org.sabueso.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.custody.Oversight.Indicator;
import org.sabueso.custody.Oversight.Level;
import org.sabueso.custody.Oversight.Reading;
import org.sabueso.custody.Oversight.Report;

/** Plain rules: a report without a population figure is NO_FIGURES, not OK; a headcount says when files and figure differ. */
class NoFiguresTest {

    static Reading reading(Indicator indicator, Level level) {
        return new Reading(indicator, level, BigDecimal.ONE, BigDecimal.ONE, "test");
    }

    static Report report(Reading... readings) {
        return new Report(UUID.randomUUID(), LocalDate.of(2025, 1, 1), List.of(readings), false);
    }

    @Test
    void only_the_finds_read_without_a_population_is_no_figures() {
        Report r = report(reading(Indicator.WEAPON_OR_TUNNEL_FINDS, Level.OK));
        assertThat(r.hasFigures()).isFalse();
        assertThat(r.worst()).isEqualTo(Level.NO_FIGURES);
    }

    @Test
    void a_red_find_still_reads_red_without_a_population() {
        assertThat(report(reading(Indicator.WEAPON_OR_TUNNEL_FINDS, Level.RED)).worst()).isEqualTo(Level.RED);
    }

    @Test
    void with_a_population_all_ok_reads_ok() {
        Report r = report(reading(Indicator.OCCUPANCY, Level.OK), reading(Indicator.WEAPON_OR_TUNNEL_FINDS, Level.OK));
        assertThat(r.hasFigures()).isTrue();
        assertThat(r.worst()).isEqualTo(Level.OK);
        assertThat(Level.NO_FIGURES.redOrWorse()).isFalse();
    }

    @Test
    void a_headcount_differs_only_against_a_reported_figure_that_is_not_the_files() {
        assertThat(new Headcount(1, 0, LocalDate.of(2023, 9, 21)).differs()).isTrue();
        assertThat(new Headcount(4, 4, LocalDate.of(2025, 1, 1)).differs()).isFalse();
        Headcount none = new Headcount(3, null, null);
        assertThat(none.differs()).isFalse();
        assertThat(none.reported()).isFalse();
    }
}
