package org.sabueso.screening.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.screening.LinkStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of links between notices ({@code notice_link}). */
@Repository
class LinkRepository {

    /** The queue shows the newest; older proposals wait behind the ones decided first. */
    static final int QUEUE_LIMIT = 200;

    private static final String COLUMNS = """
            id, notice_a, notice_b, agency_a, agency_b, score, explanation, status, decided_by, decided_at, created_at,
            explanation_items::text AS explanation_items""";

    private final JdbcClient jdbc;
    private final Clock clock;

    LinkRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A link as stored: the two notices in PostgreSQL's uuid order, their agencies, score and why. */
    record Row(UUID id, UUID noticeA, UUID noticeB, String agencyA, String agencyB, double score,
               String explanation, LinkStatus status, String decidedBy, Instant decidedAt, Instant createdAt,
               List<org.sabueso.screening.Explanation> items) {
    }

    /** A proposal before it is written: the pair in PostgreSQL's order ({@code a < b}). */
    record Proposal(UUID a, UUID b, String agencyA, String agencyB, double score, String explanation,
                    List<org.sabueso.screening.Explanation> items) {
    }

    /**
     * Writes each proposal unless the pair is already linked (proposed or decided). The caller
     * hands them sorted by pair, so transactions writing at once never wait on each other's rows
     * in opposite orders.
     */
    List<UUID> propose(List<Proposal> proposals) {
        List<UUID> made = new ArrayList<>();
        for (Proposal p : proposals) {
            made.addAll(jdbc.sql("""
                    INSERT INTO notice_link (id, notice_a, notice_b, agency_a, agency_b, score, explanation,
                      explanation_items, status)
                    VALUES (?,?,?,?,?,?,?, ?::jsonb, 'PROPOSED') ON CONFLICT (notice_a, notice_b) DO NOTHING RETURNING id""")
                    .params(UUID.randomUUID(), p.a(), p.b(), p.agencyA(), p.agencyB(), p.score(), p.explanation(),
                            ExplanationItems.json(p.items())).query(UUID.class).list());
        }
        return made;
    }

    /** The link between two notices, whichever node proposed it. */
    Optional<Row> pair(UUID a, UUID b) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notice_link WHERE notice_a = ? AND notice_b = ?").params(a, b)
                .query(LinkRepository::map).optional();
    }

    /** A link that arrived from the other notice's node, as it stands there (proposed or decided). */
    void insertReceived(UUID id, Proposal p, LinkStatus status, String decidedBy, Instant decidedAt) {
        jdbc.sql("""
                INSERT INTO notice_link (id, notice_a, notice_b, agency_a, agency_b, score, explanation,
                  explanation_items, status, decided_by, decided_at)
                VALUES (?,?,?,?,?,?,?, ?::jsonb, ?,?,?) ON CONFLICT (notice_a, notice_b) DO NOTHING""")
                .params(id, p.a(), p.b(), p.agencyA(), p.agencyB(), p.score(), p.explanation(),
                        ExplanationItems.json(p.items()), status.name(), decidedBy,
                        decidedAt == null ? null : Timestamp.from(decidedAt)).update();
    }

    /** A decision taken on the other notice's node, if the pair is still PROPOSED here; true when it was. */
    boolean decideReceived(UUID a, UUID b, LinkStatus status, String decidedBy, Instant decidedAt) {
        return jdbc.sql("""
                UPDATE notice_link SET status = ?, decided_by = ?, decided_at = ?
                WHERE notice_a = ? AND notice_b = ? AND status = 'PROPOSED'""")
                .params(status.name(), decidedBy, Timestamp.from(decidedAt), a, b).update() == 1;
    }

    /** Links with this status involving the agency, newest first. */
    List<Row> involving(String agencyId, LinkStatus status) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notice_link WHERE (agency_a = ? OR agency_b = ?) AND status = ?"
                        + " ORDER BY created_at DESC LIMIT " + QUEUE_LIMIT)
                .params(agencyId, agencyId, status.name())
                .query(LinkRepository::map).list();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notice_link WHERE id = ?").param(id)
                .query(LinkRepository::map).optional();
    }

    /** Records the decision if the link is still PROPOSED. */
    void decide(UUID id, LinkStatus status, String decidedBy) {
        jdbc.sql("UPDATE notice_link SET status = ?, decided_by = ?, decided_at = ? WHERE id = ? AND status = 'PROPOSED'")
                .params(status.name(), decidedBy, Timestamp.from(clock.instant()), id)
                .update();
    }

    /** The accepted links of a notice, at either end. */
    List<Row> acceptedOf(UUID noticeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notice_link WHERE (notice_a = ? OR notice_b = ?) AND status = 'ACCEPTED'")
                .params(noticeId, noticeId).query(LinkRepository::map).list();
    }

    private static Row map(ResultSet rs, int i) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("notice_a", UUID.class),
                rs.getObject("notice_b", UUID.class), rs.getString("agency_a"), rs.getString("agency_b"),
                rs.getDouble("score"), rs.getString("explanation"), LinkStatus.valueOf(rs.getString("status")),
                rs.getString("decided_by"), decided == null ? null : decided.toInstant(),
                rs.getTimestamp("created_at").toInstant(), ExplanationItems.read(rs.getString("explanation_items")));
    }
}
