package org.sabueso.custody.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.CustodyTypes.CellType;
import org.sabueso.custody.CustodyTypes.FacilityStatus;
import org.sabueso.custody.CustodyTypes.UnitKind;
import org.sabueso.custody.CustodyViews.Facility;
import org.sabueso.custody.CustodyViews.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for facilities and their units. Lists of facilities pass through the sharing policy's filter. */
@Repository
class FacilityRepository {

    static final SharingPolicy.Columns FACILITY_COLUMNS = new SharingPolicy.Columns(
            "f.agency_id", "f.country", "f.oversight_scope", "true", "false", "f.id", "facility_partner", "facility_id");

    private static final String FACILITY = """
            SELECT f.id, f.country, f.name, f.region, f.agency_id, f.status, f.design_capacity, f.operational_capacity,
                   f.oversight_scope, COALESCE((SELECT array_agg(p.agency_id) FROM facility_partner p WHERE p.facility_id = f.id), '{}'),
                   f.status_since
            FROM facility f""";

    private final JdbcClient jdbc;

    FacilityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertFacility(Facility f) {
        jdbc.sql("""
                INSERT INTO facility (id, country, name, region, agency_id, status, design_capacity, operational_capacity,
                  oversight_scope, status_since)
                VALUES (?,?,?,?,?,?,?,?,?,?)""")
                .params(f.id(), f.country(), f.name(), f.region(), f.agencyId(), f.status().name(), f.designCapacity(),
                        f.operationalCapacity(), f.oversightScope().name(), f.statusSince())
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
                .query(FacilityRepository::facility).optional();
    }

    Optional<Facility> findFacility(UUID id) {
        return jdbc.sql(FACILITY + " WHERE f.id = ?").param(id).query(FacilityRepository::facility).optional();
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
                .query(FacilityRepository::facility).list();
    }

    private static Facility facility(ResultSet rs, int i) throws SQLException {
        return new Facility(rs.getObject(1, UUID.class), rs.getString(2).strip(), rs.getString(3), rs.getString(4),
                rs.getString(5), FacilityStatus.valueOf(rs.getString(6)), rs.getInt(7), (Integer) rs.getObject(8),
                SharingScope.valueOf(rs.getString(9)), Set.copyOf(Sql.strings(rs.getArray(10))),
                rs.getObject(11, java.time.LocalDate.class));
    }

    /** The facility's status from a day on: what an operation such as a retaking changes. */
    void changeStatus(UUID facilityId, FacilityStatus status, java.time.LocalDate since) {
        jdbc.sql("UPDATE facility SET status = ?, status_since = ? WHERE id = ?").params(status.name(), since, facilityId).update();
    }

    /** The prisoner files of the facility in custody now, in any unit or none. */
    int filesInCustody(UUID facilityId) {
        return jdbc.sql("SELECT count(*) FROM prisoner_file WHERE facility_id = ? AND status = 'IN_CUSTODY'")
                .param(facilityId).query(Integer.class).single();
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
                .query(FacilityRepository::unit).list();
    }

    Optional<Unit> unit(UUID id) {
        return jdbc.sql(UNIT + " WHERE u.id = ?").param(id).query(FacilityRepository::unit).optional();
    }

    private static Unit unit(ResultSet rs, int i) throws SQLException {
        String cell = rs.getString(6);
        return new Unit(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                UnitKind.valueOf(rs.getString(4)), rs.getString(5), cell == null ? null : CellType.valueOf(cell),
                rs.getBigDecimal(7), (Integer) rs.getObject(8), (Integer) rs.getObject(9), rs.getInt(10),
                Sql.instant(rs.getTimestamp(11)));
    }
}
