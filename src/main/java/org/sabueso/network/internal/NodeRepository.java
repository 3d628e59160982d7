package org.sabueso.network.internal;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.Viewer;
import org.sabueso.network.GraphView;
import org.sabueso.network.NodeRef;
import org.sabueso.network.NodeType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL about nodes whatever their table: the copy of a person's name the network keeps for its
 * labels, the kind of an organisation or place, nodes by an import's ids, and the name search.
 */
@Repository
class NodeRepository {

    private final JdbcClient jdbc;

    NodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the person's written name for labels (the person module owns the person). */
    void rememberPerson(UUID personId, String label) {
        jdbc.sql("""
                INSERT INTO network_person (person_id, label) VALUES (?, ?)
                ON CONFLICT (person_id) DO UPDATE SET label = excluded.label""").params(personId, label).update();
    }

    /** The kind of an existing organisation, place or facility, or empty (persons are the person module's). */
    Optional<NodeType> kindOf(NodeRef ref) {
        String sql = switch (ref.type()) {
            case PERSON -> throw new IllegalArgumentException("persons are checked with the person module");
            case ORGANIZATION -> "SELECT 'ORGANIZATION' FROM organisation WHERE id = ?";
            case PLACE, FACILITY -> "SELECT kind FROM place WHERE id = ?";
        };
        return jdbc.sql(sql).param(ref.id()).query(String.class).optional().map(NodeType::valueOf);
    }

    Map<String, NodeRef> nodesByExternalId(String agency, Collection<String> externalIds) {
        Map<String, NodeRef> out = new HashMap<>();
        if (externalIds.isEmpty()) {
            return out;
        }
        String[] ids = externalIds.toArray(String[]::new);
        jdbc.sql("""
                SELECT external_id, id, 'ORGANIZATION' AS kind FROM organisation WHERE asserted_by = ? AND external_id = ANY(?)
                UNION ALL
                SELECT external_id, id, kind FROM place WHERE asserted_by = ? AND external_id = ANY(?)""")
                .params(agency, ids, agency, ids)
                .query((ResultSet rs) -> {
                    out.put(rs.getString(1), new NodeRef(NodeType.valueOf(rs.getString(3)), rs.getObject(2, UUID.class)));
                });
        return out;
    }

    /** Persons, organisations and places whose name contains the text; persons only if some visible link touches them. */
    List<GraphView.Node> findNodes(Viewer viewer, String text, int limit) {
        String like = Sql.contains(text);
        SharingPolicy.SqlFilter visible = SharingPolicy.sqlFilter(viewer, LinkRepository.LINK_COLUMNS);
        List<Object> params = new ArrayList<>();
        params.add(like);
        params.addAll(visible.params());
        params.add(like);
        params.add(like);
        params.add(limit);
        return jdbc.sql("""
                SELECT * FROM (
                  SELECT np.person_id AS id, 'PERSON' AS kind, np.label FROM network_person np
                  WHERE lower(unaccent(np.label)) LIKE ? ESCAPE '\\'
                    AND EXISTS (SELECT 1 FROM network_link l WHERE (l.from_id = np.person_id OR l.to_id = np.person_id)
                                AND %s)
                  UNION ALL
                  SELECT id, 'ORGANIZATION', name FROM organisation
                  WHERE lower(unaccent(name || ' ' || array_to_string(aliases, ' '))) LIKE ? ESCAPE '\\'
                  UNION ALL
                  SELECT id, kind, name FROM place WHERE lower(unaccent(name)) LIKE ? ESCAPE '\\'
                ) n ORDER BY kind <> 'ORGANIZATION', label LIMIT ?""".formatted(visible.condition()))
                .params(params)
                .query((rs, i) -> new GraphView.Node(rs.getObject(1, UUID.class), NodeType.valueOf(rs.getString(2)),
                        rs.getString(3)))
                .list();
    }
}
