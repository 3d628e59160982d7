package org.sabueso.notice.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.sabueso.notice.CapturedNotice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Public notices that ended in an arrest. The sharing policy shows the public only open notices
 * (the wanted list), so this is a query of its own, for the public alone: only notices shared
 * PUBLIC, and only what a public card shows.
 */
@Repository
class CapturedNotices {

    private final JdbcClient jdbc;

    CapturedNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Arrested since {@code since}, latest first, at most {@code limit}. */
    List<CapturedNotice> since(Instant since, int limit) {
        return jdbc.sql("""
                SELECT n.id, n.reference, n.subject_id, n.subject_name, n.issuing_country, n.offences, t.at
                FROM notice n
                JOIN LATERAL (SELECT max(at) AS at FROM notice_transition t
                              WHERE t.notice_id = n.id AND t.to_status = 'ARRESTED') t ON true
                WHERE n.status = 'ARRESTED' AND n.sharing_scope = 'PUBLIC' AND t.at >= ?
                ORDER BY t.at DESC, n.id LIMIT ?""")
                .params(Timestamp.from(since), limit).query(CapturedNotices::map).list();
    }

    private static CapturedNotice map(ResultSet rs, int i) throws SQLException {
        return new CapturedNotice(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getString(5), NoticeRepository.strings(rs.getArray(6)),
                rs.getTimestamp(7).toInstant());
    }
}
