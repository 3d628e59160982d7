package org.sabueso.custody.internal;

import java.time.Duration;

import org.sabueso.agency.SharingScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The custody settings and the indicator thresholds, each {@code sabueso.custody.*} property
 * falling back to the standard it is named after (see {@link OversightRules.Thresholds#STANDARD}).
 */
@Configuration(proxyBeanMethods = false)
class CustodyConfiguration {

    /**
     * @param resolveWithin      how long a roll-call shortfall may stay unexplained before it is an escape
     * @param escapeNoticeScope  how widely the escapees' notices are shared once approved
     * @param headcountWindowDays the days over which roll calls per unit are counted
     */
    record Settings(Duration resolveWithin, SharingScope escapeNoticeScope, int headcountWindowDays) {
    }

    @Bean
    Settings custodySettings(Environment env) {
        return new Settings(env.getProperty("sabueso.custody.discrepancy-resolve-within", Duration.class, Duration.ofMinutes(30)),
                env.getProperty("sabueso.custody.escape-notice-scope", SharingScope.class, SharingScope.PUBLIC),
                env.getProperty("sabueso.custody.headcount-window-days", Integer.class, 7));
    }

    @Bean
    OversightRules oversightRules(Environment env) {
        OversightRules.Thresholds s = OversightRules.Thresholds.STANDARD;
        String p = "sabueso.custody.";
        return new OversightRules(new OversightRules.Thresholds(
                d(env, p + "occupancy.amber-above", s.occupancyAmberAbove()),
                d(env, p + "occupancy.red-from", s.occupancyRedFrom()),
                d(env, p + "occupancy.critical-from", s.occupancyCriticalFrom()),
                d(env, p + "space.amber-below", s.spaceAmberBelow()),
                d(env, p + "space.red-below", s.spaceRedBelow()),
                d(env, p + "space.critical-below", s.spaceCriticalBelow()),
                d(env, p + "officers.amber-above", s.officerAmberAbove()),
                d(env, p + "officers.red-above", s.officerRedAbove()),
                d(env, p + "officers.critical-above", s.officerCriticalAbove()),
                d(env, p + "headcounts.amber-below", s.headcountAmberBelow()),
                d(env, p + "headcounts.red-below", s.headcountRedBelow()),
                i(env, p + "meals.amber-from-days", s.mealsAmberFrom()),
                i(env, p + "meals.red-from-days", s.mealsRedFrom()),
                i(env, p + "meals.critical-from-days", s.mealsCriticalFrom()),
                d(env, p + "violence.amber-ratio", s.violenceAmberRatio()),
                d(env, p + "violence.red-ratio", s.violenceRedRatio()),
                d(env, p + "violence.critical-ratio", s.violenceCriticalRatio()),
                d(env, p + "violence.baseline-floor", s.violenceBaselineFloor()),
                i(env, p + "weapon-finds.red-from", s.weaponFindsRedFrom()),
                i(env, p + "self-rule.red-flags", s.selfRuleRedFlags())));
    }

    private static double d(Environment env, String key, double standard) {
        return env.getProperty(key, Double.class, standard);
    }

    private static int i(Environment env, String key, int standard) {
        return env.getProperty(key, Integer.class, standard);
    }
}
