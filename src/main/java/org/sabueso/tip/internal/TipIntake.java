package org.sabueso.tip.internal;

import org.sabueso.shared.PhotoCleaner;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.Notices;
import org.sabueso.reward.ClaimView;
import org.sabueso.reward.RewardClaims;
import org.sabueso.reward.RewardOffer;
import org.sabueso.reward.Rewards;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;
import org.sabueso.tip.NewTip;
import org.sabueso.tip.Photo;
import org.sabueso.tip.Receipt;
import org.sabueso.tip.TipEntry;
import org.sabueso.tip.TipExchange;
import org.sabueso.tip.TipLineBusy;
import org.sabueso.tip.TipRefusal;
import org.sabueso.tip.TipStatus;
import org.sabueso.tip.TipsterView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public side of the tip line: filing a tip, and the follow-up where the codename opens the
 * agency's questions, the tipster's answers and the reward claims. Tipster actions publish no
 * event: an audit entry with its moment would be one more record to correlate with (TipEvents).
 * Times are kept to the minute for the same reason. Transactions are drawn by {@link TipService},
 * except where photos are decoded first, outside any (see {@link #submit}).
 */
@Component
class TipIntake {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** A node's keys are sent when it starts, so a minute is ample for the first one to arrive. */
    static final int RETRY_WHEN_NO_KEY_SECONDS = 60;

    /** A tip opened with its codename; {@code claimant} is what its reward claims are filed under. */
    private record Found(TipRepository.TipRow row, byte[] contentKey, byte[] claimant) {
    }

    private final TipRepository repository;
    private final TipVault vault;
    private final TipContent content;
    private final TipRouting routing;
    private final Notices notices;
    private final Agencies agencies;
    private final Rewards rewards;
    private final RewardClaims claims;
    private final PhotoDecoding photoDecoding;
    private final Clock clock;
    private final TransactionTemplate inTransaction;
    private final ApplicationEventPublisher events;

    TipIntake(TipRepository repository, TipVault vault, TipContent content, TipRouting routing, Notices notices,
              Agencies agencies, Rewards rewards, RewardClaims claims, PhotoDecoding photoDecoding, Clock clock,
              PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this.repository = repository;
        this.vault = vault;
        this.content = content;
        this.routing = routing;
        this.notices = notices;
        this.agencies = agencies;
        this.rewards = rewards;
        this.claims = claims;
        this.photoDecoding = photoDecoding;
        this.clock = clock;
        this.inTransaction = new TransactionTemplate(transactions);
        this.events = events;
    }

    /**
     * Not one transaction from the start: photos are decoded first, outside any transaction, so a
     * slow photo never holds a database connection; then the tip is stored in one.
     */
    Receipt submit(NewTip tip) {
        Map<String, Refusal> errors = new LinkedHashMap<>();
        String what = TipRules.text(tip.what(), TipRules.MAX_TEXT, "what", true, errors);
        String where = TipRules.text(tip.where(), TipRules.MAX_SHORT, "where", false, errors);
        String when = TipRules.text(tip.when(), TipRules.MAX_SHORT, "when", false, errors);
        String details = TipRules.text(tip.text(), TipRules.MAX_TEXT, "text", false, errors);
        Set<String> recipients = new LinkedHashSet<>();
        if (tip.noticeId() != null) {
            Optional<Set<String>> routed = routing.recipients(tip.noticeId());
            if (routed.isEmpty()) {
                errors.put("noticeId", Refusal.of(TipRefusal.NO_PUBLIC_NOTICE));
            } else {
                recipients.addAll(routed.get());
            }
        } else if (tip.agencyId() == null || tip.agencyId().isBlank()) {
            errors.put("agencyId", Refusal.of(TipRefusal.AGENCY_REQUIRED));
        } else if (agencies.find(tip.agencyId().strip()).isEmpty()) {
            errors.put("agencyId", Refusal.of(TipRefusal.AGENCY_UNKNOWN));
        } else {
            recipients.add(tip.agencyId().strip());
        }
        if (!errors.isEmpty()) {
            throw new DomainException.InvalidInput(errors);
        }
        List<PhotoCleaner.Clean> photos = photoDecoding.clean(tip.photos());
        TipVault.Report report = new TipVault.Report(what, where, when, details);
        return inTransaction.execute(status -> store(recipients, report, tip.noticeId(), photos));
    }

    private Receipt store(Set<String> recipients, TipVault.Report report, UUID noticeId, List<PhotoCleaner.Clean> photos) {
        String codename = Codenames.generate(RANDOM);
        UUID id = UUID.randomUUID();
        UUID entryId = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        TipVault.NewKeys keys = vault.newTip(id, codename, recipients);
        if (keys.recipients().isEmpty()) {
            // federated, and no receiving agency's key has reached this node yet: store nothing nobody can open
            throw new TipLineBusy(RETRY_WHEN_NO_KEY_SECONDS);
        }
        repository.insertTip(id, vault.receiptHash(codename), noticeId, keys.sealedForTipster(), now, keys.recipients(),
                entryId, vault.seal(keys.contentKey(), id, entryId, report));
        content.addPhotos(id, entryId, keys.contentKey(), photos);
        // the id only, and no audit entry (TipEvents): the federation sends the sealed tip to agencies held by other nodes
        events.publishEvent(new TipExchange.TipFiled(id));
        return new Receipt(codename);
    }

    Optional<TipsterView> followUp(String codename) {
        return byCodename(codename).map(found -> {
            TipRepository.TipRow t = found.row();
            // the agency answers the tipster, never a named officer: a tipster may be close to the people sought
            List<TipEntry> messages = content.entries(t.id(), found.contentKey()).stream()
                    .filter(e -> e.kind() != TipEntry.Kind.NOTE)
                    .map(e -> new TipEntry(e.id(), e.kind(), null, e.agencyId(), e.at(), e.what(), e.where(), e.when(),
                            e.text(), e.photos()))
                    .toList();
            List<ClaimView> ofTip = claims.ofClaimant(found.claimant());
            List<RewardOffer> claimable = t.status() == TipStatus.LED_TO_CAPTURE && t.noticeId() != null
                    ? rewards.offersFor(List.of(t.noticeId()), LocalDate.now(clock)).getOrDefault(t.noticeId(), List.of())
                    .stream().filter(o -> ofTip.stream().noneMatch(c -> c.offerId().equals(o.id()))).toList()
                    : List.of();
            String subject = t.noticeId() == null ? null
                    : notices.peek(Viewer.PUBLIC, t.noticeId()).map(n -> n.subject().writtenName()).orElse(null);
            return new TipsterView(t.id(), t.noticeId(), subject, TipsterView.of(t.status()), messages, ofTip, claimable);
        });
    }

    /** Like {@link #submit}: the photos are decoded before the transaction that stores the answer. */
    void reply(String codename, String text, List<Photo> photos) {
        Found found = mustFind(codename);
        Map<String, Refusal> errors = new LinkedHashMap<>();
        String message = TipRules.text(text, TipRules.MAX_TEXT, "text", PhotoDecoding.present(photos).isEmpty(), errors);
        if (!errors.isEmpty()) {
            throw new DomainException.InvalidInput(errors);
        }
        List<PhotoCleaner.Clean> clean = photoDecoding.clean(photos);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        inTransaction.executeWithoutResult(status -> {
            content.addEntry(found.row().id(), found.contentKey(), TipEntry.Kind.FROM_TIPSTER, null, null, now,
                    TipVault.Report.message(message), clean);
            repository.touch(found.row().id(), now);
            // the agencies held by other nodes read it there: a federated node sends it, in this transaction
            events.publishEvent(new TipExchange.TipsterReplied(found.row().id()));
        });
    }

    void claim(String codename, UUID offerId) {
        Found found = mustFind(codename);
        if (found.row().status() != TipStatus.LED_TO_CAPTURE || found.row().noticeId() == null) {
            throw new DomainException.Conflict(TipRefusal.CLAIM_TOO_EARLY);
        }
        claims.file(found.claimant(), found.row().noticeId(), offerId);
    }

    private Found mustFind(String codename) {
        return byCodename(codename).orElseThrow(() -> new DomainException.InvalidInput("codename", TipRefusal.CODENAME_UNKNOWN));
    }

    private Optional<Found> byCodename(String codename) {
        return Codenames.canonical(codename).flatMap(c -> repository.byReceiptHash(vault.receiptHash(c))
                .map(t -> new Found(t, vault.openForTipster(c, t.id(), t.tipsterKey()), vault.claimant(c))));
    }
}
