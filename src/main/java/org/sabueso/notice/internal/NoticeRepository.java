package org.sabueso.notice.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeQuery;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.NoticeSummary;
import org.sabueso.notice.Offences;
import org.sabueso.notice.RequestedAction;
import org.sabueso.shared.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the notice tables. Every list query passes through the sharing policy's filter. */
@Repository
class NoticeRepository {

    static final SharingPolicy.Columns COLUMNS = new SharingPolicy.Columns(
            "n.issuing_agency_id", "n.issuing_country", "n.sharing_scope",
            "n.status NOT IN ('DRAFT','UNDER_REVIEW')", "n.status IN ('ACTIVE','LOCATED')",
            "n.id", "notice_partner", "notice_id");

    private static final String SUMMARY_COLUMNS = """
            n.id, n.reference, n.status, n.issuing_agency_id, n.issuing_country, n.subject_id, n.subject_name,
            n.offences, n.requested_action, n.sharing_scope, n.review_by, n.updated_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    NoticeRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A notice row before its subject is attached. */
    record Row(UUID id, String reference, NoticeStatus status, String issuingAgencyId, String issuingCountry,
               UUID subjectId, String subjectName, List<String> offences, String summary, String warrantReference,
               String legalBasis, RequestedAction requestedAction, SharingScope scope, Set<String> partners,
               LocalDate reviewBy, String createdBy, Instant createdAt, Instant updatedAt, Instant activatedAt,
               int version) {
    }

    String nextReference(String country, int year) {
        return nextReferences(country, year, 1).getFirst();
    }

    /** Offences are stored as codes of {@link Offences} where the text names one, as written where not. */
    void insert(Row r, SearchTerms terms) {
        jdbc.sql("""
                INSERT INTO notice (id, reference, subject_id, subject_name, issuing_agency_id, issuing_country, offences,
                  summary, warrant_reference, legal_basis, requested_action, status, sharing_scope, review_by,
                  created_by, activated_at, search, numbers)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?, to_tsvector('simple', lower(unaccent(?))), ?)""")
                .params(r.id(), r.reference(), r.subjectId(), r.subjectName(), r.issuingAgencyId(), r.issuingCountry(),
                        codes(r), r.summary(), r.warrantReference(), r.legalBasis(),
                        r.requestedAction().name(), r.status().name(), r.scope().name(), r.reviewBy(), r.createdBy(),
                        r.activatedAt() == null ? null : Timestamp.from(r.activatedAt()), terms.text(),
                        terms.numbers().toArray(String[]::new))
                .update();
        replacePartners(r.id(), r.partners());
    }

    /** Inserts many rows in batches; the rows share scope, have no partners and belong to the import (or none). */
    void insertAll(List<Row> rows, List<SearchTerms> terms, UUID importId) {
        List<Object[]> args = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            args.add(new Object[]{r.id(), r.reference(), r.subjectId(), r.subjectName(), r.issuingAgencyId(),
                    r.issuingCountry(), codes(r), r.summary(), r.warrantReference(),
                    r.legalBasis(), r.requestedAction().name(), r.status().name(), r.scope().name(), r.reviewBy(),
                    r.createdBy(), r.activatedAt() == null ? null : Timestamp.from(r.activatedAt()), terms.get(i).text(),
                    terms.get(i).numbers().toArray(String[]::new), importId});
        }
        template.batchUpdate("""
                INSERT INTO notice (id, reference, subject_id, subject_name, issuing_agency_id, issuing_country, offences,
                  summary, warrant_reference, legal_basis, requested_action, status, sharing_scope, review_by,
                  created_by, activated_at, search, numbers, import_id)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?, to_tsvector('simple', lower(unaccent(?))), ?, ?)""", args,
                new int[]{Types.OTHER, Types.VARCHAR, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.CHAR, Types.ARRAY,
                        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.DATE, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR, Types.ARRAY, Types.OTHER});
    }

    /** Reserves {@code count} consecutive reference numbers. */
    List<String> nextReferences(String country, int year, int count) {
        return jdbc.sql("SELECT nextval('notice_reference_seq') FROM generate_series(1, ?)").param(count)
                .query(Long.class).list().stream().map(n -> "%s-%d-%06d".formatted(country, year, n)).toList();
    }

    /** Revises a draft as {@code editor}, who is remembered among the notice's writers. */
    int update(Row r, SearchTerms terms, int expectedVersion, String editor) {
        int n = jdbc.sql("""
                UPDATE notice SET subject_name = ?, offences = ?, summary = ?, warrant_reference = ?, legal_basis = ?,
                  requested_action = ?, sharing_scope = ?, review_by = ?, updated_at = now(), version = version + 1,
                  search = to_tsvector('simple', lower(unaccent(?))), numbers = ?,
                  edited_by = CASE WHEN ? = ANY(edited_by) THEN edited_by ELSE array_append(edited_by, ?) END
                WHERE id = ? AND version = ?""")
                .params(r.subjectName(), codes(r), r.summary(), r.warrantReference(),
                        r.legalBasis(), r.requestedAction().name(), r.scope().name(), r.reviewBy(), terms.text(),
                        terms.numbers().toArray(String[]::new), editor, editor, r.id(), expectedVersion)
                .update();
        if (n == 1) {
            replacePartners(r.id(), r.partners());
        }
        return n;
    }

    private void replacePartners(UUID id, Set<String> partners) {
        jdbc.sql("DELETE FROM notice_partner WHERE notice_id = ?").param(id).update();
        for (String p : partners) {
            jdbc.sql("INSERT INTO notice_partner (notice_id, agency_id) VALUES (?, ?)").params(id, p).update();
        }
    }

    /** Moves the status if it is still {@code from}; false when someone else moved it first. */
    boolean changeStatus(UUID id, NoticeStatus from, NoticeStatus to) {
        return jdbc.sql("""
                UPDATE notice SET status = ?, updated_at = now(), version = version + 1,
                  activated_at = CASE WHEN ? = 'ACTIVE' AND activated_at IS NULL THEN now() ELSE activated_at END
                WHERE id = ? AND status = ?""")
                .params(to.name(), to.name(), id, from.name()).update() == 1;
    }

    void changeReviewBy(UUID id, LocalDate reviewBy) {
        jdbc.sql("UPDATE notice SET review_by = ?, updated_at = now(), version = version + 1 WHERE id = ?")
                .params(reviewBy, id).update();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("""
                SELECT n.*, ARRAY(SELECT agency_id FROM notice_partner p WHERE p.notice_id = n.id) AS partners
                FROM notice n WHERE n.id = ?""").param(id).query(NoticeRepository::mapRow).optional();
    }

    List<Row> findAll(List<UUID> ids) {
        return jdbc.sql("""
                SELECT n.*, ARRAY(SELECT agency_id FROM notice_partner p WHERE p.notice_id = n.id) AS partners
                FROM notice n WHERE n.id = ANY(?) ORDER BY n.id""").param(ids.toArray(UUID[]::new))
                .query(NoticeRepository::mapRow).list();
    }

    /** Open notices after {@code after} in id order, for building copies such as the screening index. */
    List<Row> openAfter(UUID after, int limit) {
        return jdbc.sql("""
                SELECT n.*, ARRAY(SELECT agency_id FROM notice_partner p WHERE p.notice_id = n.id) AS partners
                FROM notice n WHERE n.status IN ('ACTIVE','LOCATED') AND n.id > ? ORDER BY n.id LIMIT ?""")
                .params(after, limit).query(NoticeRepository::mapRow).list();
    }

    Page<NoticeSummary> search(Viewer viewer, NoticeQuery q) {
        return search(viewer, q, false);
    }

    /**
     * With {@code leaveOutBulkImports}, notices an import's review covers (as imported, not PUBLIC)
     * are left out: the review queue shows each such import as one row of its own.
     */
    Page<NoticeSummary> search(Viewer viewer, NoticeQuery q, boolean leaveOutBulkImports) {
        SharingPolicy.SqlFilter visible = SharingPolicy.sqlFilter(viewer, COLUMNS);
        StringBuilder where = new StringBuilder(" WHERE ").append(visible.condition());
        if (leaveOutBulkImports) {
            where.append(" AND (n.import_id IS NULL OR NOT (" + ImportRepository.AS_IMPORTED + "))");
        }
        List<Object> params = new ArrayList<>(visible.params());
        String conditions = NoticeSearchSql.conditions(q, params);
        if (conditions == null) {
            return new Page<>(List.of(), 0, q.page(), q.size());
        }
        where.append(conditions);
        long total = jdbc.sql("SELECT count(*) FROM notice n" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(q.size());
        pageParams.add((long) q.page() * q.size());
        List<NoticeSummary> items = jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM notice n" + where
                        + " ORDER BY n.updated_at DESC, n.id LIMIT ? OFFSET ?")
                .params(pageParams).query(NoticeRepository::mapSummary).list();
        return new Page<>(items, total, q.page(), q.size());
    }

    /** The agency's notice on the subject that is still in play (drafted, in review or open), if any. */
    Optional<UUID> inPlayOn(UUID subjectId, String agencyId) {
        return jdbc.sql("""
                SELECT id FROM notice WHERE subject_id = ? AND issuing_agency_id = ?
                  AND status IN ('DRAFT','UNDER_REVIEW','ACTIVE','LOCATED')
                ORDER BY created_at LIMIT 1""").params(subjectId, agencyId).query(UUID.class).optional();
    }

    /** Files the notice under the case unless it is already filed under one. */
    void fileUnderCase(UUID id, String caseReference) {
        jdbc.sql("UPDATE notice SET case_reference = ? WHERE id = ? AND case_reference IS NULL")
                .params(caseReference, id).update();
    }

    List<NoticeSummary> inCase(Viewer viewer, String caseReference) {
        SharingPolicy.SqlFilter visible = SharingPolicy.sqlFilter(viewer, COLUMNS);
        List<Object> params = new ArrayList<>(visible.params());
        params.add(caseReference);
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM notice n WHERE " + visible.condition()
                        + " AND n.case_reference = ? ORDER BY n.created_at, n.id")
                .params(params).query(NoticeRepository::mapSummary).list();
    }

    /** Ids of visible notices after {@code after}, in id order, for paging through exports. */
    List<UUID> visibleIdsAfter(Viewer viewer, UUID after, int limit) {
        SharingPolicy.SqlFilter visible = SharingPolicy.sqlFilter(viewer, COLUMNS);
        List<Object> params = new ArrayList<>(visible.params());
        params.add(after);
        params.add(limit);
        return jdbc.sql("SELECT n.id FROM notice n WHERE " + visible.condition() + " AND n.id > ? ORDER BY n.id LIMIT ?")
                .params(params).query(UUID.class).list();
    }

    Map<NoticeStatus, Long> countByStatus(Viewer viewer) {
        SharingPolicy.SqlFilter visible = SharingPolicy.sqlFilter(viewer, COLUMNS);
        Map<NoticeStatus, Long> out = new HashMap<>();
        jdbc.sql("SELECT n.status, count(*) FROM notice n WHERE " + visible.condition() + " GROUP BY n.status")
                .params(visible.params())
                .query((ResultSet rs) -> {
                    out.put(NoticeStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return out;
    }

    long countReviewDue(Viewer viewer, LocalDate until) {
        if (viewer.agencyId() == null) {
            return 0;
        }
        return jdbc.sql("SELECT count(*) FROM notice WHERE issuing_agency_id = ? AND status IN ('ACTIVE','LOCATED') AND review_by <= ?")
                .params(viewer.agencyId(), until).query(Long.class).single();
    }

    List<UUID> overdue(LocalDate today) {
        // a copy expires when its owner says so (issue 16)
        return jdbc.sql("SELECT id FROM notice WHERE status IN ('ACTIVE','LOCATED') AND review_by < ? AND copy_of_node IS NULL")
                .param(today).query(UUID.class).list();
    }

    private static String[] codes(Row r) {
        return Offences.codes(r.offences()).toArray(String[]::new);
    }

    private static NoticeSummary mapSummary(ResultSet rs, int i) throws SQLException {
        return new NoticeSummary(rs.getObject(1, UUID.class), rs.getString(2), NoticeStatus.valueOf(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getObject(6, UUID.class), rs.getString(7),
                strings(rs.getArray(8)), RequestedAction.valueOf(rs.getString(9)),
                SharingScope.valueOf(rs.getString(10)), rs.getObject(11, LocalDate.class),
                rs.getTimestamp(12).toInstant());
    }

    private static Row mapRow(ResultSet rs, int i) throws SQLException {
        Timestamp activated = rs.getTimestamp("activated_at");
        return new Row(rs.getObject("id", UUID.class), rs.getString("reference"),
                NoticeStatus.valueOf(rs.getString("status")), rs.getString("issuing_agency_id"),
                rs.getString("issuing_country"), rs.getObject("subject_id", UUID.class), rs.getString("subject_name"),
                strings(rs.getArray("offences")), rs.getString("summary"), rs.getString("warrant_reference"),
                rs.getString("legal_basis"), RequestedAction.valueOf(rs.getString("requested_action")),
                SharingScope.valueOf(rs.getString("sharing_scope")), new HashSet<>(strings(rs.getArray("partners"))),
                rs.getObject("review_by", LocalDate.class), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                activated == null ? null : activated.toInstant(), rs.getInt("version"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
