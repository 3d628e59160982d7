package org.sabueso.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.sabueso.audit.AuditEntry;
import org.sabueso.audit.AuditQuery;
import org.sabueso.audit.AuditSnapshot;
import org.sabueso.audit.AuditTrail;
import org.sabueso.audit.ChainVerdict;
import org.sabueso.shared.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the {@code audit_entry} table. Long walks (verification, exports) run in one read-only
 * transaction with a cursor that fetches a few thousand rows at a time, so a million entries
 * never sit in memory at once.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

    private static final String COLUMNS =
            "seq, at, actor, actor_agency, action, target_type, target_id, detail, prev_hash, hash";
    private static final int FETCH_SIZE = 2_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final AuditCheckpoints checkpoints;

    JdbcAuditTrail(JdbcClient jdbc, DataSource dataSource, AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.checkpoints = checkpoints;
        // PostgreSQL streams with a cursor only inside a transaction and with a fetch size set
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditQuery q) {
        Where where = where(q);
        long total = jdbc.sql("SELECT count(*) FROM audit_entry" + where.sql()).params(where.params())
                .query(Long.class).single();
        List<Object> params = new ArrayList<>(where.params());
        params.add(q.size());
        params.add((long) q.page() * q.size());
        List<AuditEntry> items = jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry" + where.sql()
                        + " ORDER BY seq DESC LIMIT ? OFFSET ?")
                .params(params).query(JdbcAuditTrail::map).list();
        return new Page<>(items, total, q.page(), q.size());
    }

    /**
     * One repeatable-read transaction: PostgreSQL gives every statement in it the same snapshot,
     * so the head, the page and the walk (on the streaming template, which joins this
     * transaction's connection) see the same chain, whatever is appended meanwhile.
     */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AuditSnapshot snapshot(AuditQuery q, boolean verify, ChainVerdict.Anchor anchor) {
        // the walk first: it reads the signed checkpoint before its first statement takes the
        // snapshot, so the checkpoint is never newer than the chain the snapshot holds
        ChainVerdict verdict = verify ? verify(anchor, true, null) : null;
        AuditEntry head = head().orElse(null);
        return new AuditSnapshot(head, search(q), verdict);
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void forEach(AuditQuery q, Consumer<AuditEntry> action) {
        Where where = where(q);
        try (Stream<AuditEntry> entries = streaming.queryForStream("SELECT " + COLUMNS + " FROM audit_entry"
                + where.sql() + " ORDER BY seq", JdbcAuditTrail::map, where.params().toArray())) {
            entries.forEach(action);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AuditEntry> head() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq DESC LIMIT 1")
                .query(JdbcAuditTrail::map).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> after(long seq, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE seq > ? ORDER BY seq LIMIT ?")
                .params(seq, limit).query(JdbcAuditTrail::map).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> actions() {
        // a skip scan over the action index: one probe per distinct action, not a pass over every entry
        return jdbc.sql("""
                WITH RECURSIVE a(action) AS (
                  (SELECT action FROM audit_entry ORDER BY action LIMIT 1)
                  UNION ALL
                  SELECT (SELECT e.action FROM audit_entry e WHERE e.action > a.action ORDER BY e.action LIMIT 1)
                  FROM a WHERE a.action IS NOT NULL)
                SELECT action FROM a WHERE action IS NOT NULL""").query(String.class).list();
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerdict verify(ChainVerdict.Anchor anchor, boolean againstCheckpoint, LongConsumer progress) {
        ChainVerdict.Anchor checkpoint = null;
        if (againstCheckpoint) {
            switch (checkpoints.latest()) {
                case AuditCheckpoints.Latest.Invalid invalid -> {
                    return new ChainVerdict.Broken(invalid.seq(), ChainVerdict.Problem.CHECKPOINT_SIGNATURE_INVALID,
                            invalid.detail(), 0);
                }
                case AuditCheckpoints.Latest.Valid valid -> checkpoint = valid.checkpoint().anchor();
                case AuditCheckpoints.Latest.None none -> {
                }
            }
        }
        try (Stream<AuditEntry> entries = streaming.queryForStream("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq",
                JdbcAuditTrail::map)) {
            return ChainVerifier.verify(entries.iterator(), anchor, checkpoint, progress, PROGRESS_EVERY);
        }
    }

    /** A WHERE clause of the filters that are set, with their parameters in order. */
    private record Where(List<String> conditions, List<Object> params) {

        Where and(String condition, Object value) {
            if (value != null) {
                conditions.add(condition);
                params.add(value);
            }
            return this;
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }

    private static Where where(AuditQuery q) {
        return new Where(new ArrayList<>(), new ArrayList<>())
                .and("actor = ?", q.actor())
                .and("actor_agency = ?", q.agency())
                .and("action = ?", q.action())
                .and("target_id = ?", q.target())
                .and("at >= ?", q.from() == null ? null : q.from().atStartOfDay().atOffset(ZoneOffset.UTC))
                .and("at < ?", q.to() == null ? null : q.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        Instant at = rs.getObject(2, OffsetDateTime.class).toInstant();
        return new AuditEntry(rs.getLong(1), at, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
    }
}
