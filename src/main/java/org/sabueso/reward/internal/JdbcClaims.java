package org.sabueso.reward.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.reward.ClaimStatus;
import org.sabueso.reward.ClaimView;
import org.sabueso.reward.NewPayout;
import org.sabueso.reward.RewardClaims;
import org.sabueso.reward.RewardEvents;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Money;
import org.sabueso.shared.Page;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims and payouts. Every rule that protects the money is also a database constraint: one
 * standing claim per claimant and capture, one payout per claimant and capture, two different
 * payout approvers who are not the evaluator, a payment only after both. Each change of state is
 * one conditional UPDATE whose row count says whether it happened, so of concurrent requests
 * exactly one changes the claim and only that one is audited; the others are refused with 409.
 */
@Service
class JdbcClaims implements RewardClaims {

    static final int PAGE_SIZE = 20;
    static final int MAX_TEXT = 2000;

    private static final String SELECT = """
            SELECT c.id, c.offer_id, c.notice_id, c.payout_approver_1, c.offering_agency_id, o.amount, o.currency, c.status,
                   c.filed_at, c.deadline, c.evaluated_by, c.evaluated_at, c.reason, c.approved_amount, c.approved_currency,
                   p.id, p.amount, p.currency, p.paid_on, p.method, p.recorded_by, p.first_approver, p.second_approver,
                   c.payout_approver_2
            FROM reward_claim c JOIN reward_offer o ON o.id = c.offer_id
            LEFT JOIN reward_payout p ON p.claim_id = c.id
            """;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Period decideWithin;

    JdbcClaims(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
               @Value("${sabueso.reward.claim-deadline:P60D}") Period decideWithin) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.decideWithin = decideWithin;
    }

    @Override
    @Transactional
    public ClaimView file(byte[] claimant, UUID noticeId, UUID offerId) {
        if (offerId == null) {
            throw new DomainException.InvalidInput("offerId", "choose the reward offer you claim");
        }
        if (claimant == null || claimant.length == 0) {
            throw new IllegalArgumentException("a claim needs its claimant");
        }
        record Offer(UUID noticeId, String agency, LocalDate validFrom) {
        }
        Offer offer = jdbc.sql("SELECT notice_id, offering_agency_id, valid_from FROM reward_offer WHERE id = ?")
                .param(offerId).query((rs, i) -> new Offer(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, LocalDate.class))).optional()
                .filter(o -> o.noticeId().equals(noticeId))
                .orElseThrow(() -> new DomainException.InvalidInput("offerId", "no reward offer on this tip's notice"));
        // to the minute, like a tip's own times: a finer time could be matched with a visit (ADR 0006)
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO reward_claim (id, offer_id, notice_id, claimant, offering_agency_id, filed_at, deadline)
                    VALUES (?,?,?,?,?,?,?)""")
                    .params(id, offerId, noticeId, claimant, offer.agency(), Timestamp.from(now),
                            LocalDate.now(clock).plus(decideWithin))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DomainException.Conflict("this tip already has a claim for this capture");
        }
        // no event: the tipster's actions stay out of the audit chain (ADR 0006)
        return find(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClaimView> ofClaimant(byte[] claimant) {
        return jdbc.sql(SELECT + " WHERE c.claimant = ? ORDER BY c.filed_at, c.id").param(claimant).query(this::map).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ClaimView> list(Viewer viewer, ClaimStatus status, int page) {
        requireStaff(viewer);
        String filter = " WHERE c.offering_agency_id = ?" + (status == null ? "" : " AND c.status = ?");
        Object[] params = status == null ? new Object[] {viewer.agencyId()} : new Object[] {viewer.agencyId(), status.name()};
        long total = jdbc.sql("SELECT count(*) FROM reward_claim c" + filter).params(params).query(Long.class).single();
        List<ClaimView> items = jdbc.sql(SELECT + filter + " ORDER BY c.status = 'PAID', c.deadline, c.id LIMIT ? OFFSET ?")
                .params(append(params, PAGE_SIZE, (long) page * PAGE_SIZE)).query(this::map).list();
        events.publishEvent(new RewardEvents.ClaimsRead(viewer.username(), viewer.agencyId(),
                "list " + (status == null ? "all" : status.name())));
        return new Page<>(items, total, page, PAGE_SIZE);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ClaimView> get(Viewer viewer, UUID claimId) {
        requireStaff(viewer);
        Optional<ClaimView> claim = find(claimId).filter(c -> viewer.belongsTo(c.offeringAgencyId()));
        claim.ifPresent(c -> events.publishEvent(new RewardEvents.ClaimsRead(viewer.username(), viewer.agencyId(),
                c.id().toString())));
        return claim;
    }

    @Override
    @Transactional
    public ClaimView evaluate(Viewer viewer, UUID claimId, boolean approve, BigDecimal amount, String reason) {
        ClaimView c = forSupervisor(viewer, claimId);
        if (c.status() != ClaimStatus.FILED) {
            throw new DomainException.Conflict("only a filed claim may be evaluated; this one is " + c.status());
        }
        String why = text(reason, "reason", "say why the claim is approved or rejected");
        BigDecimal granted = null;
        if (approve) {
            granted = amount == null ? c.offered().amount() : amount;
            if (granted.signum() <= 0 || granted.compareTo(c.offered().amount()) > 0) {
                throw new DomainException.InvalidInput("amount", "the amount must be above zero and at most the offer");
            }
            if (granted.scale() > 2) {
                throw new DomainException.InvalidInput("amount", "at most two decimals");
            }
        }
        ClaimStatus outcome = approve ? ClaimStatus.APPROVED : ClaimStatus.REJECTED;
        int changed = jdbc.sql("""
                UPDATE reward_claim SET status = ?, evaluated_by = ?, evaluated_at = ?, reason = ?, approved_amount = ?,
                  approved_currency = ?, version = version + 1 WHERE id = ? AND status = 'FILED'""")
                .params(outcome.name(), viewer.username(), Timestamp.from(clock.instant()), why, granted,
                        approve ? c.offered().currency().getCurrencyCode() : null, claimId)
                .update();
        if (changed != 1) {
            throw new DomainException.Conflict("the claim was changed by someone else; reload and try again");
        }
        events.publishEvent(new RewardEvents.ClaimEvaluated(claimId, outcome, viewer.username(), viewer.agencyId()));
        return find(claimId).orElseThrow();
    }

    @Override
    @Transactional
    public ClaimView recordPayout(Viewer viewer, UUID claimId, NewPayout payout) {
        ClaimView c = forSupervisor(viewer, claimId);
        if (c.status() != ClaimStatus.APPROVED) {
            throw new DomainException.Conflict("claim.payout-not-open", "a payment is recorded once, for an approved claim");
        }
        if (!c.readyToPay()) {
            throw new DomainException.Conflict("claim.payout-needs-two-approvals",
                    "two supervisors must approve the payout before the payment is recorded");
        }
        String method = checkPayment(c, payout);
        record Approved(String first, String second, byte[] claimant) {
        }
        Approved a = jdbc.sql("""
                UPDATE reward_claim SET status = 'PAID', version = version + 1
                WHERE id = ? AND status = 'APPROVED' AND payout_approver_2 IS NOT NULL
                RETURNING payout_approver_1, payout_approver_2, claimant""")
                .param(claimId).query((rs, i) -> new Approved(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new DomainException.Conflict("claim.payout-not-open", "a payment is recorded once, for an approved claim"));
        try {
            jdbc.sql("""
                    INSERT INTO reward_payout (id, claim_id, claimant, notice_id, amount, currency, paid_on, method, recorded_by,
                      recorded_at, first_approver, second_approver)
                    VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""")
                    .params(UUID.randomUUID(), claimId, a.claimant(), c.noticeId(), payout.amount().amount(),
                            payout.amount().currency().getCurrencyCode(), payout.paidOn(), method, viewer.username(),
                            Timestamp.from(clock.instant()), a.first(), a.second())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DomainException.Conflict("this tip was already paid for this capture");
        }
        events.publishEvent(new RewardEvents.PayoutChanged(claimId, "record", payout.amount(), viewer.username(),
                viewer.agencyId()));
        return find(claimId).orElseThrow();
    }

    /** The payment's method, once amount, currency and date are checked against the approved claim. */
    private String checkPayment(ClaimView c, NewPayout payout) {
        if (payout == null || payout.amount() == null) {
            throw new DomainException.InvalidInput("amount", "the amount paid is required");
        }
        if (!payout.amount().currency().equals(c.approved().currency())) {
            throw new DomainException.InvalidInput("currency", "pay in the currency of the offer (" + c.approved().currency() + ")");
        }
        if (payout.amount().amount().signum() <= 0 || payout.amount().amount().compareTo(c.approved().amount()) > 0) {
            throw new DomainException.InvalidInput("amount", "the amount must be above zero and at most the approved amount");
        }
        if (payout.paidOn() == null) {
            throw new DomainException.InvalidInput("paidOn", "the date of payment is required");
        }
        if (payout.paidOn().isAfter(LocalDate.now(clock).plusDays(31))) {
            throw new DomainException.InvalidInput("paidOn", "the date of payment is too far ahead");
        }
        return text(payout.method(), "method", "say how it is paid");
    }

    @Override
    @Transactional
    public ClaimView approvePayout(Viewer viewer, UUID claimId) {
        ClaimView c = forSupervisor(viewer, claimId);
        String who = viewer.username();
        if (who.equals(c.evaluatedBy())) {
            throw new DomainException.NotAllowed("claim.evaluator-may-not-approve-payout",
                    "the supervisor who evaluated the claim may not approve its payout; two other supervisors must");
        }
        // One statement decides: the first approval if there is none, the second if another
        // supervisor gave the first. Under concurrent requests PostgreSQL re-checks the WHERE on the
        // row as the winner left it, so a request that lost the race updates nothing.
        Optional<Integer> step = jdbc.sql("""
                UPDATE reward_claim SET
                  payout_approver_2 = CASE WHEN payout_approver_1 IS NULL THEN NULL ELSE CAST(:who AS text) END,
                  payout_approved_2_at = CASE WHEN payout_approver_1 IS NULL THEN NULL ELSE CAST(:now AS timestamptz) END,
                  payout_approver_1 = coalesce(payout_approver_1, CAST(:who AS text)),
                  payout_approved_1_at = coalesce(payout_approved_1_at, CAST(:now AS timestamptz)),
                  version = version + 1
                WHERE id = :id AND status = 'APPROVED' AND evaluated_by <> :who AND payout_approver_2 IS NULL
                  AND (payout_approver_1 IS NULL OR payout_approver_1 <> :who)
                RETURNING CASE WHEN payout_approver_2 IS NULL THEN 1 ELSE 2 END""")
                .param("who", who).param("now", Timestamp.from(clock.instant())).param("id", claimId)
                .query(Integer.class).optional();
        if (step.isEmpty()) {
            ClaimView now = find(claimId).orElseThrow();
            if (now.payoutApprovers().contains(who)) {
                throw new DomainException.Conflict("claim.payout-already-approved-by-you",
                        "you already approved this payout; a second, different supervisor must");
            }
            if (now.status() == ClaimStatus.APPROVED && now.readyToPay()) {
                throw new DomainException.Conflict("claim.payout-approved-twice", "this payout already has its two approvals");
            }
            throw new DomainException.Conflict("claim.payout-not-open", "only the payout of an approved, unpaid claim is approved");
        }
        events.publishEvent(new RewardEvents.PayoutChanged(claimId, "approve" + step.get(), c.approved(), who, viewer.agencyId()));
        return find(claimId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public long[] openAndOverdue(Viewer viewer) {
        return jdbc.sql("""
                SELECT count(*), count(*) FILTER (WHERE deadline < ?) FROM reward_claim
                WHERE offering_agency_id = ? AND status IN ('FILED','APPROVED')""")
                .params(LocalDate.now(clock), viewer.agencyId())
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    private ClaimView forSupervisor(Viewer viewer, UUID claimId) {
        requireStaff(viewer);
        ClaimView c = find(claimId).filter(x -> viewer.belongsTo(x.offeringAgencyId()))
                .orElseThrow(() -> new DomainException.NotFound("no claim " + claimId));
        if (!viewer.has(Role.SUPERVISOR)) {
            throw new DomainException.NotAllowed("only a supervisor of the offering agency may decide on claims and payouts");
        }
        return c;
    }

    private static void requireStaff(Viewer viewer) {
        if (viewer.agencyId() == null || !(viewer.has(Role.ANALYST) || viewer.has(Role.SUPERVISOR))) {
            throw new DomainException.NotAllowed("only analysts and supervisors of an agency see its reward claims");
        }
    }

    private Optional<ClaimView> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query(this::map).optional();
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
        List<String> approvers = java.util.stream.Stream.of(rs.getString(4), rs.getString(24))
                .filter(java.util.Objects::nonNull).toList();
        return new ClaimView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(5), offered, status, rs.getTimestamp(9).toInstant(), deadline,
                open && deadline.isBefore(LocalDate.now(clock)), rs.getString(11),
                rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toInstant(), rs.getString(13), approved,
                approvers, payout);
    }

    private static String text(String value, String field, String missing) {
        if (value == null || value.isBlank()) {
            throw new DomainException.InvalidInput(field, missing);
        }
        String v = value.strip();
        if (v.length() > MAX_TEXT) {
            throw new DomainException.InvalidInput(field, "at most 2000 characters");
        }
        return v;
    }

    private static Object[] append(Object[] params, Object... more) {
        Object[] all = java.util.Arrays.copyOf(params, params.length + more.length);
        System.arraycopy(more, 0, all, params.length, more.length);
        return all;
    }
}
