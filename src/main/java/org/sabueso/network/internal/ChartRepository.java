package org.sabueso.network.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.network.Chart;
import org.sabueso.network.GraphFilter;
import org.sabueso.network.LinkType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the charts staff members save for themselves. */
@Repository
class ChartRepository {

    /** The newest charts a list shows: more than anyone keeps in use. */
    private static final int LISTED = 200;

    private final JdbcClient jdbc;

    ChartRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertChart(UUID id, Viewer viewer, String name, List<UUID> nodes, GraphFilter filter) {
        jdbc.sql("""
                INSERT INTO network_chart (id, owner, agency_id, name, node_ids, link_types, since, until)
                VALUES (?,?,?,?,?,?,?,?)""")
                .params(id, viewer.username(), viewer.agencyId(), name, nodes.toArray(UUID[]::new),
                        filter.types().stream().map(Enum::name).sorted().toArray(String[]::new), filter.since(),
                        filter.until())
                .update();
    }

    List<Chart> charts(String owner) {
        return jdbc.sql("SELECT * FROM network_chart WHERE owner = ? ORDER BY created_at DESC, id LIMIT ?")
                .params(owner, LISTED).query(ChartRepository::chart).list();
    }

    Optional<Chart> chart(String owner, UUID id) {
        return jdbc.sql("SELECT * FROM network_chart WHERE owner = ? AND id = ?").params(owner, id)
                .query(ChartRepository::chart).optional();
    }

    private static Chart chart(ResultSet rs, int row) throws SQLException {
        Array nodes = rs.getArray("node_ids");
        List<UUID> ids = List.of((UUID[]) nodes.getArray());
        Set<LinkType> types = new HashSet<>();
        for (String t : Sql.strings(rs.getArray("link_types"))) {
            types.add(LinkType.valueOf(t));
        }
        return new Chart(rs.getObject("id", UUID.class), rs.getString("owner"), rs.getString("name"), ids, types,
                rs.getObject("since", LocalDate.class), rs.getObject("until", LocalDate.class),
                rs.getTimestamp("created_at").toInstant());
    }
}
