package org.sabueso.custody.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.CustodyTypes.CellType;
import org.sabueso.custody.CustodyTypes.EntryKind;
import org.sabueso.custody.CustodyTypes.FacilityStatus;
import org.sabueso.custody.CustodyTypes.FileStatus;
import org.sabueso.custody.CustodyTypes.IncidentStatus;
import org.sabueso.custody.CustodyTypes.IncidentType;
import org.sabueso.custody.CustodyTypes.Involvement;
import org.sabueso.custody.CustodyTypes.OperationKind;
import org.sabueso.custody.CustodyTypes.Severity;
import org.sabueso.custody.CustodyTypes.UnitKind;
import org.sabueso.custody.CustodyViews.Destination;
import org.sabueso.custody.CustodyViews.Facility;
import org.sabueso.custody.CustodyViews.FileEntry;
import org.sabueso.custody.CustodyViews.Incident;
import org.sabueso.custody.CustodyViews.Involved;
import org.sabueso.custody.CustodyViews.Operation;
import org.sabueso.custody.CustodyViews.PrisonerFile;
import org.sabueso.custody.CustodyViews.RollCall;
import org.sabueso.custody.CustodyViews.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the custody tables. Lists of facilities pass through the sharing policy's filter. */
@Repository
class CustodyRepository {

    static final SharingPolicy.Columns FACILITY_COLUMNS = new SharingPolicy.Columns(
            "f.agency_id", "f.country", "f.oversight_scope", "true", "false", "f.id", "facility_partner", "facility_id");

    private static final String FACILITY = """
            SELECT f.id, f.country, f.name, f.region, f.agency_id, f.status, f.design_capacity, f.operational_capacity,
                   f.oversight_scope, COALESCE((SELECT array_agg(p.agency_id) FROM facility_partner p WHERE p.facility_id = f.id), '{}')
            FROM facility f""";

    private final JdbcClient jdbc;

    CustodyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // facilities

    void insertFacility(Facility f) {
        jdbc.sql("""
                INSERT INTO facility (id, country, name, region, agency_id, status, design_capacity, operational_capacity, oversight_scope)
                VALUES (?,?,?,?,?,?,?,?,?)""")
                .params(f.id(), f.country(), f.name(), f.region(), f.agencyId(), f.status().name(), f.designCapacity(),
                        f.operationalCapacity(), f.oversightScope().name())
                .update();
        for (String partner : f.partnerAgencyIds()) {
            jdbc.sql("INSERT INTO facility_partner (facility_id, agency_id) VALUES (?, ?)").params(f.id(), partner).update();
        }
    }

    boolean facilityNamed(String country, String name) {
        return jdbc.sql("SELECT count(*) FROM facility WHERE country = ? AND lower(name) = lower(?)")
                .params(country, name).query(Long.class).single() > 0;
    }

    Optional<Facility> facilityByName(String country, String name) {
        return jdbc.sql(FACILITY + " WHERE f.country = ? AND lower(f.name) = lower(?)").params(country, name)
                .query(CustodyRepository::facility).optional();
    }

    Optional<Facility> findFacility(UUID id) {
        return jdbc.sql(FACILITY + " WHERE f.id = ?").param(id).query(CustodyRepository::facility).optional();
    }

    List<Facility> visibleFacilities(Viewer viewer, String country) {
        SharingPolicy.SqlFilter visible = SharingPolicy.sqlFilter(viewer, FACILITY_COLUMNS);
        List<Object> params = new ArrayList<>(visible.params());
        String where = " WHERE " + visible.condition();
        if (country != null) {
            where += " AND f.country = ?";
            params.add(country);
        }
        return jdbc.sql(FACILITY + where + " ORDER BY f.country, f.name").params(params)
                .query(CustodyRepository::facility).list();
    }

    private static Facility facility(ResultSet rs, int i) throws SQLException {
        return new Facility(rs.getObject(1, UUID.class), rs.getString(2).strip(), rs.getString(3), rs.getString(4),
                rs.getString(5), FacilityStatus.valueOf(rs.getString(6)), rs.getInt(7), (Integer) rs.getObject(8),
                SharingScope.valueOf(rs.getString(9)), Set.copyOf(strings(rs.getArray(10))));
    }

    void insertUnit(UUID id, UUID facilityId, UUID parentId, UnitKind kind, String name, CellType cellType,
                    BigDecimal area, Integer design, Integer operational) {
        jdbc.sql("""
                INSERT INTO facility_unit (id, facility_id, parent_id, kind, name, cell_type, floor_area_m2,
                  design_capacity, operational_capacity) VALUES (?,?,?,?,?,?,?,?,?)""")
                .params(id, facilityId, parentId, kind.name(), name, cellType == null ? null : cellType.name(), area,
                        design, operational)
                .update();
    }

    private static final String UNIT = """
            SELECT u.id, u.facility_id, u.parent_id, u.kind, u.name, u.cell_type, u.floor_area_m2, u.design_capacity,
                   u.operational_capacity,
                   (SELECT count(*) FROM prisoner_file pf WHERE pf.unit_id = u.id AND pf.status = 'IN_CUSTODY'),
                   (SELECT max(r.counted_at) FROM roll_call r WHERE r.unit_id = u.id)
            FROM facility_unit u""";

    List<Unit> units(UUID facilityId) {
        return jdbc.sql(UNIT + " WHERE u.facility_id = ? ORDER BY u.kind, u.name").param(facilityId)
                .query(CustodyRepository::unit).list();
    }

    Optional<Unit> unit(UUID id) {
        return jdbc.sql(UNIT + " WHERE u.id = ?").param(id).query(CustodyRepository::unit).optional();
    }

    private static Unit unit(ResultSet rs, int i) throws SQLException {
        String cell = rs.getString(6);
        return new Unit(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                UnitKind.valueOf(rs.getString(4)), rs.getString(5), cell == null ? null : CellType.valueOf(cell),
                rs.getBigDecimal(7), (Integer) rs.getObject(8), (Integer) rs.getObject(9), rs.getInt(10),
                instant(rs.getTimestamp(11)));
    }

    // daily figures: a later figure for the same day replaces the earlier one

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

    /** Whether any figure (population, staff, food, counts) was ever recorded on or before the day. */
    boolean anyRollCallBefore(UUID facilityId, Instant to) {
        return jdbc.sql("SELECT count(*) FROM roll_call WHERE facility_id = ? AND counted_at < ?")
                .params(facilityId, Timestamp.from(to)).query(Long.class).single() > 0;
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

    // prisoner files

    void insertFile(PrisonerFile f) {
        jdbc.sql("""
                INSERT INTO prisoner_file (id, file_number, facility_id, unit_id, person_id, person_name, admitted_on,
                  commitment_authority, commitment_reason, commitment_date, commitment_reference, injuries_at_admission,
                  complaints_at_admission, property, family_contact, emergency_contact, classification, status)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")
                .params(f.id(), f.fileNumber(), f.facilityId(), f.unitId(), f.personId(), f.personName(), f.admittedOn(),
                        f.commitmentAuthority(), f.commitmentReason(), f.commitmentDate(), f.commitmentReference(),
                        f.injuriesAtAdmission(), f.complaintsAtAdmission(), f.property(), f.familyContact(),
                        f.emergencyContact(), f.classification(), f.status().name())
                .update();
    }

    boolean fileNumberTaken(UUID facilityId, String number) {
        return jdbc.sql("SELECT count(*) FROM prisoner_file WHERE facility_id = ? AND file_number = ?")
                .params(facilityId, number).query(Long.class).single() > 0;
    }

    private static final String FILE = """
            SELECT pf.id, pf.file_number, pf.facility_id, f.name, f.agency_id, f.country, pf.unit_id, u.name,
                   pf.person_id, pf.person_name, pf.admitted_on, pf.commitment_authority, pf.commitment_reason,
                   pf.commitment_date, pf.commitment_reference, pf.injuries_at_admission, pf.complaints_at_admission,
                   pf.property, pf.family_contact, pf.emergency_contact, pf.classification, pf.status
            FROM prisoner_file pf JOIN facility f ON f.id = pf.facility_id LEFT JOIN facility_unit u ON u.id = pf.unit_id""";

    Optional<PrisonerFile> findFile(UUID id) {
        return jdbc.sql(FILE + " WHERE pf.id = ?").param(id).query(CustodyRepository::file).optional();
    }

    List<PrisonerFile> files(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(FILE + " WHERE pf.id = ANY (?) ORDER BY pf.person_name").param(ids.toArray(UUID[]::new))
                .query(CustodyRepository::file).list();
    }

    List<PrisonerFile> filesInUnit(UUID unitId, boolean inCustodyOnly) {
        return jdbc.sql(FILE + " WHERE pf.unit_id = ?" + (inCustodyOnly ? " AND pf.status = 'IN_CUSTODY'" : "")
                        + " ORDER BY pf.person_name").param(unitId).query(CustodyRepository::file).list();
    }

    List<PrisonerFile> filesOfFacility(UUID facilityId) {
        return jdbc.sql(FILE + " WHERE pf.facility_id = ? ORDER BY pf.status, pf.person_name").param(facilityId)
                .query(CustodyRepository::file).list();
    }

    private static PrisonerFile file(ResultSet rs, int i) throws SQLException {
        return new PrisonerFile(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                rs.getString(5), rs.getString(6).strip(), rs.getObject(7, UUID.class), rs.getString(8),
                rs.getObject(9, UUID.class), rs.getString(10), rs.getObject(11, LocalDate.class), rs.getString(12),
                rs.getString(13), rs.getObject(14, LocalDate.class), rs.getString(15), rs.getString(16), rs.getString(17),
                rs.getString(18), rs.getString(19), rs.getString(20), rs.getString(21), FileStatus.valueOf(rs.getString(22)));
    }

    void changeFileStatus(UUID id, FileStatus status) {
        jdbc.sql("UPDATE prisoner_file SET status = ? WHERE id = ?").params(status.name(), id).update();
    }

    void appendEntry(UUID fileId, EntryKind kind, LocalDate on, String detail, String actor, String actorAgency) {
        jdbc.sql("INSERT INTO prisoner_file_entry (file_id, kind, on_date, detail, actor, actor_agency) VALUES (?,?,?,?,?,?)")
                .params(fileId, kind.name(), on, detail, actor, actorAgency).update();
    }

    List<FileEntry> entries(UUID fileId) {
        return jdbc.sql("SELECT id, file_id, kind, on_date, detail, actor, at FROM prisoner_file_entry WHERE file_id = ? ORDER BY id")
                .param(fileId).query((rs, i) -> new FileEntry(rs.getLong(1), rs.getObject(2, UUID.class),
                        EntryKind.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class), rs.getString(5),
                        rs.getString(6), rs.getTimestamp(7).toInstant())).list();
    }

    // roll calls

    void insertRollCall(RollCall r, String agency) {
        jdbc.sql("""
                INSERT INTO roll_call (id, facility_id, unit_id, expected, counted, missing, note, counted_by,
                  counted_by_agency, counted_at, resolve_by, resolved_at, resolution)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)""")
                .params(r.id(), r.facilityId(), r.unitId(), r.expected(), r.counted(),
                        r.missingFileIds().toArray(UUID[]::new), r.note(), r.countedBy(), agency,
                        Timestamp.from(r.countedAt()), ts(r.resolveBy()), ts(r.resolvedAt()), r.resolution())
                .update();
    }

    private static final String ROLL_CALL = """
            SELECT r.id, r.facility_id, r.unit_id, u.name, r.expected, r.counted, r.missing, r.note, r.counted_by,
                   r.counted_at, r.resolve_by, r.resolved_at, r.resolution, r.incident_id
            FROM roll_call r JOIN facility_unit u ON u.id = r.unit_id""";

    List<RollCall> rollCalls(UUID facilityId, int limit) {
        return jdbc.sql(ROLL_CALL + " WHERE r.facility_id = ? ORDER BY r.counted_at DESC LIMIT ?")
                .params(facilityId, limit).query(CustodyRepository::rollCall).list();
    }

    Optional<RollCall> findRollCall(UUID id) {
        return jdbc.sql(ROLL_CALL + " WHERE r.id = ?").param(id).query(CustodyRepository::rollCall).optional();
    }

    /** Shortfalls past their deadline, locked so that two runs never open the same escape twice. */
    List<RollCall> overdueShortfalls(Instant now) {
        return jdbc.sql(ROLL_CALL + """
                 WHERE r.resolved_at IS NULL AND r.resolve_by IS NOT NULL AND r.resolve_by <= ? AND r.counted < r.expected
                ORDER BY r.counted_at FOR UPDATE OF r SKIP LOCKED""")
                .param(Timestamp.from(now)).query(CustodyRepository::rollCall).list();
    }

    /** Resolves the unit's open discrepancies counted before {@code before}; returns how many. */
    int resolveOpenInUnit(UUID unitId, Instant before, Instant at, String resolution) {
        return jdbc.sql("""
                UPDATE roll_call SET resolved_at = ?, resolution = ?
                WHERE unit_id = ? AND resolved_at IS NULL AND resolve_by IS NOT NULL AND counted_at < ?""")
                .params(Timestamp.from(at), resolution, unitId, Timestamp.from(before)).update();
    }

    boolean resolve(UUID id, Instant at, String resolution, UUID incidentId) {
        return jdbc.sql("""
                UPDATE roll_call SET resolved_at = ?, resolution = ?, incident_id = ?
                WHERE id = ? AND resolved_at IS NULL""")
                .params(Timestamp.from(at), resolution, incidentId, id).update() == 1;
    }

    private static RollCall rollCall(ResultSet rs, int i) throws SQLException {
        return new RollCall(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getInt(5), rs.getInt(6), uuids(rs.getArray(7)), rs.getString(8), rs.getString(9),
                rs.getTimestamp(10).toInstant(), instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12)),
                rs.getString(13), rs.getObject(14, UUID.class));
    }

    // incidents

    void insertIncident(Incident n) {
        jdbc.sql("""
                INSERT INTO incident (id, facility_id, unit_id, type, severity, status, occurred_at, description,
                  escape_method, case_reference, rule71_due_at, created_by, reported_at)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)""")
                .params(n.id(), n.facilityId(), n.unitId(), n.type().name(), n.severity().name(), n.status().name(),
                        Timestamp.from(n.occurredAt()), n.description(), n.escapeMethod(), n.caseReference(),
                        ts(n.rule71DueAt()), n.createdBy(), ts(n.reportedAt()))
                .update();
    }

    void insertInvolved(UUID incidentId, Involved p) {
        jdbc.sql("""
                INSERT INTO incident_person (incident_id, file_id, person_id, role, notice_id) VALUES (?,?,?,?,?)
                ON CONFLICT DO NOTHING""")
                .params(incidentId, p.fileId(), p.personId(), p.role().name(), p.noticeId()).update();
    }

    long nextCaseNumber() {
        return jdbc.sql("SELECT nextval('custody_case_seq')").query(Long.class).single();
    }

    private static final String INCIDENT = """
            SELECT i.id, i.facility_id, f.name, i.unit_id, u.name, i.type, i.severity, i.status, i.occurred_at,
                   i.description, i.escape_method, i.case_reference, i.rule71_due_at, i.rule71_filed_at, i.rule71_report,
                   i.created_by, i.created_at, i.reported_at, i.closed_at
            FROM incident i JOIN facility f ON f.id = i.facility_id LEFT JOIN facility_unit u ON u.id = i.unit_id""";

    Optional<Incident> findIncident(UUID id) {
        return jdbc.sql(INCIDENT + " WHERE i.id = ?").param(id).query(this::incident).optional();
    }

    List<Incident> incidents(UUID facilityId, int limit) {
        return jdbc.sql(INCIDENT + " WHERE i.facility_id = ? ORDER BY i.occurred_at DESC LIMIT ?")
                .params(facilityId, limit).query(this::incident).list();
    }

    private Incident incident(ResultSet rs, int i) throws SQLException {
        UUID id = rs.getObject(1, UUID.class);
        return new Incident(id, rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5),
                IncidentType.valueOf(rs.getString(6)), Severity.valueOf(rs.getString(7)),
                IncidentStatus.valueOf(rs.getString(8)), rs.getTimestamp(9).toInstant(), rs.getString(10),
                rs.getString(11), rs.getString(12), instant(rs.getTimestamp(13)), instant(rs.getTimestamp(14)),
                rs.getString(15), rs.getString(16), rs.getTimestamp(17).toInstant(), instant(rs.getTimestamp(18)),
                instant(rs.getTimestamp(19)), involved(id));
    }

    private List<Involved> involved(UUID incidentId) {
        return jdbc.sql("""
                SELECT ip.file_id, ip.person_id, COALESCE(pf.person_name, p.full_name), ip.role, ip.notice_id
                FROM incident_person ip JOIN person p ON p.id = ip.person_id LEFT JOIN prisoner_file pf ON pf.id = ip.file_id
                WHERE ip.incident_id = ? ORDER BY ip.role, 3""").param(incidentId)
                .query((rs, i) -> new Involved(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        Involvement.valueOf(rs.getString(4)), rs.getObject(5, UUID.class))).list();
    }

    boolean changeIncidentStatus(UUID id, IncidentStatus from, IncidentStatus to, Instant at) {
        return jdbc.sql("""
                UPDATE incident SET status = ?,
                  reported_at = CASE WHEN ? = 'REPORTED' THEN ? ELSE reported_at END,
                  closed_at = CASE WHEN ? = 'CLOSED' THEN ? ELSE closed_at END
                WHERE id = ? AND status = ?""")
                .params(to.name(), to.name(), Timestamp.from(at), to.name(), Timestamp.from(at), id, from.name())
                .update() == 1;
    }

    boolean fileRule71(UUID id, String report, Instant at) {
        return jdbc.sql("UPDATE incident SET rule71_report = ?, rule71_filed_at = ? WHERE id = ? AND rule71_filed_at IS NULL")
                .params(report, Timestamp.from(at), id).update() == 1;
    }

    /** Incidents of a facility per period ending on each of the given days (after the previous one). */
    int incidentsUpTo(UUID facilityId, Instant from, Instant to) {
        return jdbc.sql("SELECT count(*) FROM incident WHERE facility_id = ? AND occurred_at >= ? AND occurred_at < ?")
                .params(facilityId, Timestamp.from(from), Timestamp.from(to)).query(Integer.class).single();
    }

    // operations

    void insertOperation(Operation o) {
        jdbc.sql("""
                INSERT INTO custody_operation (id, facility_id, kind, on_date, forces, headcount_before, headcount_after,
                  transferred, released, deceased, escaped, family_members_inside, injuries, deaths, complaints, recorded_by)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")
                .params(o.id(), o.facilityId(), o.kind().name(), o.onDate(), o.forces(), o.headcountBefore(),
                        o.headcountAfter(), o.transferred(), o.released(), o.deceased(), o.escaped(),
                        o.familyMembersInside(), o.injuries(), o.deaths(), o.complaints(), o.recordedBy())
                .update();
        for (Destination d : o.destinations()) {
            jdbc.sql("INSERT INTO custody_operation_destination (operation_id, destination, prisoners, recorded_at) VALUES (?,?,?,?)")
                    .params(o.id(), d.destination(), d.prisoners(), Timestamp.from(d.recordedAt())).update();
        }
    }

    List<Operation> operations(UUID facilityId) {
        return jdbc.sql("""
                SELECT id, facility_id, kind, on_date, forces, headcount_before, headcount_after, transferred, released,
                       deceased, escaped, family_members_inside, injuries, deaths, complaints, recorded_by
                FROM custody_operation WHERE facility_id = ? ORDER BY on_date DESC""").param(facilityId)
                .query((rs, i) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new Operation(id, rs.getObject(2, UUID.class), OperationKind.valueOf(rs.getString(3)),
                            rs.getObject(4, LocalDate.class), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                            rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getString(13), rs.getString(14),
                            rs.getString(15), destinations(id), rs.getString(16));
                }).list();
    }

    private List<Destination> destinations(UUID operationId) {
        return jdbc.sql("""
                SELECT destination, prisoners, recorded_at FROM custody_operation_destination WHERE operation_id = ?
                ORDER BY prisoners DESC, destination""").param(operationId)
                .query((rs, i) -> new Destination(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant())).list();
    }

    // helpers

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    private static List<UUID> uuids(Array a) throws SQLException {
        return a == null ? List.of() : List.copyOf(new HashSet<>(Arrays.asList((UUID[]) a.getArray())));
    }
}
