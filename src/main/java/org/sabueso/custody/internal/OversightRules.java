package org.sabueso.custody.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.sabueso.custody.Oversight.Indicator;
import org.sabueso.custody.Oversight.Level;
import org.sabueso.custody.Oversight.Reading;
import org.sabueso.custody.Oversight.Report;

/**
 * The oversight indicators, one rule each, with their standards and thresholds. Plain Java: the
 * thresholds come from configuration ({@code sabueso.custody.*}), the figures from the database.
 */
final class OversightRules {

    /**
     * Where each indicator turns amber, red and critical. "Above" and "below" are strict; "from" is
     * inclusive, as the standards are written (occupancy amber above 100 %, red from 120 %).
     */
    record Thresholds(double occupancyAmberAbove, double occupancyRedFrom, double occupancyCriticalFrom,
                      double spaceAmberBelow, double spaceRedBelow, double spaceCriticalBelow,
                      double officerAmberAbove, double officerRedAbove, double officerCriticalAbove,
                      double headcountAmberBelow, double headcountRedBelow,
                      int mealsAmberFrom, int mealsRedFrom, int mealsCriticalFrom,
                      double violenceAmberRatio, double violenceRedRatio, double violenceCriticalRatio,
                      double violenceBaselineFloor, int weaponFindsRedFrom, int selfRuleRedFlags) {

        /**
         * The standards: occupancy against design capacity; space against CPT (4 m² in a shared
         * cell: amber below) and ICRC (3.4 m²: red below, half of it critical); one officer per five
         * prisoners; two counts a day; meals every day; violence at half as much again as usual;
         * a firearm, explosive or tunnel is red at once; three red flags mean risk of self-rule.
         */
        static final Thresholds STANDARD = new Thresholds(100, 120, 150, 4.0, 3.4, 1.7, 5, 10, 50, 2, 1, 1, 3, 14,
                1.5, 2, 3, 1.0, 1, 3);
    }

    /** What the rules read for one facility on one day; null where nothing was recorded. */
    record Figures(Integer population, int designCapacity, BigDecimal livingAreaM2, Integer officersOnThinnestShift,
                   Integer rollCallsInWindow, int units, int windowDays, Integer daysWithoutStateMeals,
                   Integer violentLast30Days, Integer violentPrevious90Days, int weaponOrTunnelFinds) {
    }

    private final Thresholds t;

    OversightRules(Thresholds thresholds) {
        this.t = thresholds;
    }

    Report evaluate(UUID facilityId, LocalDate at, Figures f) {
        List<Reading> readings = new ArrayList<>();
        Integer p = f.population();
        if (p != null) {
            readings.add(occupancy(p, f.designCapacity()));
            if (f.livingAreaM2() != null && p > 0) {
                readings.add(spacePerPrisoner(f.livingAreaM2(), p));
            }
            if (f.officersOnThinnestShift() != null && p > 0) {
                readings.add(prisonersPerOfficer(p, f.officersOnThinnestShift()));
            }
            if (f.rollCallsInWindow() != null && p > 0) {
                readings.add(headcountsPerUnitPerDay(f.rollCallsInWindow(), f.units(), f.windowDays()));
            }
            if (f.violentLast30Days() != null && p > 0) {
                readings.add(violentIncidents(f.violentLast30Days(), f.violentPrevious90Days(), p));
            }
        }
        if (f.daysWithoutStateMeals() != null) {
            readings.add(daysWithoutStateMeals(f.daysWithoutStateMeals()));
        }
        readings.add(weaponOrTunnelFinds(f.weaponOrTunnelFinds()));
        return new Report(facilityId, at, List.copyOf(readings), atRiskOfSelfRule(readings));
    }

    boolean atRiskOfSelfRule(List<Reading> readings) {
        return readings.stream().filter(r -> r.level().redOrWorse()).count() >= t.selfRuleRedFlags();
    }

    Reading occupancy(int population, int designCapacity) {
        double percent = 100.0 * population / designCapacity;
        Level level = percent >= t.occupancyCriticalFrom() ? Level.CRITICAL
                : percent >= t.occupancyRedFrom() ? Level.RED
                : percent > t.occupancyAmberAbove() ? Level.AMBER : Level.OK;
        return new Reading(Indicator.OCCUPANCY, level, round(percent, 0), round(t.occupancyAmberAbove(), 0),
                "%d prisoners in a facility built for %d: %s %% of design capacity".formatted(population, designCapacity,
                        round(percent, 0).toPlainString()));
    }

    Reading spacePerPrisoner(BigDecimal livingAreaM2, int population) {
        double m2 = livingAreaM2.doubleValue() / population;
        Level level = m2 < t.spaceCriticalBelow() ? Level.CRITICAL
                : m2 < t.spaceRedBelow() ? Level.RED
                : m2 < t.spaceAmberBelow() ? Level.AMBER : Level.OK;
        return new Reading(Indicator.SPACE_PER_PRISONER, level, round(m2, 2), round(t.spaceRedBelow(), 2),
                "%s m² of living space per prisoner; ICRC asks %s m² in a dormitory, CPT %s m²".formatted(
                        round(m2, 2).toPlainString(), round(t.spaceRedBelow(), 1).toPlainString(),
                        round(t.spaceAmberBelow(), 1).toPlainString()));
    }

    Reading prisonersPerOfficer(int population, int officers) {
        double ratio = officers == 0 ? Double.POSITIVE_INFINITY : (double) population / officers;
        Level level = ratio > t.officerCriticalAbove() ? Level.CRITICAL
                : ratio > t.officerRedAbove() ? Level.RED
                : ratio > t.officerAmberAbove() ? Level.AMBER : Level.OK;
        BigDecimal value = officers == 0 ? BigDecimal.valueOf(population) : round(ratio, 1);
        String reason = officers == 0 ? "no custodial officer on duty for %d prisoners".formatted(population)
                : "%s prisoners per custodial officer on duty (%d officers, %d prisoners)".formatted(
                        value.toPlainString(), officers, population);
        return new Reading(Indicator.PRISONERS_PER_OFFICER, level, value, round(t.officerAmberAbove(), 0), reason);
    }

    Reading headcountsPerUnitPerDay(int rollCalls, int units, int days) {
        double perUnitPerDay = (double) rollCalls / Math.max(units, 1) / Math.max(days, 1);
        Level level = perUnitPerDay < t.headcountRedBelow() ? Level.RED
                : perUnitPerDay < t.headcountAmberBelow() ? Level.AMBER : Level.OK;
        return new Reading(Indicator.HEADCOUNTS_PER_UNIT_PER_DAY, level, round(perUnitPerDay, 2),
                round(t.headcountAmberBelow(), 0), "%d roll calls in %d units over %d days: %s a unit a day".formatted(
                        rollCalls, Math.max(units, 1), Math.max(days, 1), round(perUnitPerDay, 2).toPlainString()));
    }

    Reading daysWithoutStateMeals(int days) {
        Level level = days >= t.mealsCriticalFrom() ? Level.CRITICAL
                : days >= t.mealsRedFrom() ? Level.RED
                : days >= t.mealsAmberFrom() ? Level.AMBER : Level.OK;
        return new Reading(Indicator.DAYS_WITHOUT_STATE_MEALS, level, BigDecimal.valueOf(days), BigDecimal.ZERO,
                days == 0 ? "the state served meals on the last day recorded"
                        : "%d days without meals served by the state".formatted(days));
    }

    /**
     * Violent incidents per 1,000 prisoners in the last 30 days against the 90 days before (as a
     * 30-day rate). A facility with a quiet past is compared with a floor, so that one fight does
     * not read as a tripling.
     */
    Reading violentIncidents(int last30Days, Integer previous90Days, int population) {
        double rate = 1000.0 * last30Days / population;
        double baseline = previous90Days == null ? 0 : 1000.0 * previous90Days / 3 / population;
        double ratio = last30Days == 0 ? 0 : rate / Math.max(baseline, t.violenceBaselineFloor());
        Level level = ratio >= t.violenceCriticalRatio() ? Level.CRITICAL
                : ratio >= t.violenceRedRatio() ? Level.RED
                : ratio >= t.violenceAmberRatio() ? Level.AMBER : Level.OK;
        return new Reading(Indicator.VIOLENT_INCIDENTS_PER_1000, level, round(rate, 2), round(baseline, 2),
                "%d violent incidents in 30 days: %s per 1,000 prisoners against a 90-day baseline of %s".formatted(
                        last30Days, round(rate, 2).toPlainString(), round(baseline, 2).toPlainString()));
    }

    Reading weaponOrTunnelFinds(int finds) {
        Level level = finds >= t.weaponFindsRedFrom() ? Level.RED : Level.OK;
        return new Reading(Indicator.WEAPON_OR_TUNNEL_FINDS, level, BigDecimal.valueOf(finds), BigDecimal.ZERO,
                finds == 0 ? "no firearm, explosive or tunnel found in 90 days"
                        : "%d firearm, explosive or tunnel finds in 90 days".formatted(finds));
    }

    private static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
