package org.sabueso.reward.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.sabueso.reward.ClaimStatus;
import org.sabueso.reward.ClaimView;
import org.sabueso.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The claim and payout tables. Each change of state is one conditional statement whose result
 * says whether it happened (a row count, a returned row), so the caller can tell the one request
 * that changed a claim from the concurrent ones that found it changed; the database's unique
 * constraints (one standing claim, one payout per claimant and capture) surface as
 * {@code DuplicateKeyException}.
 */
@Repository
class ClaimRepository {

    private static final String SELECT = """
            SELECT c.id, c.offer_id, c.notice_id, c.payout_approver_1, c.offering_agency_id, o.amount, o.currency, c.status,
                   c.filed_at, c.deadline, c.evaluated_by, c.evaluated_at, c.reason, c.approved_amount, c.approved_currency,
                   p.id, p.amount, p.currency, p.paid_on, p.method, p.recorded_by, p.first_approver, p.second_approver,
                   c.payout_approver_2
            FROM reward_claim c JOIN reward_offer o ON o.id = c.offer_id
            LEFT JOIN reward_payout p ON p.claim_id = c.id
            """;

    /** The offer a claim is filed on: its notice, its agency. */
    record Offer(UUID noticeId, String agencyId) {
    }

    /** The two payout approvers and the claimant, as the claim held them when it was paid. */
    record Approved(String first, String second, byte[] claimant) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ClaimRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Offer> offer(UUID offerId) {
        return jdbc.sql("SELECT notice_id, offering_agency_id FROM reward_offer WHERE id = ?")
                .param(offerId).query((rs, i) -> new Offer(rs.getObject(1, UUID.class), rs.getString(2))).optional();
    }

    void insertClaim(UUID id, UUID offerId, UUID noticeId, byte[] claimant, String agencyId, Instant filedAt, LocalDate deadline) {
        jdbc.sql("""
                INSERT INTO reward_claim (id, offer_id, notice_id, claimant, offering_agency_id, filed_at, deadline)
                VALUES (?,?,?,?,?,?,?)""")
                .params(id, offerId, noticeId, claimant, agencyId, Timestamp.from(filedAt), deadline)
                .update();
    }

    Optional<ClaimView> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query(this::map).optional();
    }

    List<ClaimView> ofClaimant(byte[] claimant) {
        return jdbc.sql(SELECT + " WHERE c.claimant = ? ORDER BY c.filed_at, c.id").param(claimant).query(this::map).list();
    }

    long count(String agencyId, ClaimStatus status) {
        return jdbc.sql("SELECT count(*) FROM reward_claim c" + filter(status)).params(params(agencyId, status))
                .query(Long.class).single();
    }

    /** Open claims first, the nearest deadline first; the id keeps page boundaries still. */
    List<ClaimView> page(String agencyId, ClaimStatus status, int limit, long offset) {
        List<Object> params = params(agencyId, status);
        params.addAll(List.of(limit, offset));
        return jdbc.sql(SELECT + filter(status) + " ORDER BY c.status = 'PAID', c.deadline, c.id LIMIT ? OFFSET ?")
                .params(params).query(this::map).list();
    }

    private static String filter(ClaimStatus status) {
        return " WHERE c.offering_agency_id = ?" + (status == null ? "" : " AND c.status = ?");
    }

    private static List<Object> params(String agencyId, ClaimStatus status) {
        List<Object> params = new ArrayList<>(List.of(agencyId));
        if (status != null) {
            params.add(status.name());
        }
        return params;
    }

    /** Whether this request evaluated the claim: false when it was no longer FILED. */
    boolean evaluate(UUID claimId, ClaimStatus outcome, String by, Instant at, String reason, Money granted) {
        return jdbc.sql("""
                UPDATE reward_claim SET status = ?, evaluated_by = ?, evaluated_at = ?, reason = ?, approved_amount = ?,
                  approved_currency = ?, version = version + 1 WHERE id = ? AND status = 'FILED'""")
                .params(outcome.name(), by, Timestamp.from(at), reason, granted == null ? null : granted.amount(),
                        granted == null ? null : granted.currency().getCurrencyCode(), claimId)
                .update() == 1;
    }

    /**
     * One statement decides: the first approval if there is none, the second if another
     * supervisor gave the first. Under concurrent requests PostgreSQL re-checks the WHERE on the
     * row as the winner left it, so a request that lost the race updates nothing (empty).
     */
    Optional<Integer> approvePayout(UUID claimId, String who, Instant at) {
        return jdbc.sql("""
                UPDATE reward_claim SET
                  payout_approver_2 = CASE WHEN payout_approver_1 IS NULL THEN NULL ELSE CAST(:who AS text) END,
                  payout_approved_2_at = CASE WHEN payout_approver_1 IS NULL THEN NULL ELSE CAST(:now AS timestamptz) END,
                  payout_approver_1 = coalesce(payout_approver_1, CAST(:who AS text)),
                  payout_approved_1_at = coalesce(payout_approved_1_at, CAST(:now AS timestamptz)),
                  version = version + 1
                WHERE id = :id AND status = 'APPROVED' AND evaluated_by <> :who AND payout_approver_2 IS NULL
                  AND (payout_approver_1 IS NULL OR payout_approver_1 <> :who)
                RETURNING CASE WHEN payout_approver_2 IS NULL THEN 1 ELSE 2 END""")
                .param("who", who).param("now", Timestamp.from(at)).param("id", claimId)
                .query(Integer.class).optional();
    }

    /** Marks an approved claim with its two approvals PAID; empty when it was not (any longer) such a claim. */
    Optional<Approved> markPaid(UUID claimId) {
        return jdbc.sql("""
                UPDATE reward_claim SET status = 'PAID', version = version + 1
                WHERE id = ? AND status = 'APPROVED' AND payout_approver_2 IS NOT NULL
                RETURNING payout_approver_1, payout_approver_2, claimant""")
                .param(claimId).query((rs, i) -> new Approved(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    void insertPayout(UUID claimId, Approved a, UUID noticeId, Money amount, LocalDate paidOn, String method, String recordedBy,
                      Instant at) {
        jdbc.sql("""
                INSERT INTO reward_payout (id, claim_id, claimant, notice_id, amount, currency, paid_on, method, recorded_by,
                  recorded_at, first_approver, second_approver)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""")
                .params(UUID.randomUUID(), claimId, a.claimant(), noticeId, amount.amount(),
                        amount.currency().getCurrencyCode(), paidOn, method, recordedBy, Timestamp.from(at), a.first(), a.second())
                .update();
    }

    /** Open claims (filed or approved) of the agency, and how many of them are past their deadline on {@code today}. */
    long[] openAndOverdue(String agencyId, LocalDate today) {
        return jdbc.sql("""
                SELECT count(*), count(*) FILTER (WHERE deadline < ?) FROM reward_claim
                WHERE offering_agency_id = ? AND status IN ('FILED','APPROVED')""")
                .params(today, agencyId)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    private ClaimView map(ResultSet rs, int row) throws SQLException {
        Money offered = new Money(rs.getBigDecimal(6), Currency.getInstance(rs.getString(7).strip()));
        BigDecimal approvedAmount = rs.getBigDecimal(14);
        Money approved = approvedAmount == null ? null : new Money(approvedAmount, Currency.getInstance(rs.getString(15).strip()));
        LocalDate deadline = rs.getObject(10, LocalDate.class);
        ClaimStatus status = ClaimStatus.valueOf(rs.getString(8));
        UUID payoutId = rs.getObject(16, UUID.class);
        ClaimView.PayoutView payout = payoutId == null ? null : new ClaimView.PayoutView(payoutId,
                new Money(rs.getBigDecimal(17), Currency.getInstance(rs.getString(18).strip())),
                rs.getObject(19, LocalDate.class), rs.getString(20), rs.getString(21), rs.getString(22), rs.getString(23));
        boolean open = status == ClaimStatus.FILED || status == ClaimStatus.APPROVED;
        List<String> approvers = Stream.of(rs.getString(4), rs.getString(24)).filter(Objects::nonNull).toList();
        return new ClaimView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                null, null, rs.getString(5), offered, status, rs.getTimestamp(9).toInstant(), deadline,
                open && deadline.isBefore(LocalDate.now(clock)), rs.getString(11),
                rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toInstant(), rs.getString(13), approved,
                approvers, payout);
    }
}
