package org.sabueso.network.internal;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.network.EventKind;
import org.sabueso.network.NodeRef;
import org.sabueso.network.NodeType;
import org.sabueso.network.Share;
import org.sabueso.network.TimelineEntry;
import org.sabueso.shared.PartialDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the timeline's events and their subjects. Every read passes through the sharing policy's filter. */
@Repository
class TimelineRepository {

    static final SharingPolicy.Columns EVENT_COLUMNS = new SharingPolicy.Columns(
            "e.issuing_agency_id", "e.issuing_country", "e.sharing_scope", "true", "false",
            "e.id", "network_event_partner", "event_id");

    private final JdbcClient jdbc;

    TimelineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts an event; false when one with the same origin and reference exists. */
    boolean insertEvent(UUID id, PartialDate occurred, EventKind kind, String title, String description, String source,
                        String origin, String originRef, List<NodeRef> subjects, Share share, String actor) {
        int n = jdbc.sql("""
                INSERT INTO network_event (id, occurred, occurred_day, kind, title, description, source, origin, origin_ref,
                  issuing_agency_id, issuing_country, sharing_scope, created_by)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
                ON CONFLICT (origin, origin_ref) WHERE origin_ref IS NOT NULL DO NOTHING""")
                .params(id, occurred.toString(), Days.firstDay(occurred), kind.name(), title, description, source,
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
                        new HashSet<>(Arrays.asList(Sql.strings(rs.getArray("partners"))))))
                .list();
        if (entries.isEmpty()) {
            return entries;
        }
        Map<UUID, List<TimelineEntry.Subject>> subjects = subjectsOf(entries);
        return entries.stream().map(e -> new TimelineEntry(e.id(), e.occurred(), e.day(), e.kind(), e.title(),
                e.description(), e.source(), e.origin(), subjects.getOrDefault(e.id(), List.of()), e.issuingAgencyId(),
                e.issuingCountry(), e.sharingScope(), e.partnerAgencyIds())).toList();
    }

    private Map<UUID, List<TimelineEntry.Subject>> subjectsOf(List<TimelineEntry> entries) {
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
        return subjects;
    }
}
