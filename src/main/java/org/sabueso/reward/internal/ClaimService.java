package org.sabueso.reward.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.reward.ClaimStatus;
import org.sabueso.reward.ClaimView;
import org.sabueso.reward.NewPayout;
import org.sabueso.reward.RewardClaims;
import org.sabueso.reward.RewardEvents;
import org.sabueso.reward.RewardRefusal;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Money;
import org.sabueso.shared.Page;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims and payouts. Every rule that protects the money is checked in {@link ClaimRules} and
 * is also a database constraint: one standing claim per claimant and capture, one payout per
 * claimant and capture, two different payout approvers who are not the evaluator, a payment only
 * after both. Each change of state is one conditional statement ({@link ClaimRepository}), so of
 * concurrent requests exactly one changes the claim and only that one is audited; the others are
 * refused with 409.
 */
@Service
class ClaimService implements RewardClaims {

    static final int PAGE_SIZE = 20;

    private final ClaimRepository repository;
    private final org.sabueso.notice.Notices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Period decideWithin;

    ClaimService(ClaimRepository repository, org.sabueso.notice.Notices notices, ApplicationEventPublisher events, Clock clock,
                 @Value("${sabueso.reward.claim-deadline:P60D}") Period decideWithin) {
        this.repository = repository;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
        this.decideWithin = decideWithin;
    }

    @Override
    @Transactional
    public ClaimView file(byte[] claimant, UUID noticeId, UUID offerId) {
        if (offerId == null) {
            throw new DomainException.InvalidInput("offerId", RewardRefusal.CLAIM_OFFER_REQUIRED);
        }
        if (claimant == null || claimant.length == 0) {
            throw new IllegalArgumentException("a claim needs its claimant");
        }
        ClaimRepository.Offer offer = repository.offer(offerId).filter(o -> o.noticeId().equals(noticeId))
                .orElseThrow(() -> new DomainException.InvalidInput("offerId", RewardRefusal.CLAIM_OFFER_NOT_ON_NOTICE));
        // to the minute, like a tip's own times: a finer time could be matched with a visit (ADR 0006)
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        UUID id = UUID.randomUUID();
        try {
            repository.insertClaim(id, offerId, noticeId, claimant, offer.agencyId(), now, LocalDate.now(clock).plus(decideWithin));
        } catch (DuplicateKeyException e) {
            throw new DomainException.Conflict(RewardRefusal.CLAIM_TWICE);
        }
        // no event: the tipster's actions stay out of the audit chain (ADR 0006)
        return repository.find(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClaimView> ofClaimant(byte[] claimant) {
        return repository.ofClaimant(claimant);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ClaimView> list(Viewer viewer, ClaimStatus status, int page) {
        requireStaff(viewer);
        long total = repository.count(viewer.agencyId(), status);
        List<ClaimView> items = named(repository.page(viewer.agencyId(), status, PAGE_SIZE, (long) page * PAGE_SIZE));
        events.publishEvent(new RewardEvents.ClaimsRead(viewer.username(), viewer.agencyId(),
                "list " + (status == null ? "all" : status.name())));
        return new Page<>(items, total, page, PAGE_SIZE);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ClaimView> get(Viewer viewer, UUID claimId) {
        requireStaff(viewer);
        Optional<ClaimView> claim = repository.find(claimId).filter(c -> viewer.belongsTo(c.offeringAgencyId()))
                .map(c -> named(List.of(c)).getFirst());
        claim.ifPresent(c -> events.publishEvent(new RewardEvents.ClaimsRead(viewer.username(), viewer.agencyId(),
                c.id().toString())));
        return claim;
    }

    @Override
    @Transactional
    public ClaimView evaluate(Viewer viewer, UUID claimId, boolean approve, BigDecimal amount, String reason) {
        ClaimView c = forSupervisor(viewer, claimId);
        ClaimRules.evaluable(c);
        String why = ClaimRules.text(reason, "reason", RewardRefusal.REASON_REQUIRED);
        Money granted = approve ? ClaimRules.granted(c, amount) : null;
        ClaimStatus outcome = approve ? ClaimStatus.APPROVED : ClaimStatus.REJECTED;
        if (!repository.evaluate(claimId, outcome, viewer.username(), clock.instant(), why, granted)) {
            throw new DomainException.Conflict(RewardRefusal.CLAIM_CHANGED_MEANWHILE);
        }
        events.publishEvent(new RewardEvents.ClaimEvaluated(claimId, outcome, viewer.username(), viewer.agencyId()));
        return named(List.of(repository.find(claimId).orElseThrow())).getFirst();
    }

    @Override
    @Transactional
    public ClaimView recordPayout(Viewer viewer, UUID claimId, NewPayout payout) {
        ClaimView c = forSupervisor(viewer, claimId);
        ClaimRules.payable(c);
        String method = ClaimRules.payment(c, payout, LocalDate.now(clock));
        ClaimRepository.Approved a = repository.markPaid(claimId)
                .orElseThrow(() -> new DomainException.Conflict(RewardRefusal.PAYOUT_NOT_OPEN));
        try {
            repository.insertPayout(claimId, a, c.noticeId(), payout.amount(), payout.paidOn(), method, viewer.username(),
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw new DomainException.Conflict(RewardRefusal.PAID_TWICE);
        }
        events.publishEvent(new RewardEvents.PayoutChanged(claimId, "record", payout.amount(), viewer.username(),
                viewer.agencyId()));
        return named(List.of(repository.find(claimId).orElseThrow())).getFirst();
    }

    @Override
    @Transactional
    public ClaimView approvePayout(Viewer viewer, UUID claimId) {
        ClaimView c = forSupervisor(viewer, claimId);
        String who = viewer.username();
        ClaimRules.mayApprovePayout(c, who);
        Optional<Integer> step = repository.approvePayout(claimId, who, clock.instant());
        if (step.isEmpty()) {
            throw ClaimRules.approvalRefused(repository.find(claimId).orElseThrow(), who);
        }
        events.publishEvent(new RewardEvents.PayoutChanged(claimId, "approve" + step.get(), c.approved(), who, viewer.agencyId()));
        return named(List.of(repository.find(claimId).orElseThrow())).getFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public long[] openAndOverdue(Viewer viewer) {
        return repository.openAndOverdue(viewer.agencyId(), LocalDate.now(clock));
    }

    /**
     * The claims with their notice's reference and subject, for the offering agency's staff: the
     * agency offered on the notice, so it was shown the notice when it did. The tipster's view
     * ({@link #ofClaimant}) goes without them; the tip module names the subject itself.
     */
    private List<ClaimView> named(List<ClaimView> claims) {
        Map<UUID, org.sabueso.notice.NoticeDetail> byId = new HashMap<>();
        notices.forScreening(claims.stream().map(ClaimView::noticeId).distinct().toList()).forEach(n -> byId.put(n.id(), n));
        return claims.stream().map(c -> {
            org.sabueso.notice.NoticeDetail n = byId.get(c.noticeId());
            return n == null ? c : c.naming(n.reference(), n.subject().writtenName());
        }).toList();
    }

    private ClaimView forSupervisor(Viewer viewer, UUID claimId) {
        requireStaff(viewer);
        ClaimView c = repository.find(claimId).filter(x -> viewer.belongsTo(x.offeringAgencyId()))
                .orElseThrow(() -> new DomainException.NotFound(RewardRefusal.CLAIM_NOT_FOUND, claimId));
        if (!viewer.has(Role.SUPERVISOR)) {
            throw new DomainException.NotAllowed(RewardRefusal.SUPERVISOR_ONLY);
        }
        return c;
    }

    private static void requireStaff(Viewer viewer) {
        if (!viewer.isAgencyAnalystOrSupervisor()) {
            throw new DomainException.NotAllowed(RewardRefusal.STAFF_ONLY);
        }
    }
}
