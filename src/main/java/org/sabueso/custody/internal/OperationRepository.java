package org.sabueso.custody.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.sabueso.custody.CustodyTypes.OperationKind;
import org.sabueso.custody.CustodyViews.Destination;
import org.sabueso.custody.CustodyViews.Operation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for operations (raids, retakings, mass transfers) and the destinations of those transferred. */
@Repository
class OperationRepository {

    private final JdbcClient jdbc;

    OperationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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
}
