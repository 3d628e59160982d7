package org.sabueso.custody.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sabueso.custody.Oversight.Indicator;
import org.sabueso.custody.Oversight.Level;
import org.sabueso.custody.Oversight.Reading;
import org.sabueso.custody.Oversight.Report;

/** Each indicator just below, at and just above each of its thresholds, with the standard thresholds. */
class OversightRulesTest {

    final OversightRules rules = new OversightRules(OversightRules.Thresholds.STANDARD);

    @Nested
    class Occupancy {
        // design capacity 1000: one prisoner is 0.1 %
        Level at(int population) {
            return rules.occupancy(population, 1000).level();
        }

        @Test
        void amber_above_100_percent_not_at_it() {
            assertThat(at(999)).isEqualTo(Level.OK);
            assertThat(at(1000)).isEqualTo(Level.OK);
            assertThat(at(1001)).isEqualTo(Level.AMBER);
        }

        @Test
        void red_from_120_percent() {
            assertThat(at(1199)).isEqualTo(Level.AMBER);
            assertThat(at(1200)).isEqualTo(Level.RED);
            assertThat(at(1201)).isEqualTo(Level.RED);
        }

        @Test
        void critical_from_150_percent() {
            assertThat(at(1499)).isEqualTo(Level.RED);
            assertThat(at(1500)).isEqualTo(Level.CRITICAL);
            assertThat(at(1501)).isEqualTo(Level.CRITICAL);
        }

        @Test
        void tocoron_built_for_750_holding_7200_reads_960_percent() {
            Reading r = rules.occupancy(7200, 750);
            assertThat(r.value()).isEqualByComparingTo("960");
            assertThat(r.reason()).isEqualTo("7200 prisoners in a facility built for 750: 960 % of design capacity");
        }
    }

    @Nested
    class SpacePerPrisoner {
        // 100 prisoners: the area in m² divided by 100
        Level at(String areaM2) {
            return rules.spacePerPrisoner(new BigDecimal(areaM2), 100).level();
        }

        @Test
        void amber_below_the_cpt_4_square_metres() {
            assertThat(at("401")).isEqualTo(Level.OK);
            assertThat(at("400")).isEqualTo(Level.OK);
            assertThat(at("399")).isEqualTo(Level.AMBER);
        }

        @Test
        void red_below_the_icrc_3_4_square_metres() {
            assertThat(at("341")).isEqualTo(Level.AMBER);
            assertThat(at("340")).isEqualTo(Level.AMBER);
            assertThat(at("339")).isEqualTo(Level.RED);
        }

        @Test
        void critical_below_half_of_the_icrc_standard() {
            assertThat(at("171")).isEqualTo(Level.RED);
            assertThat(at("170")).isEqualTo(Level.RED);
            assertThat(at("169")).isEqualTo(Level.CRITICAL);
        }
    }

    @Nested
    class PrisonersPerOfficer {
        // 10 officers: one prisoner more is 0.1 per officer
        Level at(int population) {
            return rules.prisonersPerOfficer(population, 10).level();
        }

        @Test
        void amber_above_5() {
            assertThat(at(49)).isEqualTo(Level.OK);
            assertThat(at(50)).isEqualTo(Level.OK);
            assertThat(at(51)).isEqualTo(Level.AMBER);
        }

        @Test
        void red_above_10() {
            assertThat(at(99)).isEqualTo(Level.AMBER);
            assertThat(at(100)).isEqualTo(Level.AMBER);
            assertThat(at(101)).isEqualTo(Level.RED);
        }

        @Test
        void critical_above_50_a_guard_for_a_hundred_prisoners() {
            assertThat(at(499)).isEqualTo(Level.RED);
            assertThat(at(500)).isEqualTo(Level.RED);
            assertThat(at(501)).isEqualTo(Level.CRITICAL);
            assertThat(rules.prisonersPerOfficer(100, 1).level()).isEqualTo(Level.CRITICAL);
        }

        @Test
        void no_officer_on_duty_is_critical() {
            Reading r = rules.prisonersPerOfficer(40, 0);
            assertThat(r.level()).isEqualTo(Level.CRITICAL);
            assertThat(r.reason()).isEqualTo("no custodial officer on duty for 40 prisoners");
        }
    }

    @Nested
    class HeadcountsPerUnitPerDay {
        // 10 units over 10 days: 100 roll calls are one a unit a day
        Level at(int rollCalls) {
            return rules.headcountsPerUnitPerDay(rollCalls, 10, 10).level();
        }

        @Test
        void amber_below_2() {
            assertThat(at(201)).isEqualTo(Level.OK);
            assertThat(at(200)).isEqualTo(Level.OK);
            assertThat(at(199)).isEqualTo(Level.AMBER);
        }

        @Test
        void red_below_1_and_at_no_count_at_all() {
            assertThat(at(101)).isEqualTo(Level.AMBER);
            assertThat(at(100)).isEqualTo(Level.AMBER);
            assertThat(at(99)).isEqualTo(Level.RED);
            assertThat(at(0)).isEqualTo(Level.RED);
        }
    }

    @Nested
    class DaysWithoutStateMeals {
        Level at(int days) {
            return rules.daysWithoutStateMeals(days).level();
        }

        @Test
        void amber_from_the_first_day() {
            assertThat(at(0)).isEqualTo(Level.OK);
            assertThat(at(1)).isEqualTo(Level.AMBER);
            assertThat(at(2)).isEqualTo(Level.AMBER);
        }

        @Test
        void red_from_3_days() {
            assertThat(at(2)).isEqualTo(Level.AMBER);
            assertThat(at(3)).isEqualTo(Level.RED);
            assertThat(at(4)).isEqualTo(Level.RED);
        }

        @Test
        void critical_from_14_days() {
            assertThat(at(13)).isEqualTo(Level.RED);
            assertThat(at(14)).isEqualTo(Level.CRITICAL);
            assertThat(at(15)).isEqualTo(Level.CRITICAL);
        }
    }

    @Nested
    class ViolentIncidents {
        // 1,000 prisoners, a baseline of 30 incidents in 90 days: 10 per 1,000 per 30 days
        Level at(int last30Days) {
            return rules.violentIncidents(last30Days, 30, 1000).level();
        }

        @Test
        void amber_at_one_and_a_half_times_the_baseline() {
            assertThat(at(14)).isEqualTo(Level.OK);
            assertThat(at(15)).isEqualTo(Level.AMBER);
            assertThat(at(16)).isEqualTo(Level.AMBER);
        }

        @Test
        void red_at_twice_the_baseline() {
            assertThat(at(19)).isEqualTo(Level.AMBER);
            assertThat(at(20)).isEqualTo(Level.RED);
            assertThat(at(21)).isEqualTo(Level.RED);
        }

        @Test
        void critical_at_three_times_the_baseline() {
            assertThat(at(29)).isEqualTo(Level.RED);
            assertThat(at(30)).isEqualTo(Level.CRITICAL);
            assertThat(at(31)).isEqualTo(Level.CRITICAL);
        }

        @Test
        void a_quiet_past_is_compared_with_the_floor_of_one_per_thousand() {
            // no baseline: 1 incident per 1,000 is the floor; 1.5 per 1,000 is amber
            assertThat(rules.violentIncidents(14, 0, 10_000).level()).isEqualTo(Level.OK);
            assertThat(rules.violentIncidents(15, 0, 10_000).level()).isEqualTo(Level.AMBER);
            assertThat(rules.violentIncidents(0, 0, 10_000).level()).isEqualTo(Level.OK);
        }
    }

    @Nested
    class WeaponOrTunnelFinds {
        @Test
        void red_at_once() {
            assertThat(rules.weaponOrTunnelFinds(0).level()).isEqualTo(Level.OK);
            assertThat(rules.weaponOrTunnelFinds(1).level()).isEqualTo(Level.RED);
            assertThat(rules.weaponOrTunnelFinds(2).level()).isEqualTo(Level.RED);
        }
    }

    @Nested
    class SelfRule {
        Reading reading(Level level) {
            return new Reading(Indicator.OCCUPANCY, level, BigDecimal.ONE, BigDecimal.ONE, "");
        }

        @Test
        void three_red_or_worse_flags_and_not_two() {
            assertThat(rules.atRiskOfSelfRule(List.of(reading(Level.RED), reading(Level.CRITICAL), reading(Level.AMBER)))).isFalse();
            assertThat(rules.atRiskOfSelfRule(List.of(reading(Level.RED), reading(Level.CRITICAL), reading(Level.RED)))).isTrue();
            assertThat(rules.atRiskOfSelfRule(List.of(reading(Level.RED), reading(Level.CRITICAL), reading(Level.RED),
                    reading(Level.CRITICAL)))).isTrue();
        }

        @Test
        void the_threshold_is_configurable() {
            OversightRules.Thresholds s = OversightRules.Thresholds.STANDARD;
            OversightRules strict = new OversightRules(new OversightRules.Thresholds(s.occupancyAmberAbove(),
                    s.occupancyRedFrom(), s.occupancyCriticalFrom(), s.spaceAmberBelow(), s.spaceRedBelow(),
                    s.spaceCriticalBelow(), s.officerAmberAbove(), s.officerRedAbove(), s.officerCriticalAbove(),
                    s.headcountAmberBelow(), s.headcountRedBelow(), s.mealsAmberFrom(), s.mealsRedFrom(),
                    s.mealsCriticalFrom(), s.violenceAmberRatio(), s.violenceRedRatio(), s.violenceCriticalRatio(),
                    s.violenceBaselineFloor(), s.weaponFindsRedFrom(), 2));
            assertThat(strict.atRiskOfSelfRule(List.of(reading(Level.RED), reading(Level.CRITICAL)))).isTrue();
        }

        @Test
        void tocorons_2016_figures_flag_six_indicators_red_or_worse() {
            // 7,200 prisoners built for 750 in 2,224 m², 30 officers on the night shift, no count in a week
            // of 4 units, 1,462 days without state meals, one assault in 30 days, a firearm and a tunnel found
            Report report = rules.evaluate(UUID.randomUUID(), LocalDate.of(2016, 6, 30), new OversightRules.Figures(7200, 750,
                    new BigDecimal("2224"), 30, 0, 4, 7, 1462, 1, 0, 2));
            assertThat(report.atRiskOfSelfRule()).isTrue();
            assertThat(report.redFlags()).extracting(Reading::indicator).containsExactlyInAnyOrder(Indicator.OCCUPANCY,
                    Indicator.SPACE_PER_PRISONER, Indicator.PRISONERS_PER_OFFICER, Indicator.HEADCOUNTS_PER_UNIT_PER_DAY,
                    Indicator.DAYS_WITHOUT_STATE_MEALS, Indicator.WEAPON_OR_TUNNEL_FINDS);
            assertThat(report.flags()).extracting(Reading::indicator).doesNotContain(Indicator.VIOLENT_INCIDENTS_PER_1000);
        }
    }
}
