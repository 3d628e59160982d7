package org.sabueso.custody.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.custody.CustodyViews.RollCall;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for roll calls and the resolution of their discrepancies. */
@Repository
class RollCallRepository {

    private final JdbcClient jdbc;

    RollCallRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertRollCall(RollCall r, String agency) {
        jdbc.sql("""
                INSERT INTO roll_call (id, facility_id, unit_id, expected, counted, missing, note, counted_by,
                  counted_by_agency, counted_at, resolve_by, resolved_at, resolution)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)""")
                .params(r.id(), r.facilityId(), r.unitId(), r.expected(), r.counted(),
                        r.missingFileIds().toArray(UUID[]::new), r.note(), r.countedBy(), agency,
                        Timestamp.from(r.countedAt()), Sql.ts(r.resolveBy()), Sql.ts(r.resolvedAt()), r.resolution())
                .update();
    }

    private static final String ROLL_CALL = """
            SELECT r.id, r.facility_id, r.unit_id, u.name, r.expected, r.counted, r.missing, r.note, r.counted_by,
                   r.counted_at, r.resolve_by, r.resolved_at, r.resolution, r.incident_id
            FROM roll_call r JOIN facility_unit u ON u.id = r.unit_id""";

    List<RollCall> rollCalls(UUID facilityId, int limit) {
        return jdbc.sql(ROLL_CALL + " WHERE r.facility_id = ? ORDER BY r.counted_at DESC LIMIT ?")
                .params(facilityId, limit).query(RollCallRepository::rollCall).list();
    }

    Optional<RollCall> findRollCall(UUID id) {
        return jdbc.sql(ROLL_CALL + " WHERE r.id = ?").param(id).query(RollCallRepository::rollCall).optional();
    }

    /** Shortfalls past their deadline, locked so that two runs never open the same escape twice. */
    List<RollCall> overdueShortfalls(Instant now) {
        return jdbc.sql(ROLL_CALL + """
                 WHERE r.resolved_at IS NULL AND r.resolve_by IS NOT NULL AND r.resolve_by <= ? AND r.counted < r.expected
                ORDER BY r.counted_at FOR UPDATE OF r SKIP LOCKED""")
                .param(Timestamp.from(now)).query(RollCallRepository::rollCall).list();
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
                rs.getString(4), rs.getInt(5), rs.getInt(6), Sql.uuids(rs.getArray(7)), rs.getString(8), rs.getString(9),
                rs.getTimestamp(10).toInstant(), Sql.instant(rs.getTimestamp(11)), Sql.instant(rs.getTimestamp(12)),
                rs.getString(13), rs.getObject(14, UUID.class));
    }
}
