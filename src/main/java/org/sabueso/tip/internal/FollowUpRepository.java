package org.sabueso.tip.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.tip.TipEntry;
import org.sabueso.tip.TipExchange.FollowUpEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of a tip's follow-up between nodes: the sealed entries of one kind (an agency's messages
 * to the tipster, or the tipster's replies) as they leave, and where an entry id is already held.
 */
@Repository
class FollowUpRepository {

    private final JdbcClient jdbc;

    FollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tip's entries of this kind (of this agency when not null), sealed, in the order written. */
    List<FollowUpEntry> entries(UUID tipId, TipEntry.Kind kind, String agencyId) {
        return jdbc.sql("""
                        SELECT id, author, created_at, sealed FROM tip_entry
                        WHERE tip_id = ? AND kind = ? AND (CAST(? AS text) IS NULL OR agency_id = ?) ORDER BY seq""")
                .params(tipId, kind.name(), agencyId, agencyId)
                .query((rs, i) -> new FollowUpEntry(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getBytes(4)))
                .list();
    }

    /** The tip an entry id belongs to, when one is held here. */
    Optional<UUID> tipOfEntry(UUID entryId) {
        return jdbc.sql("SELECT tip_id FROM tip_entry WHERE id = ?").param(entryId).query(UUID.class).optional();
    }

    /** Whether a photo id is held here (for any tip). */
    boolean photoHeld(UUID photoId) {
        return jdbc.sql("SELECT count(*) FROM tip_attachment WHERE id = ?").param(photoId).query(Long.class).single() > 0;
    }
}
