package org.sabueso.notice.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.ComplianceChecks;
import org.sabueso.notice.NoticeReason;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.Review;
import org.sabueso.notice.Transition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for a notice's history: its steps (who moved it, from what to what, and why, as a code or
 * as typed) and its legal reviews. Lists pass through the sharing policy's filter.
 */
@Repository
class NoticeHistoryRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    NoticeHistoryRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Everyone who wrote the notice: its author, whoever revised it, whoever submitted it for review. */
    Set<String> writers(UUID id) {
        return new HashSet<>(jdbc.sql("""
                SELECT created_by FROM notice WHERE id = ?
                UNION SELECT unnest(edited_by) FROM notice WHERE id = ?
                UNION SELECT actor FROM notice_transition WHERE notice_id = ? AND to_status = 'UNDER_REVIEW'""")
                .params(id, id, id).query(String.class).list());
    }

    void recordTransition(UUID id, NoticeStatus from, NoticeStatus to, String actor, String agency, Transition.Why why) {
        jdbc.sql("""
                INSERT INTO notice_transition (notice_id, from_status, to_status, actor, actor_agency, reason, reason_code,
                  reason_args) VALUES (?,?,?,?,?,?,?,?::text[])""")
                .params(id, from == null ? null : from.name(), to.name(), actor, agency, why.typed(), code(why),
                        args(why)).update();
    }

    void recordTransitions(List<UUID> ids, NoticeStatus to, String actor, String agency, Transition.Why why) {
        List<Object[]> rows = ids.stream()
                .map(id -> new Object[]{id, to.name(), actor, agency, why.typed(), code(why), args(why)}).toList();
        template.batchUpdate("""
                INSERT INTO notice_transition (notice_id, to_status, actor, actor_agency, reason, reason_code, reason_args)
                VALUES (?,?,?,?,?,?,?::text[])""", rows);
    }

    static String code(Transition.Why why) {
        return why.code() == null ? null : why.code().code();
    }

    static String[] args(Transition.Why why) {
        return why.code() == null ? null : why.args().toArray(String[]::new);
    }

    void recordReview(UUID id, String reviewer, String agency, ComplianceChecks c, boolean approved, String comment) {
        jdbc.sql("""
                INSERT INTO notice_review (notice_id, reviewer, reviewer_agency, no_political, no_military, no_religious,
                  no_racial, decision, comment) VALUES (?,?,?,?,?,?,?,?,?)""")
                .params(id, reviewer, agency, c.noPoliticalCharacter(), c.noMilitaryCharacter(), c.noReligiousCharacter(),
                        c.noRacialCharacter(), approved ? "APPROVED" : "REJECTED", comment)
                .update();
    }

    List<Transition> transitions(UUID noticeId) {
        return jdbc.sql("""
                SELECT t.notice_id, n.reference, n.subject_name, t.from_status, t.to_status, t.actor, t.actor_agency, t.at, t.reason,
                  t.reason_code, t.reason_args
                FROM notice_transition t JOIN notice n ON n.id = t.notice_id WHERE t.notice_id = ? ORDER BY t.at, t.id""")
                .param(noticeId).query(NoticeHistoryRepository::mapTransition).list();
    }

    List<Transition> recentTransitions(Viewer viewer, int limit) {
        SharingPolicy.SqlFilter visible = SharingPolicy.sqlFilter(viewer, NoticeRepository.COLUMNS);
        List<Object> params = new ArrayList<>(visible.params());
        params.add(limit);
        return jdbc.sql("""
                SELECT t.notice_id, n.reference, n.subject_name, t.from_status, t.to_status, t.actor, t.actor_agency, t.at, t.reason,
                  t.reason_code, t.reason_args
                FROM notice_transition t JOIN notice n ON n.id = t.notice_id
                WHERE t.id IN (SELECT t2.id FROM notice_transition t2 ORDER BY t2.at DESC, t2.id DESC LIMIT 500)
                AND """ + visible.condition() + " ORDER BY t.at DESC, t.id DESC LIMIT ?")
                .params(params).query(NoticeHistoryRepository::mapTransition).list();
    }

    List<Review> reviews(UUID noticeId) {
        return jdbc.sql("""
                SELECT reviewer, reviewer_agency, at, no_political, no_military, no_religious, no_racial, decision, comment,
                  import_review_id
                FROM notice_review WHERE notice_id = ? ORDER BY at, id""").param(noticeId)
                .query((rs, i) -> new Review(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        new ComplianceChecks(rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7)),
                        "APPROVED".equals(rs.getString(8)), rs.getString(9), rs.getObject(10, UUID.class)))
                .list();
    }

    private static Transition mapTransition(ResultSet rs, int i) throws SQLException {
        String from = rs.getString(4);
        return new Transition(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                from == null ? null : NoticeStatus.valueOf(from), NoticeStatus.valueOf(rs.getString(5)),
                rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9),
                NoticeReason.ofCode(rs.getString(10)), NoticeRepository.strings(rs.getArray(11)));
    }
}
