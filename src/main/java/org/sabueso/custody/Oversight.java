package org.sabueso.custody;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The oversight indicators of a facility on a day, and what they mean together. */
public final class Oversight {

    private Oversight() {
    }

    /** Each indicator with the standard it is measured against. */
    public enum Indicator {
        /** Population against design capacity, in percent. */
        OCCUPANCY,
        /** Living floor area per prisoner, in m², against ICRC (3.4 m² in a dormitory) and CPT (4 m²). */
        SPACE_PER_PRISONER,
        /** Prisoners per custodial officer on duty on the thinnest shift. */
        PRISONERS_PER_OFFICER,
        /** Roll calls per unit per day over the last week. */
        HEADCOUNTS_PER_UNIT_PER_DAY,
        /** Consecutive days without meals served by the state. */
        DAYS_WITHOUT_STATE_MEALS,
        /** Violent incidents per 1,000 prisoners over 30 days, against the 90 days before. */
        VIOLENT_INCIDENTS_PER_1000,
        /** Firearm, explosive or tunnel finds over 90 days. */
        WEAPON_OR_TUNNEL_FINDS
    }

    /**
     * How a facility reads. NO_FIGURES: no population figure is known on the day, so the indicators
     * that need one could not be read; it is never shown as OK ("Normal").
     */
    public enum Level {
        NO_FIGURES, OK, AMBER, RED, CRITICAL;

        public boolean redOrWorse() {
            return this == RED || this == CRITICAL;
        }
    }

    /** One indicator's value, the standard it is read against, its level and why, in English. */
    public record Reading(Indicator indicator, Level level, BigDecimal value, BigDecimal standard, String reason) {
    }

    /**
     * Every indicator that had data on the day. {@code atRiskOfSelfRule}: as many red-or-worse
     * readings as the configured number (three unless configured).
     */
    public record Report(UUID facilityId, LocalDate at, List<Reading> readings, boolean atRiskOfSelfRule) {

        /** The readings at AMBER or worse. */
        public List<Reading> flags() {
            return readings.stream().filter(r -> r.level() != Level.OK).toList();
        }

        public List<Reading> redFlags() {
            return readings.stream().filter(r -> r.level().redOrWorse()).toList();
        }

        /** Whether a population figure was known on the day: without one, most indicators cannot be read. */
        public boolean hasFigures() {
            return readings.stream().anyMatch(r -> r.indicator() == Indicator.OCCUPANCY);
        }

        /** The worst reading; NO_FIGURES rather than OK when nothing but the finds could be read. */
        public Level worst() {
            Level worst = readings.stream().map(Reading::level).max(Enum::compareTo).orElse(Level.OK);
            return worst == Level.OK && !hasFigures() ? Level.NO_FIGURES : worst;
        }
    }
}
