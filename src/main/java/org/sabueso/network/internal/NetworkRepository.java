package org.sabueso.network.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.network.Chart;
import org.sabueso.network.Confidence;
import org.sabueso.network.Designation;
import org.sabueso.network.EventKind;
import org.sabueso.network.GraphFilter;
import org.sabueso.network.GraphView;
import org.sabueso.network.LinkType;
import org.sabueso.network.LinkView;
import org.sabueso.network.NodeRef;
import org.sabueso.network.NodeType;
import org.sabueso.network.OrganisationKind;
import org.sabueso.network.OrganisationSummary;
import org.sabueso.network.PlaceView;
import org.sabueso.network.Share;
import org.sabueso.network.TimelineEntry;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.Page;
import org.sabueso.shared.PartialDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the network tables. Every read of links and events passes through the sharing policy's filter. */
@Repository
class NetworkRepository {

    static final SharingPolicy.Columns LINK_COLUMNS = new SharingPolicy.Columns(
            "l.issuing_agency_id", "l.issuing_country", "l.sharing_scope", "true", "false",
            "l.id", "network_link_partner", "link_id");

    static final SharingPolicy.Columns EVENT_COLUMNS = new SharingPolicy.Columns(
            "e.issuing_agency_id", "e.issuing_country", "e.sharing_scope", "true", "false",
            "e.id", "network_event_partner", "event_id");

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

    NetworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- persons (a copy of the name)

    void rememberPerson(UUID personId, String label) {
        jdbc.sql("""
                INSERT INTO network_person (person_id, label) VALUES (?, ?)
                ON CONFLICT (person_id) DO UPDATE SET label = excluded.label""").params(personId, label).update();
    }

    // ---------------------------------------------------------------- organisations

    void insertOrganisation(UUID id, org.sabueso.network.NewOrganisation o, String agency, String actor) {
        jdbc.sql("""
                INSERT INTO organisation (id, external_id, name, aliases, kind, founded, countries, activities, summary,
                  asserted_by, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)""")
                .params(id, o.externalId(), o.name(), o.aliases().toArray(String[]::new), o.kind().name(),
                        o.founded() == null ? null : o.founded().toString(),
                        o.countries().stream().map(CountryCode::value).sorted().toArray(String[]::new),
                        o.activities().toArray(String[]::new), o.summary(), agency, actor)
                .update();
    }

    Optional<OrganisationSummary> organisation(UUID id) {
        return jdbc.sql("SELECT * FROM organisation WHERE id = ?").param(id).query(NetworkRepository::organisation)
                .optional();
    }

    Page<OrganisationSummary> searchOrganisations(String text, int page, int size) {
        String where = "";
        List<Object> params = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            where = " WHERE lower(unaccent(name || ' ' || array_to_string(aliases, ' '))) LIKE ? ESCAPE '\\'";
            params.add("%" + likeEscape(unaccentLower(text.strip())) + "%");
        }
        long total = jdbc.sql("SELECT count(*) FROM organisation" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<OrganisationSummary> items = jdbc.sql("SELECT * FROM organisation" + where + " ORDER BY name, id LIMIT ? OFFSET ?")
                .params(pageParams).query(NetworkRepository::organisation).list();
        return new Page<>(items, total, page, size);
    }

    void forEachOrganisation(Consumer<OrganisationSummary> action) {
        jdbc.sql("SELECT * FROM organisation ORDER BY created_at, id").query(NetworkRepository::organisation).stream()
                .forEach(action);
    }

    private static OrganisationSummary organisation(ResultSet rs, int row) throws SQLException {
        Set<CountryCode> countries = new LinkedHashSet<>();
        for (String c : strings(rs.getArray("countries"))) {
            countries.add(new CountryCode(c.strip()));
        }
        String founded = rs.getString("founded");
        return new OrganisationSummary(rs.getObject("id", UUID.class), rs.getString("name"),
                List.of(strings(rs.getArray("aliases"))), OrganisationKind.valueOf(rs.getString("kind")),
                founded == null ? null : PartialDate.parse(founded), countries, List.of(strings(rs.getArray("activities"))),
                rs.getString("summary"), rs.getString("external_id"), rs.getString("asserted_by"));
    }

    void insertDesignation(UUID id, UUID organisationId, org.sabueso.network.NewDesignation d, String actor) {
        jdbc.sql("""
                INSERT INTO designation (id, organisation_id, authority, program, designated_on, source, created_by)
                VALUES (?,?,?,?,?,?,?)""")
                .params(id, organisationId, d.authority(), d.program(), d.designatedOn(), d.source(), actor).update();
    }

    List<Designation> designations(UUID organisationId) {
        return jdbc.sql("SELECT * FROM designation WHERE organisation_id = ? ORDER BY designated_on, id")
                .param(organisationId)
                .query((rs, i) -> new Designation(rs.getObject("id", UUID.class), organisationId, rs.getString("authority"),
                        rs.getString("program"), rs.getObject("designated_on", LocalDate.class), rs.getString("source")))
                .list();
    }

    // ---------------------------------------------------------------- places

    void insertPlace(UUID id, org.sabueso.network.NewPlace p, String agency, String actor) {
        jdbc.sql("""
                INSERT INTO place (id, external_id, name, kind, country, locality, address, asserted_by, created_by)
                VALUES (?,?,?,?,?,?,?,?,?)""")
                .params(id, p.externalId(), p.name(), p.kind().name(), p.country() == null ? null : p.country().value(),
                        p.locality(), p.address(), agency, actor)
                .update();
    }

    Optional<PlaceView> place(UUID id) {
        return jdbc.sql("SELECT * FROM place WHERE id = ?").param(id).query(NetworkRepository::place).optional();
    }

    void forEachPlace(Consumer<PlaceView> action) {
        jdbc.sql("SELECT * FROM place ORDER BY created_at, id").query(NetworkRepository::place).stream().forEach(action);
    }

    private static PlaceView place(ResultSet rs, int row) throws SQLException {
        String country = rs.getString("country");
        return new PlaceView(rs.getObject("id", UUID.class), rs.getString("name"), NodeType.valueOf(rs.getString("kind")),
                country == null ? null : new CountryCode(country.strip()), rs.getString("locality"),
                rs.getString("address"), rs.getString("external_id"));
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
        String like = "%" + likeEscape(unaccentLower(text.strip())) + "%";
        SharingPolicy.SqlFilter visible = SharingPolicy.sqlFilter(viewer, LINK_COLUMNS);
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

    // ---------------------------------------------------------------- links

    void insertLink(UUID id, org.sabueso.network.NewLink l, NodeType fromKind, NodeType toKind, Share share, String actor) {
        jdbc.sql("""
                INSERT INTO network_link (id, external_id, type, from_kind, from_id, to_kind, to_id, role, started, ended,
                  start_day, end_day, source, confidence, issuing_agency_id, issuing_country, sharing_scope, created_by)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")
                .params(id, l.externalId(), l.type().name(), fromKind.name(), l.from().id(), toKind.name(), l.to().id(),
                        l.role(), l.started() == null ? null : l.started().toString(),
                        l.ended() == null ? null : l.ended().toString(),
                        l.started() == null ? null : GraphIndex.firstDay(l.started()),
                        l.ended() == null ? null : GraphIndex.lastDay(l.ended()), l.source(), l.confidence().name(),
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

    /** A link regardless of viewer (callers apply the sharing policy). */
    Optional<LinkView> link(UUID id) {
        return jdbc.sql(LINK_SELECT + " WHERE l.id = ?").param(id).query(NetworkRepository::link).optional();
    }

    List<LinkView> links(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(LINK_SELECT + " WHERE l.id = ANY(?)").param(ids.toArray(UUID[]::new))
                .query(NetworkRepository::link).list();
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
        return jdbc.sql(LINK_SELECT + where + " ORDER BY l.type, l.role, from_label, to_label, l.id LIMIT 5000")
                .params(params).query(NetworkRepository::link).list();
    }

    void forEachVisibleLink(Viewer viewer, Consumer<LinkView> action) {
        SharingPolicy.SqlFilter visible = SharingPolicy.sqlFilter(viewer, LINK_COLUMNS);
        UUID after = new UUID(0, 0);
        while (true) {
            List<Object> params = new ArrayList<>();
            params.add(after);
            params.addAll(visible.params());
            params.add(1000);
            List<LinkView> page = jdbc.sql(LINK_SELECT + " WHERE l.id > ? AND " + visible.condition() + " ORDER BY l.id LIMIT ?")
                    .params(params).query(NetworkRepository::link).list();
            page.forEach(action);
            if (page.size() < 1000) {
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
                new HashSet<>(Arrays.asList(strings(rs.getArray("partners")))), rs.getString("external_id"),
                rs.getString("created_by"), created == null ? null : created.toInstant());
    }

    // ---------------------------------------------------------------- events

    /** Inserts an event; false when one with the same origin and reference exists. */
    boolean insertEvent(UUID id, PartialDate occurred, EventKind kind, String title, String description, String source,
                        String origin, String originRef, List<NodeRef> subjects, Share share, String actor) {
        int n = jdbc.sql("""
                INSERT INTO network_event (id, occurred, occurred_day, kind, title, description, source, origin, origin_ref,
                  issuing_agency_id, issuing_country, sharing_scope, created_by)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
                ON CONFLICT (origin, origin_ref) WHERE origin_ref IS NOT NULL DO NOTHING""")
                .params(id, occurred.toString(), GraphIndex.firstDay(occurred), kind.name(), title, description, source,
                        origin, originRef, share.issuingAgencyId(), share.issuingCountry(), share.scope().name(), actor)
                .update();
        if (n == 0) {
            return false;
        }
        for (NodeRef s : new LinkedHashSet<>(subjects)) {
            jdbc.sql("INSERT INTO network_event_subject (event_id, node_kind, node_id) VALUES (?,?,?) ON CONFLICT DO NOTHING")
                    .params(id, s.type().name(), s.id()).update();
        }
        for (String p : share.partnerAgencyIds()) {
            jdbc.sql("INSERT INTO network_event_partner (event_id, agency_id) VALUES (?, ?)").params(id, p).update();
        }
        return true;
    }

    List<TimelineEntry> visibleEvents(Viewer viewer, Collection<UUID> nodes, int limit) {
        if (nodes.isEmpty()) {
            return List.of();
        }
        SharingPolicy.SqlFilter visible = SharingPolicy.sqlFilter(viewer, EVENT_COLUMNS);
        List<Object> params = new ArrayList<>();
        params.add(nodes.toArray(UUID[]::new));
        params.addAll(visible.params());
        params.add(limit);
        List<TimelineEntry> entries = jdbc.sql("""
                SELECT e.*, ARRAY(SELECT agency_id FROM network_event_partner p WHERE p.event_id = e.id) AS partners
                FROM network_event e
                WHERE EXISTS (SELECT 1 FROM network_event_subject s WHERE s.event_id = e.id AND s.node_id = ANY(?))
                  AND %s
                ORDER BY e.occurred_day, e.created_at, e.id LIMIT ?""".formatted(visible.condition()))
                .params(params)
                .query((rs, i) -> new TimelineEntry(rs.getObject("id", UUID.class), PartialDate.parse(rs.getString("occurred")),
                        rs.getObject("occurred_day", LocalDate.class), EventKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getString("description"), rs.getString("source"), rs.getString("origin"),
                        List.of(), rs.getString("issuing_agency_id"), rs.getString("issuing_country").strip(),
                        SharingScope.valueOf(rs.getString("sharing_scope")),
                        new HashSet<>(Arrays.asList(strings(rs.getArray("partners"))))))
                .list();
        if (entries.isEmpty()) {
            return entries;
        }
        Map<UUID, List<TimelineEntry.Subject>> subjects = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT s.event_id, s.node_kind, s.node_id, coalesce(np.label, o.name, pl.name) AS label
                FROM network_event_subject s
                LEFT JOIN network_person np ON s.node_kind = 'PERSON' AND np.person_id = s.node_id
                LEFT JOIN organisation o ON s.node_kind = 'ORGANIZATION' AND o.id = s.node_id
                LEFT JOIN place pl ON s.node_kind IN ('PLACE','FACILITY') AND pl.id = s.node_id
                WHERE s.event_id = ANY(?)""")
                .param(entries.stream().map(TimelineEntry::id).toArray(UUID[]::new))
                .query((ResultSet rs) -> {
                    subjects.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new TimelineEntry.Subject(new NodeRef(NodeType.valueOf(rs.getString(2)),
                                    rs.getObject(3, UUID.class)), rs.getString(4)));
                });
        return entries.stream().map(e -> new TimelineEntry(e.id(), e.occurred(), e.day(), e.kind(), e.title(),
                e.description(), e.source(), e.origin(), subjects.getOrDefault(e.id(), List.of()), e.issuingAgencyId(),
                e.issuingCountry(), e.sharingScope(), e.partnerAgencyIds())).toList();
    }

    // ---------------------------------------------------------------- charts

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
        return jdbc.sql("SELECT * FROM network_chart WHERE owner = ? ORDER BY created_at DESC, id LIMIT 200")
                .param(owner).query(NetworkRepository::chart).list();
    }

    Optional<Chart> chart(String owner, UUID id) {
        return jdbc.sql("SELECT * FROM network_chart WHERE owner = ? AND id = ?").params(owner, id)
                .query(NetworkRepository::chart).optional();
    }

    private static Chart chart(ResultSet rs, int row) throws SQLException {
        Array nodes = rs.getArray("node_ids");
        List<UUID> ids = List.of((UUID[]) nodes.getArray());
        Set<LinkType> types = new HashSet<>();
        for (String t : strings(rs.getArray("link_types"))) {
            types.add(LinkType.valueOf(t));
        }
        return new Chart(rs.getObject("id", UUID.class), rs.getString("owner"), rs.getString("name"), ids, types,
                rs.getObject("since", LocalDate.class), rs.getObject("until", LocalDate.class),
                rs.getTimestamp("created_at").toInstant());
    }

    // ---------------------------------------------------------------- helpers

    private static String[] strings(Array a) throws SQLException {
        if (a == null) {
            return new String[0];
        }
        Object[] values = (Object[]) a.getArray();
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = String.valueOf(values[i]);
        }
        return out;
    }

    static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Lower case without accents, as PostgreSQL's unaccent(lower()) writes the column side. */
    static String unaccentLower(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
    }
}
