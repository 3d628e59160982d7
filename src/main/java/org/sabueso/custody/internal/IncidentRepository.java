package org.sabueso.custody.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sabueso.custody.CustodyTypes.IncidentStatus;
import org.sabueso.custody.CustodyTypes.IncidentType;
import org.sabueso.custody.CustodyTypes.Involvement;
import org.sabueso.custody.CustodyTypes.Severity;
import org.sabueso.custody.CustodyViews.Incident;
import org.sabueso.custody.CustodyViews.Involved;
import org.sabueso.person.PersonView;
import org.sabueso.person.Persons;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for incidents and the people involved. A person's name comes from their prisoner file, or
 * else through the person module's API: the person table is that module's, not custody's.
 */
@Repository
class IncidentRepository {

    private final JdbcClient jdbc;
    private final Persons persons;

    IncidentRepository(JdbcClient jdbc, Persons persons) {
        this.jdbc = jdbc;
        this.persons = persons;
    }

    void insertIncident(Incident n) {
        jdbc.sql("""
                INSERT INTO incident (id, facility_id, unit_id, type, severity, status, occurred_at, description,
                  escape_method, case_reference, rule71_due_at, created_by, reported_at)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)""")
                .params(n.id(), n.facilityId(), n.unitId(), n.type().name(), n.severity().name(), n.status().name(),
                        Timestamp.from(n.occurredAt()), n.description(), n.escapeMethod(), n.caseReference(),
                        Sql.ts(n.rule71DueAt()), n.createdBy(), Sql.ts(n.reportedAt()))
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
                rs.getString(11), rs.getString(12), Sql.instant(rs.getTimestamp(13)), Sql.instant(rs.getTimestamp(14)),
                rs.getString(15), rs.getString(16), rs.getTimestamp(17).toInstant(), Sql.instant(rs.getTimestamp(18)),
                Sql.instant(rs.getTimestamp(19)), involved(id));
    }

    /** The people of an incident by role, then name; names not on a file are asked of the person module in one call. */
    private List<Involved> involved(UUID incidentId) {
        List<Involved> rows = jdbc.sql("""
                SELECT ip.file_id, ip.person_id, pf.person_name, ip.role, ip.notice_id
                FROM incident_person ip LEFT JOIN prisoner_file pf ON pf.id = ip.file_id
                WHERE ip.incident_id = ?""").param(incidentId)
                .query((rs, i) -> new Involved(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        Involvement.valueOf(rs.getString(4)), rs.getObject(5, UUID.class))).list();
        Set<UUID> unnamed = rows.stream().filter(p -> p.name() == null).map(Involved::personId).collect(Collectors.toSet());
        Map<UUID, PersonView> named = unnamed.isEmpty() ? Map.of() : persons.getAll(unnamed);
        return rows.stream()
                .filter(p -> p.name() != null || named.containsKey(p.personId()))
                .map(p -> p.name() != null ? p : new Involved(p.fileId(), p.personId(),
                        named.get(p.personId()).writtenName(), p.role(), p.noticeId()))
                .sorted(Comparator.comparing((Involved p) -> p.role().name()).thenComparing(Involved::name))
                .toList();
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

}
