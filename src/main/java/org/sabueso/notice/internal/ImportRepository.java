package org.sabueso.notice.internal;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.SharingScope;
import org.sabueso.notice.ComplianceChecks;
import org.sabueso.notice.NoticeImports.PendingImport;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.Transition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for imports of notices and their reviews as a whole. */
@Repository
class ImportRepository {

    private final JdbcClient jdbc;

    ImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An import as recorded when it was opened. */
    record ImportRow(UUID id, String issuingAgencyId, SharingScope scope, String importedBy, Instant importedAt) {
    }

    void insert(UUID id, String agencyId, SharingScope scope, String importedBy) {
        jdbc.sql("INSERT INTO notice_import (id, issuing_agency_id, sharing_scope, imported_by) VALUES (?,?,?,?)")
                .params(id, agencyId, scope.name(), importedBy).update();
    }

    Optional<ImportRow> find(UUID id) {
        return jdbc.sql("SELECT id, issuing_agency_id, sharing_scope, imported_by, imported_at FROM notice_import WHERE id = ?")
                .param(id)
                .query((rs, i) -> new ImportRow(rs.getObject(1, UUID.class), rs.getString(2),
                        SharingScope.valueOf(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .optional();
    }

    Map<NoticeStatus, Long> countByStatus(UUID importId) {
        Map<NoticeStatus, Long> out = new EnumMap<>(NoticeStatus.class);
        for (NoticeStatus s : NoticeStatus.values()) {
            out.put(s, 0L);
        }
        jdbc.sql("SELECT status, count(*) FROM notice WHERE import_id = ? GROUP BY status").param(importId)
                .query((ResultSet rs) -> {
                    out.put(NoticeStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return out;
    }

    /**
     * The agency's imports reviewed in bulk (not PUBLIC) with notices still under review, newest
     * first; at most {@code limit}, as a queue page shows them.
     */
    List<PendingImport> pending(String agencyId, int limit) {
        return jdbc.sql("""
                SELECT i.id, i.sharing_scope, i.imported_by, i.imported_at, count(*)
                FROM notice_import i JOIN notice n ON n.import_id = i.id AND n.status = 'UNDER_REVIEW'
                WHERE i.issuing_agency_id = ? AND i.sharing_scope <> 'PUBLIC'""" + " AND " + AS_IMPORTED + " " + """
                GROUP BY i.id ORDER BY i.imported_at DESC, i.id LIMIT ?""")
                .params(agencyId, limit)
                .query((rs, i) -> new PendingImport(rs.getObject(1, UUID.class), SharingScope.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getLong(5)))
                .list();
    }

    void insertReview(UUID reviewId, UUID importId, String reviewer, String agency, ComplianceChecks c,
                      boolean approved, String comment, int notices) {
        jdbc.sql("""
                INSERT INTO notice_import_review (id, import_id, reviewer, reviewer_agency, no_political, no_military,
                  no_religious, no_racial, decision, comment, notices) VALUES (?,?,?,?,?,?,?,?,?,?,?)""")
                .params(reviewId, importId, reviewer, agency, c.noPoliticalCharacter(), c.noMilitaryCharacter(),
                        c.noReligiousCharacter(), c.noRacialCharacter(), approved ? "APPROVED" : "REJECTED", comment,
                        notices)
                .update();
    }

    /**
     * Which of an import's notices the import's review covers: those still as imported. A notice
     * returned to draft and revised (perhaps made PUBLIC) is reviewed on its own, like any draft.
     */
    static final String AS_IMPORTED = "n.sharing_scope <> 'PUBLIC' AND n.edited_by = '{}'";

    /**
     * Moves every notice of the import still UNDER_REVIEW and as imported to {@code to} and returns
     * their ids, except one the reviewer submitted for review (four eyes). Rows another review moved
     * first are left alone: two reviews at once move each notice once.
     */
    List<UUID> moveUnderReview(UUID importId, NoticeStatus to, String reviewer) {
        return jdbc.sql("""
                UPDATE notice n SET status = ?, updated_at = now(), version = version + 1,
                  activated_at = CASE WHEN ? = 'ACTIVE' AND activated_at IS NULL THEN now() ELSE activated_at END
                WHERE n.import_id = ? AND n.status = 'UNDER_REVIEW'""" + " AND " + AS_IMPORTED + " " + """
                   AND NOT EXISTS (SELECT 1 FROM notice_transition t
                                   WHERE t.notice_id = n.id AND t.to_status = 'UNDER_REVIEW' AND t.actor = ?)
                RETURNING n.id""")
                .params(to.name(), to.name(), importId, reviewer).query(UUID.class).list();
    }

    /** One review per notice, each pointing to the import's review, and one history step per notice. */
    void recordPerNotice(List<UUID> noticeIds, UUID reviewId, NoticeStatus to, String reviewer, String agency,
                         ComplianceChecks c, boolean approved, String comment, Transition.Why why) {
        UUID[] ids = noticeIds.toArray(UUID[]::new);
        jdbc.sql("""
                INSERT INTO notice_review (notice_id, reviewer, reviewer_agency, no_political, no_military, no_religious,
                  no_racial, decision, comment, import_review_id)
                SELECT x, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM unnest(?::uuid[]) AS x""")
                .params(reviewer, agency, c.noPoliticalCharacter(), c.noMilitaryCharacter(), c.noReligiousCharacter(),
                        c.noRacialCharacter(), approved ? "APPROVED" : "REJECTED", comment, reviewId, ids)
                .update();
        jdbc.sql("""
                INSERT INTO notice_transition (notice_id, from_status, to_status, actor, actor_agency, reason_code, reason_args)
                SELECT x, 'UNDER_REVIEW', ?, ?, ?, ?, ?::text[] FROM unnest(?::uuid[]) AS x""")
                .params(to.name(), reviewer, agency, NoticeHistoryRepository.code(why), NoticeHistoryRepository.args(why), ids).update();
    }
}
