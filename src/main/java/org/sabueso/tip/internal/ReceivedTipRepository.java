package org.sabueso.tip.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sabueso.tip.TipEntry;
import org.sabueso.tip.TipExchange.SealedTip;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of tips between nodes: reading what of a tip leaves for some of its agencies (their
 * wrapped keys, the report and its photos, all sealed), and storing a tip that arrived. Never
 * reads or writes the receipt hash or the key sealed for the tipster.
 */
@Repository
class ReceivedTipRepository {

    /** Who a tip here came from: the node that sent it, or null for a tip filed on this node's tip line. */
    record Origin(String receivedFrom) {
    }

    private final JdbcClient jdbc;

    ReceivedTipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Origin> origin(UUID tipId) {
        return jdbc.sql("SELECT received_from FROM tip WHERE id = ?").param(tipId)
                .query((rs, i) -> new Origin(rs.getString(1))).optional();
    }

    /** The tip's notice, time, the wrapped keys of these agencies and the tipster's report with its photos. */
    Optional<SealedTip> sealed(UUID tipId, Set<String> agencyIds) {
        record Head(UUID noticeId, Timestamp receivedAt) {
        }
        Optional<Head> head = jdbc.sql("SELECT notice_id, received_at FROM tip WHERE id = ?").param(tipId)
                .query((rs, i) -> new Head(rs.getObject(1, UUID.class), rs.getTimestamp(2))).optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<SealedTip.Recipient> recipients = jdbc.sql("""
                        SELECT agency_id, key_id, wrapped_key FROM tip_recipient WHERE tip_id = ? AND agency_id = ANY(?)
                        ORDER BY agency_id""")
                .params(tipId, agencyIds.toArray(String[]::new))
                .query((rs, i) -> new SealedTip.Recipient(rs.getString(1), rs.getObject(2, UUID.class), rs.getBytes(3)))
                .list();
        if (recipients.isEmpty()) {
            return Optional.empty();
        }
        List<SealedTip.Entry> entries = jdbc.sql("SELECT id, created_at, sealed FROM tip_entry WHERE tip_id = ? AND kind = ?"
                        + " ORDER BY seq")
                .params(tipId, TipEntry.Kind.TIP.name())
                .query((rs, i) -> new SealedTip.Entry(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getBytes(3))).list();
        return Optional.of(new SealedTip(tipId, head.get().noticeId(), head.get().receivedAt().toInstant(), recipients,
                entries, photos(tipId, TipEntry.Kind.TIP)));
    }

    /** The photos of the tip's entries of this kind, sealed: a report's, or the tipster's replies' (TipFollowUps). */
    List<SealedTip.SealedPhoto> photos(UUID tipId, TipEntry.Kind kind) {
        return jdbc.sql("""
                        SELECT a.id, a.entry_id, a.content_type, a.sealed FROM tip_attachment a
                        JOIN tip_entry e ON e.id = a.entry_id AND e.kind = ? WHERE a.tip_id = ? ORDER BY a.id""")
                .params(kind.name(), tipId)
                .query((rs, i) -> new SealedTip.SealedPhoto(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getBytes(4))).list();
    }

    /** Stores a received tip for its agencies here: no receipt hash, no key for the tipster, the sending node named. */
    void insert(SealedTip tip, String fromNode) {
        Timestamp at = Timestamp.from(tip.receivedAt());
        jdbc.sql("""
                INSERT INTO tip (id, receipt_hash, notice_id, tipster_key, received_at, updated_at, received_from)
                VALUES (?, NULL, ?, NULL, ?, ?, ?)""")
                .params(tip.tipId(), tip.noticeId(), at, at, fromNode).update();
        for (SealedTip.Recipient r : tip.recipients()) {
            jdbc.sql("INSERT INTO tip_recipient (tip_id, agency_id, key_id, wrapped_key) VALUES (?,?,?,?)")
                    .params(tip.tipId(), r.agencyId(), r.keyId(), r.wrappedKey()).update();
        }
        for (SealedTip.Entry e : tip.entries()) {
            jdbc.sql("INSERT INTO tip_entry (id, tip_id, kind, created_at, sealed) VALUES (?,?,?,?,?)")
                    .params(e.id(), tip.tipId(), TipEntry.Kind.TIP.name(), Timestamp.from(e.at()), e.sealed()).update();
        }
        for (SealedTip.SealedPhoto p : tip.photos()) {
            jdbc.sql("INSERT INTO tip_attachment (id, tip_id, entry_id, content_type, sealed) VALUES (?,?,?,?,?)")
                    .params(p.id(), tip.tipId(), p.entryId(), p.contentType(), p.sealed()).update();
        }
    }
}
