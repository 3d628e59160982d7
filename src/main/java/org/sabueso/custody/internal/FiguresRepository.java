package org.sabueso.custody.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.custody.CustodyTypes.IncidentType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for a facility's daily figures (a later figure for the same day replaces the earlier one) and
 * the counts the oversight indicators read from roll calls, incidents and units.
 */
@Repository
class FiguresRepository {

    private final JdbcClient jdbc;

    FiguresRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void recordPopulation(UUID facilityId, LocalDate on, int population, String source) {
        jdbc.sql("""
                INSERT INTO population_snapshot (facility_id, on_date, population, source) VALUES (?,?,?,?)
                ON CONFLICT (facility_id, on_date) DO UPDATE SET population = EXCLUDED.population, source = EXCLUDED.source""")
                .params(facilityId, on, population, source).update();
    }

    void recordShift(UUID facilityId, LocalDate on, String shift, int officers) {
        jdbc.sql("""
                INSERT INTO staff_shift (facility_id, on_date, shift, custodial_officers) VALUES (?,?,?,?)
                ON CONFLICT (facility_id, on_date, shift) DO UPDATE SET custodial_officers = EXCLUDED.custodial_officers""")
                .params(facilityId, on, shift, officers).update();
    }

    void recordFood(UUID facilityId, LocalDate on, int stateMeals, Integer familiesPercent, BigDecimal water) {
        jdbc.sql("""
                INSERT INTO food_provision (facility_id, on_date, state_meals_served, fed_by_families_pct, water_litres_per_person)
                VALUES (?,?,?,?,?)
                ON CONFLICT (facility_id, on_date) DO UPDATE SET state_meals_served = EXCLUDED.state_meals_served,
                  fed_by_families_pct = EXCLUDED.fed_by_families_pct, water_litres_per_person = EXCLUDED.water_litres_per_person""")
                .params(facilityId, on, stateMeals, familiesPercent, water).update();
    }

    void recordVisitors(UUID facilityId, LocalDate on, int in, int out) {
        jdbc.sql("""
                INSERT INTO visitor_count (facility_id, on_date, visitors_in, visitors_out) VALUES (?,?,?,?)
                ON CONFLICT (facility_id, on_date) DO UPDATE SET visitors_in = EXCLUDED.visitors_in, visitors_out = EXCLUDED.visitors_out""")
                .params(facilityId, on, in, out).update();
    }

    record Dated(LocalDate on, int value) {
    }

    Optional<Dated> populationAt(UUID facilityId, LocalDate at) {
        return jdbc.sql("""
                SELECT on_date, population FROM population_snapshot WHERE facility_id = ? AND on_date <= ?
                ORDER BY on_date DESC LIMIT 1""").params(facilityId, at)
                .query((rs, i) -> new Dated(rs.getObject(1, LocalDate.class), rs.getInt(2))).optional();
    }

    List<Dated> populations(UUID facilityId) {
        return jdbc.sql("SELECT on_date, population FROM population_snapshot WHERE facility_id = ? ORDER BY on_date")
                .param(facilityId).query((rs, i) -> new Dated(rs.getObject(1, LocalDate.class), rs.getInt(2))).list();
    }

    /** Officers on the thinnest shift of the last day with staff figures on or before {@code at}. */
    Optional<Integer> officersAt(UUID facilityId, LocalDate at) {
        return jdbc.sql("""
                SELECT min(custodial_officers) FROM staff_shift WHERE facility_id = ?
                  AND on_date = (SELECT max(on_date) FROM staff_shift WHERE facility_id = ? AND on_date <= ?)""")
                .params(facilityId, facilityId, at).query((rs, i) -> (Integer) rs.getObject(1)).optional()
                .filter(java.util.Objects::nonNull);
    }

    /** Living floor area: the cells, or the units without sub-units when no cell has an area. */
    Optional<BigDecimal> livingArea(UUID facilityId) {
        return Optional.ofNullable(jdbc.sql("""
                SELECT sum(u.floor_area_m2) FROM facility_unit u WHERE u.facility_id = ? AND u.floor_area_m2 IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM facility_unit c WHERE c.parent_id = u.id)""")
                .param(facilityId).query((rs, i) -> rs.getBigDecimal(1)).list().getFirst());
    }

    /** Units that are counted: those without sub-units. */
    int countedUnits(UUID facilityId) {
        return jdbc.sql("""
                SELECT count(*) FROM facility_unit u WHERE u.facility_id = ?
                  AND NOT EXISTS (SELECT 1 FROM facility_unit c WHERE c.parent_id = u.id)""")
                .param(facilityId).query(Integer.class).single();
    }

    int rollCallsBetween(UUID facilityId, Instant from, Instant to) {
        return jdbc.sql("SELECT count(*) FROM roll_call WHERE facility_id = ? AND counted_at >= ? AND counted_at < ?")
                .params(facilityId, Timestamp.from(from), Timestamp.from(to)).query(Integer.class).single();
    }


    record Food(LocalDate on, int stateMeals) {
    }

    Optional<Food> foodAt(UUID facilityId, LocalDate at) {
        return jdbc.sql("""
                SELECT on_date, state_meals_served FROM food_provision WHERE facility_id = ? AND on_date <= ?
                ORDER BY on_date DESC LIMIT 1""").params(facilityId, at)
                .query((rs, i) -> new Food(rs.getObject(1, LocalDate.class), rs.getInt(2))).optional();
    }

    Optional<LocalDate> lastStateMealOn(UUID facilityId, LocalDate at) {
        return Optional.ofNullable(jdbc.sql("""
                SELECT max(on_date) FROM food_provision WHERE facility_id = ? AND on_date <= ? AND state_meals_served > 0""")
                .params(facilityId, at).query((rs, i) -> rs.getObject(1, LocalDate.class)).list().getFirst());
    }

    LocalDate firstFoodRecord(UUID facilityId) {
        return jdbc.sql("SELECT min(on_date) FROM food_provision WHERE facility_id = ?").param(facilityId)
                .query((rs, i) -> rs.getObject(1, LocalDate.class)).list().getFirst();
    }

    int incidentsBetween(UUID facilityId, Collection<IncidentType> types, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT count(*) FROM incident WHERE facility_id = ? AND type = ANY (?) AND occurred_at >= ? AND occurred_at < ?""")
                .params(facilityId, types.stream().map(Enum::name).toArray(String[]::new), Timestamp.from(from),
                        Timestamp.from(to))
                .query(Integer.class).single();
    }

    /** Incidents of a facility per period ending on each of the given days (after the previous one). */
    int incidentsUpTo(UUID facilityId, Instant from, Instant to) {
        return jdbc.sql("SELECT count(*) FROM incident WHERE facility_id = ? AND occurred_at >= ? AND occurred_at < ?")
                .params(facilityId, Timestamp.from(from), Timestamp.from(to)).query(Integer.class).single();
    }
}
