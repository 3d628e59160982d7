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

import org.sabueso.screening.HitAction;
import org.sabueso.screening.HitKind;
import org.sabueso.screening.HitStatus;
import org.sabueso.screening.HitView;
import org.sabueso.shared.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of hits ({@code screening_hit}) and of remembered rejections ({@code screening_rejection}). */
@Repository
class HitRepository {

    /** A page of the inbox or the sent box: as many as the console shows at once. */
    static final int PAGE_SIZE = 25;

    private static final String COLUMNS = """
            id, screening_id, notice_id, person_id, issuing_agency_id, screened_by, screened_by_agency, purpose,
            query_name, query_birth_date, subject_name, score, explanation, status, deadline, action, answer_note,
            answered_by, answered_at, created_at, explanation_items::text AS explanation_items, kind, screened_at, place,
            awaiting_node""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    HitRepository(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /** The issuing agency said this person (by identity key) is not the subject of this notice. */
    record Rejection(UUID noticeId, String identityKey, List<String> documents, Instant at) {
    }

    record OpenCount(long open, long overdue) {
    }

    /** A hit to insert, OPEN. */
    record NewHit(UUID id, HitService.Opening opening, Instant deadline, Instant createdAt, Instant screenedAt) {
    }

    /** The rejections recorded for any of these (notice, identity key) pairs, in one query. */
    List<Rejection> rejections(List<UUID> notices, List<String> identityKeys) {
        return jdbc.sql("""
                        SELECT r.notice_id, r.identity_key, r.documents, r.rejected_at
                        FROM screening_rejection r
                        JOIN unnest(?::uuid[], ?::text[]) AS asked(notice_id, identity_key)
                          ON r.notice_id = asked.notice_id AND r.identity_key = asked.identity_key""")
                .params(notices.toArray(UUID[]::new), identityKeys.toArray(String[]::new))
                .query((rs, i) -> new Rejection(rs.getObject(1, UUID.class), rs.getString(2),
                        List.of((String[]) rs.getArray(3).getArray()), rs.getTimestamp(4).toInstant()))
                .list();
    }

    /**
     * One batch for all: the hit writer hands in the MATCHes of many screenings at once. Which
     * were inserted: a REMATCH of a (screening, notice) pair is inserted once.
     */
    boolean[] insert(List<NewHit> hits) {
        boolean[] inserted = new boolean[hits.size()];
        List<Object[]> rows = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            NewHit h = hits.get(i);
            HitService.Opening o = h.opening();
            Object[] row = {h.id(), o.asked().screeningId(), o.entry().noticeId(), o.entry().personId(),
                    o.entry().issuingAgencyId(), o.viewer().username(), o.viewer().agencyId(), o.asked().purpose(),
                    o.asked().name(), o.asked().birthDate(), o.asked().documents().toArray(String[]::new),
                    o.entry().displayName(), o.score(), o.explanation(), ExplanationItems.json(o.items()),
                    Timestamp.from(h.deadline()), Timestamp.from(h.createdAt()), o.kind().name(),
                    Timestamp.from(h.screenedAt()), o.asked().place()};
            if (o.kind() == HitKind.REMATCH) {
                // one by one: a rewritten batch does not say which rows the conflict skipped, and rematches are few
                inserted[i] = jdbc.sql(INSERT + " ON CONFLICT DO NOTHING").params(row).update() > 0;
            } else {
                rows.add(row);
                inserted[i] = true;
            }
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate(INSERT, rows);
        }
        return inserted;
    }

    private static final String INSERT = """
            INSERT INTO screening_hit (id, screening_id, notice_id, person_id, issuing_agency_id, screened_by,
              screened_by_agency, purpose, query_name, query_birth_date, query_documents, subject_name, score,
              explanation, explanation_items, status, deadline, created_at, kind, screened_at, place)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?, ?::jsonb, 'OPEN', ?, ?, ?, ?, ?)""";

    /** Hits on the agency's notices, newest first; {@code status} null for all. */
    Page<HitView> issuedTo(String agencyId, HitStatus status, int page) {
        String where = " WHERE issuing_agency_id = ?" + (status == null ? "" : " AND status = ?");
        List<Object> params = new ArrayList<>(List.of(agencyId));
        if (status != null) {
            params.add(status.name());
        }
        return page(where, params, page);
    }

    /** Hits the agency's officers opened by screening, newest first. */
    Page<HitView> screenedBy(String agencyId, int page) {
        return page(" WHERE screened_by_agency = ?", List.of(agencyId), page);
    }

    private Page<HitView> page(String where, List<Object> params, int page) {
        long total = jdbc.sql("SELECT count(*) FROM screening_hit" + where).params(params).query(Long.class).single();
        List<Object> p = new ArrayList<>(params);
        p.add(PAGE_SIZE);
        p.add((long) page * PAGE_SIZE);
        List<HitView> items = jdbc.sql("SELECT " + COLUMNS + " FROM screening_hit" + where
                + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?").params(p).query(this::map).list();
        return new Page<>(items, total, page, PAGE_SIZE);
    }

    Optional<HitView> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM screening_hit WHERE id = ?").param(id).query(this::map).optional();
    }

    /** A screening's hits, best first. */
    List<HitView> ofScreening(UUID screeningId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM screening_hit WHERE screening_id = ? ORDER BY score DESC, id")
                .param(screeningId).query(this::map).list();
    }

    /** Records the answer if the hit is still OPEN; false when someone answered it meanwhile. */
    boolean answer(UUID id, HitStatus status, HitAction action, String note, String answeredBy) {
        return jdbc.sql("""
                        UPDATE screening_hit SET status = ?, action = ?, answer_note = ?, answered_by = ?, answered_at = ?
                        WHERE id = ? AND status = 'OPEN'""")
                .params(status.name(), action == null ? null : action.name(), note, answeredBy,
                        Timestamp.from(clock.instant()), id)
                .update() > 0;
    }

    /** The document numbers the screening showed (not part of {@link HitView}: the officer's traveller's). */
    List<String> documentsShown(UUID hitId) {
        return jdbc.sql("SELECT query_documents FROM screening_hit WHERE id = ?").param(hitId)
                .query((rs, i) -> List.of((String[]) rs.getArray(1).getArray())).single();
    }

    /**
     * The issuing agency said the person this hit screened is not the notice's subject: remembered
     * with the document numbers shown then, so the same person does not alert again without a new one.
     */
    void rememberRejectionOf(HitView hit, String rejectedBy) {
        List<String> documents = documentsShown(hit.id());
        HitService.Asked asked = new HitService.Asked(hit.screeningId(), hit.queryName(), hit.queryBirthDate(),
                documents, hit.purpose());
        rememberRejection(hit.noticeId(), asked.identityKey(), documents, hit.id(), rejectedBy);
    }

    /** The latest rejection of a (notice, identity) pair replaces an earlier one, with the documents shown then. */
    void rememberRejection(UUID noticeId, String identityKey, List<String> documents, UUID hitId, String rejectedBy) {
        jdbc.sql("""
                INSERT INTO screening_rejection (notice_id, identity_key, documents, hit_id, rejected_by) VALUES (?,?,?,?,?)
                ON CONFLICT (notice_id, identity_key) DO UPDATE SET documents = excluded.documents, hit_id = excluded.hit_id,
                  rejected_by = excluded.rejected_by, rejected_at = now()""")
                .params(noticeId, identityKey, documents.toArray(String[]::new), hitId, rejectedBy)
                .update();
    }

    /** Open hits on the agency's notices past their deadline. */
    long overdue(String agencyId) {
        return jdbc.sql("SELECT count(*) FROM screening_hit WHERE issuing_agency_id = ? AND status = 'OPEN' AND deadline < ?")
                .params(agencyId, Timestamp.from(clock.instant())).query(Long.class).single();
    }

    /** Open hits on the agency's notices, and how many of them are past their deadline: one indexed count. */
    OpenCount openAndOverdue(String agencyId) {
        return jdbc.sql("""
                        SELECT count(*), count(*) FILTER (WHERE deadline < ?) FROM screening_hit
                        WHERE issuing_agency_id = ? AND status = 'OPEN'""")
                .params(Timestamp.from(clock.instant()), agencyId)
                .query((rs, i) -> new OpenCount(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    private HitView map(ResultSet rs, int i) throws SQLException {
        Instant deadlineAt = rs.getTimestamp("deadline").toInstant();
        HitStatus status = HitStatus.valueOf(rs.getString("status"));
        String action = rs.getString("action");
        Timestamp answered = rs.getTimestamp("answered_at");
        return new HitView(rs.getObject("id", UUID.class), rs.getObject("screening_id", UUID.class),
                rs.getObject("notice_id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("issuing_agency_id"), rs.getString("screened_by"), rs.getString("screened_by_agency"),
                rs.getString("purpose"), rs.getString("query_name"), rs.getString("query_birth_date"),
                rs.getString("subject_name"), rs.getDouble("score"), rs.getString("explanation"), status, deadlineAt,
                status == HitStatus.OPEN && deadlineAt.isBefore(clock.instant()),
                action == null ? null : HitAction.valueOf(action), rs.getString("answer_note"),
                rs.getString("answered_by"), answered == null ? null : answered.toInstant(),
                rs.getTimestamp("created_at").toInstant(), ExplanationItems.read(rs.getString("explanation_items")),
                HitKind.valueOf(rs.getString("kind")), rs.getTimestamp("screened_at").toInstant(), rs.getString("place"),
                rs.getString("awaiting_node"));
    }
}
