package org.sabueso.network.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.network.Confidence;
import org.sabueso.network.LinkType;
import org.sabueso.network.LinkView;
import org.sabueso.network.NewLink;
import org.sabueso.network.NodeRef;
import org.sabueso.network.NodeType;
import org.sabueso.network.Share;
import org.sabueso.shared.PartialDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for links. Every read for a viewer passes through the sharing policy's filter. */
// named: screening has links of its own, and bean names are global
@Repository("networkLinkRepository")
class LinkRepository {

    static final SharingPolicy.Columns LINK_COLUMNS = new SharingPolicy.Columns(
            "l.issuing_agency_id", "l.issuing_country", "l.sharing_scope", "true", "false",
            "l.id", "network_link_partner", "link_id");

    /** Links read a thousand at a time for exports: small enough for memory, few enough round trips. */
    private static final int EXPORT_PAGE = 1000;
    /** The most links of one node a page lists: far above any organisation in the demo or the imports seen. */
    private static final int LINKS_OF_NODE = 5000;

    private static final String LINK_SELECT = """
            SELECT l.*, ARRAY(SELECT agency_id FROM network_link_partner p WHERE p.link_id = l.id) AS partners,
                   coalesce(fp.label, fo.name, fpl.name) AS from_label, coalesce(tp.label, tor.name, tpl.name) AS to_label
            FROM network_link l
            LEFT JOIN network_person fp ON l.from_kind = 'PERSON' AND fp.person_id = l.from_id
            LEFT JOIN organisation fo ON l.from_kind = 'ORGANIZATION' AND fo.id = l.from_id
            LEFT JOIN place fpl ON l.from_kind IN ('PLACE','FACILITY') AND fpl.id = l.from_id
            LEFT JOIN network_person tp ON l.to_kind = 'PERSON' AND tp.person_id = l.to_id
            LEFT JOIN organisation tor ON l.to_kind = 'ORGANIZATION' AND tor.id = l.to_id
            LEFT JOIN place tpl ON l.to_kind IN ('PLACE','FACILITY') AND tpl.id = l.to_id
            """;

    private final JdbcClient jdbc;

    LinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertLink(UUID id, NewLink l, NodeType fromKind, NodeType toKind, Share share, String actor) {
        jdbc.sql("""
                INSERT INTO network_link (id, external_id, type, from_kind, from_id, to_kind, to_id, role, started, ended,
                  start_day, end_day, source, confidence, issuing_agency_id, issuing_country, sharing_scope, created_by)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")
                .params(id, l.externalId(), l.type().name(), fromKind.name(), l.from().id(), toKind.name(), l.to().id(),
                        l.role(), l.started() == null ? null : l.started().toString(),
                        l.ended() == null ? null : l.ended().toString(),
                        l.started() == null ? null : Days.firstDay(l.started()),
                        l.ended() == null ? null : Days.lastDay(l.ended()), l.source(), l.confidence().name(),
                        share.issuingAgencyId(), share.issuingCountry(), share.scope().name(), actor)
                .update();
        for (String p : share.partnerAgencyIds()) {
            jdbc.sql("INSERT INTO network_link_partner (link_id, agency_id) VALUES (?, ?)").params(id, p).update();
        }
    }

    Set<String> linkExternalIds(String agency, Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(jdbc.sql("SELECT external_id FROM network_link WHERE issuing_agency_id = ? AND external_id = ANY(?)")
                .params(agency, externalIds.toArray(String[]::new)).query(String.class).list());
    }

    void deleteLink(UUID id) {
        jdbc.sql("DELETE FROM network_link WHERE id = ?").param(id).update();
    }

    /** Marks a link as the copy of another node's (federation). */
    void markCopy(UUID id, String node) {
        jdbc.sql("UPDATE network_link SET copy_of = ? WHERE id = ?").params(node, id).update();
    }

    /** Whether the link exists, and the node it is a copy of (empty Optional inside when recorded here). */
    Optional<Optional<String>> copyOf(UUID id) {
        return jdbc.sql("SELECT copy_of FROM network_link WHERE id = ?").param(id)
                .query((rs, i) -> Optional.ofNullable(rs.getString(1))).optional();
    }

    /** The links these agencies recorded here, not copies. */
    List<UUID> recordedHere(Collection<String> agencies) {
        return jdbc.sql("SELECT id FROM network_link WHERE copy_of IS NULL AND issuing_agency_id = ANY(?) ORDER BY id")
                .param(agencies.toArray(String[]::new)).query(UUID.class).list();
    }

    /** A link regardless of viewer (callers apply the sharing policy). */
    Optional<LinkView> link(UUID id) {
        return jdbc.sql(LINK_SELECT + " WHERE l.id = ?").param(id).query(LinkRepository::link).optional();
    }

    /** Links regardless of viewer, for the in-memory graph (which applies the policy per query). */
    List<LinkView> links(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(LINK_SELECT + " WHERE l.id = ANY(?)").param(ids.toArray(UUID[]::new))
                .query(LinkRepository::link).list();
    }

    List<LinkView> visibleLinksOf(Viewer viewer, UUID node, Set<LinkType> types) {
        SharingPolicy.SqlFilter visible = SharingPolicy.sqlFilter(viewer, LINK_COLUMNS);
        List<Object> params = new ArrayList<>();
        params.add(node);
        params.add(node);
        StringBuilder where = new StringBuilder(" WHERE (l.from_id = ? OR l.to_id = ?)");
        if (!types.isEmpty()) {
            where.append(" AND l.type = ANY(?)");
            params.add(types.stream().map(Enum::name).toArray(String[]::new));
        }
        where.append(" AND ").append(visible.condition());
        params.addAll(visible.params());
        params.add(LINKS_OF_NODE);
        return jdbc.sql(LINK_SELECT + where + " ORDER BY l.type, l.role, from_label, to_label, l.id LIMIT ?")
                .params(params).query(LinkRepository::link).list();
    }

    void forEachVisibleLink(Viewer viewer, Consumer<LinkView> action) {
        SharingPolicy.SqlFilter visible = SharingPolicy.sqlFilter(viewer, LINK_COLUMNS);
        UUID after = new UUID(0, 0);
        while (true) {
            List<Object> params = new ArrayList<>();
            params.add(after);
            params.addAll(visible.params());
            params.add(EXPORT_PAGE);
            List<LinkView> page = jdbc.sql(LINK_SELECT + " WHERE l.id > ? AND " + visible.condition() + " ORDER BY l.id LIMIT ?")
                    .params(params).query(LinkRepository::link).list();
            page.forEach(action);
            if (page.size() < EXPORT_PAGE) {
                return;
            }
            after = page.getLast().id();
        }
    }

    private static LinkView link(ResultSet rs, int row) throws SQLException {
        String started = rs.getString("started");
        String ended = rs.getString("ended");
        Timestamp created = rs.getTimestamp("created_at");
        return new LinkView(rs.getObject("id", UUID.class), LinkType.valueOf(rs.getString("type")),
                new NodeRef(NodeType.valueOf(rs.getString("from_kind")), rs.getObject("from_id", UUID.class)),
                rs.getString("from_label"),
                new NodeRef(NodeType.valueOf(rs.getString("to_kind")), rs.getObject("to_id", UUID.class)),
                rs.getString("to_label"), rs.getString("role"),
                started == null ? null : PartialDate.parse(started), ended == null ? null : PartialDate.parse(ended),
                rs.getString("source"), Confidence.valueOf(rs.getString("confidence")), rs.getString("issuing_agency_id"),
                rs.getString("issuing_country").strip(), SharingScope.valueOf(rs.getString("sharing_scope")),
                new HashSet<>(Arrays.asList(Sql.strings(rs.getArray("partners")))), rs.getString("external_id"),
                rs.getString("created_by"), created == null ? null : created.toInstant());
    }
}
