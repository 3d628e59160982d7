package org.sabueso.custody.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.custody.CustodyTypes.FacilityStatus;
import org.sabueso.custody.CustodyTypes.IncidentType;
import org.sabueso.custody.CustodyViews.Facility;
import org.sabueso.custody.CustodyViews.SeriesPoint;
import org.sabueso.custody.Oversight;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A facility's oversight: the figures known on a day, read by {@link OversightRules}, and its
 * history at each population figure for the charts.
 */
@Service
class OversightReader {

    private static final Set<IncidentType> VIOLENT = EnumSet.copyOf(
            Arrays.stream(IncidentType.values()).filter(IncidentType::violent).toList());
    private static final Set<IncidentType> WEAPON_OR_TUNNEL = EnumSet.copyOf(
            Arrays.stream(IncidentType.values()).filter(IncidentType::weaponOrTunnel).toList());

    private final FiguresRepository figures;
    private final OversightRules rules;
    private final CustodyConfiguration.Settings settings;
    private final CustodyAccess access;
    private final CustodyJournal journal;
    private final Clock clock;

    OversightReader(FiguresRepository figures, OversightRules rules, CustodyConfiguration.Settings settings,
                    CustodyAccess access, CustodyJournal journal, Clock clock) {
        this.figures = figures;
        this.rules = rules;
        this.settings = settings;
        this.access = access;
        this.journal = journal;
        this.clock = clock;
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    @Transactional
    public Oversight.Report indicators(Viewer viewer, UUID facilityId, LocalDate at) {
        Facility f = access.visible(viewer, facilityId);
        LocalDate day = at == null ? LocalDate.now(clock) : at;
        Oversight.Report report = evaluate(f, day);
        journal.read(viewer, "custody.indicators", "facility", f.id(), "at " + day + (report.atRiskOfSelfRule() ? " at risk" : ""));
        return report;
    }

    /**
     * The figures known on the day, read by the rules. The windows are those the indicators are
     * defined over ({@link Oversight.Indicator}): violence in the last 30 days against the 90 before
     * them, weapon and tunnel finds over 90 days.
     */
    Oversight.Report evaluate(Facility f, LocalDate at) {
        Instant end = at.plusDays(1).atStartOfDay(zone()).toInstant();
        int window = Math.max(1, settings.headcountWindowDays());
        Integer population = figures.populationAt(f.id(), at).map(FiguresRepository.Dated::value).orElse(null);
        Integer daysWithoutMeals = figures.foodAt(f.id(), at).map(food -> {
            if (food.stateMeals() > 0) {
                return 0;
            }
            return figures.lastStateMealOn(f.id(), at)
                    .map(last -> (int) ChronoUnit.DAYS.between(last, at))
                    .orElseGet(() -> (int) ChronoUnit.DAYS.between(figures.firstFoodRecord(f.id()), at) + 1);
        }).orElse(null);
        Instant last30 = end.minus(Duration.ofDays(30));
        OversightRules.Figures known = new OversightRules.Figures(population, f.designCapacity(),
                figures.livingArea(f.id()).orElse(null), figures.officersAt(f.id(), at).orElse(null),
                f.status() == FacilityStatus.CLOSED ? null
                        : figures.rollCallsBetween(f.id(), end.minus(Duration.ofDays(window)), end),
                figures.countedUnits(f.id()), window, daysWithoutMeals,
                figures.incidentsBetween(f.id(), VIOLENT, last30, end),
                figures.incidentsBetween(f.id(), VIOLENT, last30.minus(Duration.ofDays(90)), last30),
                figures.incidentsBetween(f.id(), WEAPON_OR_TUNNEL, end.minus(Duration.ofDays(90)), end));
        return rules.evaluate(f.id(), at, known);
    }

    /** Each population figure with the incidents since the one before (a year before the first). */
    @Transactional(readOnly = true)
    public List<SeriesPoint> series(Viewer viewer, UUID facilityId) {
        Facility f = access.visible(viewer, facilityId);
        List<SeriesPoint> points = new ArrayList<>();
        LocalDate previous = null;
        for (FiguresRepository.Dated p : figures.populations(f.id())) {
            Instant from = (previous == null ? p.on().minusYears(1) : previous).plusDays(1).atStartOfDay(zone()).toInstant();
            Instant to = p.on().plusDays(1).atStartOfDay(zone()).toInstant();
            BigDecimal perOfficer = figures.officersAt(f.id(), p.on()).filter(o -> o > 0)
                    .map(o -> BigDecimal.valueOf(p.value()).divide(BigDecimal.valueOf(o), 1, RoundingMode.HALF_UP))
                    .orElse(null);
            points.add(new SeriesPoint(p.on(), p.value(), (int) Math.round(100.0 * p.value() / f.designCapacity()),
                    perOfficer, figures.incidentsUpTo(f.id(), from, to)));
            previous = p.on();
        }
        return points;
    }
}
