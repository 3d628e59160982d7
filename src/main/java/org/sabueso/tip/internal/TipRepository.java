package org.sabueso.tip.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.tip.Confidence;
import org.sabueso.tip.Sighting;
import org.sabueso.tip.TipEntry;
import org.sabueso.tip.TipStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tip tables and nothing else: tips, their recipients (with the content key wrapped for each),
 * entries, photos and sightings. Everything said arrives here already sealed by {@link TipVault};
 * no rule is decided here.
 */
@Repository
class TipRepository {

    /** A tip's row, without its content. */
    record TipRow(UUID id, UUID noticeId, TipStatus status, String assignedTo, byte[] tipsterKey,
                  Instant receivedAt, Instant updatedAt, int version) {
    }

    /** A receiving agency and the content key wrapped for its key {@code keyId}. */
    record Recipient(String agencyId, UUID keyId, byte[] wrapped) {
    }

    record WrappedKey(UUID keyId, byte[] wrapped) {
    }

    /** An entry as stored: sealed, with its photos' ids. */
    record StoredEntry(UUID id, TipEntry.Kind kind, String author, String agencyId, Instant createdAt, byte[] sealed,
                       List<UUID> photos) {
    }

    record StoredPhoto(String contentType, byte[] sealed) {
    }

    /** Which of an agency's tips the inbox lists: a status or all, assigned to someone or anyone. */
    record InboxFilter(String agencyId, TipStatus status, String assignedTo) {

        String where() {
            return (status == null ? "" : " AND t.status = ?") + (assignedTo == null ? "" : " AND t.assigned_to = ?");
        }

        List<Object> params() {
            List<Object> params = new ArrayList<>(List.of(agencyId));
            if (status != null) {
                params.add(status.name());
            }
            if (assignedTo != null) {
                params.add(assignedTo);
            }
            return params;
        }
    }

    /** A line of the inbox with what its preview is opened with: the wrapped key and the sealed report. */
    record InboxRow(UUID id, UUID noticeId, TipStatus status, String assignedTo, Instant receivedAt, Instant updatedAt,
                    int messages, WrappedKey key, UUID reportId, byte[] sealedReport) {
    }

    private static final String TIP = "SELECT id, notice_id, status, assigned_to, tipster_key, received_at, updated_at, version FROM tip ";

    private static final String SIGHTINGS = """
            SELECT s.id, s.tip_id, s.notice_id, s.agency_id, s.place, s.seen_at, s.confidence, s.recorded_by, s.recorded_at
            FROM tip_sighting s JOIN tip_recipient r ON r.tip_id = s.tip_id AND r.agency_id = ?""";

    /**
     * The inbox's order: new tips first, then the most recently received; the id breaks ties so
     * that a page boundary never moves a tip from one page to the next.
     */
    private static final String INBOX_ORDER = " ORDER BY t.status = 'NEW' DESC, t.received_at DESC, t.id";

    private static final String INBOX_FROM = " FROM tip t JOIN tip_recipient r ON r.tip_id = t.id AND r.agency_id = ?";
    /** General tips, and tips about a notice the viewer may see (decided by the notice module, passed in). */
    private static final String INBOX_WHERE = " WHERE (t.notice_id IS NULL OR t.notice_id = ANY(?))";

    private final JdbcClient jdbc;

    TipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tip, its recipients and its report in one statement: one round trip, then the commit. */
    void insertTip(UUID id, byte[] receiptHash, UUID noticeId, byte[] tipsterKey, Instant at, List<Recipient> recipients,
                   UUID entryId, byte[] sealedReport) {
        List<Object> params = new ArrayList<>(Arrays.asList(id, receiptHash, noticeId, tipsterKey, Timestamp.from(at),
                Timestamp.from(at)));
        StringBuilder values = new StringBuilder();
        for (Recipient r : recipients) {
            values.append(values.isEmpty() ? "" : ",").append("(?::uuid,?,?::uuid,?::bytea)");
            params.addAll(List.of(id, r.agencyId(), r.keyId(), r.wrapped()));
        }
        params.addAll(List.of(entryId, TipEntry.Kind.TIP.name(), Timestamp.from(at), sealedReport));
        jdbc.sql("""
                WITH t AS (INSERT INTO tip (id, receipt_hash, notice_id, tipster_key, received_at, updated_at)
                           VALUES (?,?,?::uuid,?,?,?) RETURNING id),
                     r AS (INSERT INTO tip_recipient (tip_id, agency_id, key_id, wrapped_key) SELECT * FROM (VALUES %s) v
                           WHERE v.column1 IS NOT NULL AND EXISTS (SELECT 1 FROM t))
                INSERT INTO tip_entry (id, tip_id, kind, created_at, sealed) SELECT ?, t.id, ?, ?, ? FROM t"""
                .formatted(values.isEmpty() ? "(NULL::uuid,NULL,NULL::uuid,NULL::bytea)" : values))
                .params(params).update();
    }

    void insertEntry(UUID entryId, UUID tipId, TipEntry.Kind kind, String author, String agencyId, Instant at, byte[] sealed) {
        jdbc.sql("INSERT INTO tip_entry (id, tip_id, kind, author, agency_id, created_at, sealed) VALUES (?,?,?,?,?,?,?)")
                .params(entryId, tipId, kind.name(), author, agencyId, Timestamp.from(at), sealed)
                .update();
    }

    void insertPhoto(UUID photoId, UUID tipId, UUID entryId, String contentType, byte[] sealed) {
        jdbc.sql("INSERT INTO tip_attachment (id, tip_id, entry_id, content_type, sealed) VALUES (?,?,?,?,?)")
                .params(photoId, tipId, entryId, contentType, sealed)
                .update();
    }

    Optional<TipRow> byReceiptHash(byte[] receiptHash) {
        return row("WHERE receipt_hash = ?", receiptHash);
    }

    Optional<TipRow> byId(UUID id) {
        return row("WHERE id = ?", id);
    }

    private Optional<TipRow> row(String where, Object param) {
        return jdbc.sql(TIP + where).param(param)
                .query((rs, i) -> new TipRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        TipStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getBytes(5), rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7).toInstant(), rs.getInt(8)))
                .optional();
    }

    /** The content key wrapped for the agency; empty when the agency does not receive the tip. */
    Optional<WrappedKey> wrappedKey(UUID tipId, String agencyId) {
        return jdbc.sql("SELECT key_id, wrapped_key FROM tip_recipient WHERE tip_id = ? AND agency_id = ?")
                .params(tipId, agencyId)
                .query((rs, i) -> new WrappedKey(rs.getObject(1, UUID.class), rs.getBytes(2))).optional();
    }

    List<String> recipients(UUID tipId) {
        return jdbc.sql("SELECT agency_id FROM tip_recipient WHERE tip_id = ? ORDER BY agency_id").param(tipId)
                .query(String.class).list();
    }

    /** The tip's entries in the order written, each with its photos' ids. */
    List<StoredEntry> entries(UUID tipId) {
        Map<UUID, List<UUID>> photos = new HashMap<>();
        jdbc.sql("SELECT entry_id, id FROM tip_attachment WHERE tip_id = ? ORDER BY id").param(tipId)
                .query((ResultSet rs) -> {
                    photos.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
                });
        return jdbc.sql("SELECT id, kind, author, agency_id, created_at, sealed FROM tip_entry WHERE tip_id = ? ORDER BY seq")
                .param(tipId)
                .query((rs, i) -> {
                    UUID entryId = rs.getObject(1, UUID.class);
                    return new StoredEntry(entryId, TipEntry.Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant(), rs.getBytes(6), photos.getOrDefault(entryId, List.of()));
                }).list();
    }

    Optional<StoredPhoto> photo(UUID tipId, UUID photoId) {
        return jdbc.sql("SELECT content_type, sealed FROM tip_attachment WHERE id = ? AND tip_id = ?")
                .params(photoId, tipId)
                .query((rs, i) -> new StoredPhoto(rs.getString(1), rs.getBytes(2))).optional();
    }

    void touch(UUID id, Instant at) {
        jdbc.sql("UPDATE tip SET updated_at = ? WHERE id = ?").params(Timestamp.from(at), id).update();
    }

    void updateStatus(UUID id, TipStatus status, Instant at) {
        jdbc.sql("UPDATE tip SET status = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                .params(status.name(), Timestamp.from(at), id).update();
    }

    void updateAssignee(UUID id, String username, Instant at) {
        jdbc.sql("UPDATE tip SET assigned_to = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                .params(username, Timestamp.from(at), id).update();
    }

    // ---------------------------------------------------------------- the inbox, paged in SQL

    /** The notices the filtered inbox's tips are about, so the caller can ask which of them the viewer may see. */
    List<UUID> inboxNotices(InboxFilter filter) {
        return jdbc.sql("SELECT DISTINCT t.notice_id FROM tip t JOIN tip_recipient r ON r.tip_id = t.id AND r.agency_id = ?"
                        + " WHERE t.notice_id IS NOT NULL" + filter.where())
                .params(filter.params()).query(UUID.class).list();
    }

    /** How many tips the inbox lists: general tips and tips about one of {@code visibleNotices}. */
    long inboxCount(InboxFilter filter, List<UUID> visibleNotices) {
        return jdbc.sql("SELECT count(*)" + INBOX_FROM + INBOX_WHERE + filter.where())
                .params(inboxParams(filter, visibleNotices)).query(Long.class).single();
    }

    /** One page of the inbox, in its order, each line with its wrapped key and sealed report for the preview. */
    List<InboxRow> inboxPage(InboxFilter filter, List<UUID> visibleNotices, int limit, long offset) {
        List<Object> params = inboxParams(filter, visibleNotices);
        params.addAll(List.of(limit, offset));
        return jdbc.sql("""
                SELECT t.id, t.notice_id, t.status, t.assigned_to, t.received_at, t.updated_at,
                       (SELECT count(*) FROM tip_entry e WHERE e.tip_id = t.id AND e.kind <> 'NOTE') - 1,
                       r.key_id, r.wrapped_key, rep.id, rep.sealed
                """ + INBOX_FROM + " LEFT JOIN tip_entry rep ON rep.tip_id = t.id AND rep.kind = 'TIP'" + INBOX_WHERE
                + filter.where() + INBOX_ORDER + " LIMIT ? OFFSET ?")
                .params(params).query(TipRepository::inboxRow).list();
    }

    private static List<Object> inboxParams(InboxFilter filter, List<UUID> visibleNotices) {
        List<Object> params = new ArrayList<>(filter.params());
        params.add(1, visibleNotices.toArray(UUID[]::new));
        return params;
    }

    private static InboxRow inboxRow(ResultSet rs, int i) throws SQLException {
        return new InboxRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), TipStatus.valueOf(rs.getString(3)),
                rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), rs.getInt(7),
                new WrappedKey(rs.getObject(8, UUID.class), rs.getBytes(9)), rs.getObject(10, UUID.class), rs.getBytes(11));
    }

    long waiting(String agencyId) {
        return jdbc.sql("""
                SELECT count(*) FROM tip t JOIN tip_recipient r ON r.tip_id = t.id AND r.agency_id = ? WHERE t.status = 'NEW'""")
                .param(agencyId).query(Long.class).single();
    }

    // ---------------------------------------------------------------- sightings

    void insertSighting(UUID id, UUID tipId, UUID noticeId, String agencyId, String place, Instant seenAt,
                        Confidence confidence, String recordedBy, Instant recordedAt) {
        jdbc.sql("""
                INSERT INTO tip_sighting (id, tip_id, notice_id, agency_id, place, seen_at, confidence, recorded_by, recorded_at)
                VALUES (?,?,?,?,?,?,?,?,?)""")
                .params(id, tipId, noticeId, agencyId, place, Timestamp.from(seenAt), confidence.name(), recordedBy,
                        Timestamp.from(recordedAt))
                .update();
    }

    /** The notice's sightings from tips the agency received, most recent first. */
    List<Sighting> sightingsOfNotice(String agencyId, UUID noticeId) {
        return jdbc.sql(SIGHTINGS + " WHERE s.notice_id = ? ORDER BY s.seen_at DESC, s.id")
                .params(agencyId, noticeId).query(TipRepository::sighting).list();
    }

    List<Sighting> sightingsOfTip(String agencyId, UUID tipId) {
        return jdbc.sql(SIGHTINGS + " WHERE s.tip_id = ? ORDER BY s.seen_at DESC, s.id")
                .params(agencyId, tipId).query(TipRepository::sighting).list();
    }

    private static Sighting sighting(ResultSet rs, int i) throws SQLException {
        return new Sighting(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), Confidence.valueOf(rs.getString(7)),
                rs.getString(8), rs.getTimestamp(9).toInstant());
    }
}
