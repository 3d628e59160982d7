package org.sabueso.federation.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The per-record version table ({@code federation_record_version}) for many records at once: what
 * a snapshot chunk applies is only what is newer than what its sender said of each record before,
 * so a chunk can never overwrite a later change of one of its records.
 */
@Component
@FederatedNode
public class RecordVersions {

    private final JdbcTemplate jdbc;

    public RecordVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records {@code version} for each key where it is newer than the one held (or none is) and
     * returns those keys: the records to apply. In the caller's transaction.
     */
    public Set<String> advance(String fromNode, Collection<String> recordKeys, long version) {
        if (recordKeys.isEmpty()) {
            return Set.of();
        }
        // one row per key: ON CONFLICT DO UPDATE may not touch a row twice in one statement
        String[] keys = new LinkedHashSet<>(recordKeys).toArray(String[]::new);
        List<String> newer = jdbc.queryForList("""
                INSERT INTO federation_record_version (from_node, record_key, version)
                SELECT ?, k, ? FROM unnest(?::text[]) AS k
                ON CONFLICT (from_node, record_key) DO UPDATE SET version = EXCLUDED.version
                WHERE federation_record_version.version < EXCLUDED.version
                RETURNING record_key""", String.class, fromNode, version, keys);
        return Set.copyOf(newer);
    }
}
