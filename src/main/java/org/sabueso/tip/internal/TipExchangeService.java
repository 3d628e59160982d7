package org.sabueso.tip.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.Notices;
import org.sabueso.tip.TipExchange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tips between nodes, on the tip module's side: public keys out and in, a tip's sealed parts out,
 * a received tip checked and stored in its agencies' inboxes. The federation module decides where
 * each goes; this decides what a tip may carry and what a node accepts.
 */
@Service
class TipExchangeService implements TipExchange {

    /** As the tip line takes them (ADR 0006): a tipster's report carries at most three photos. */
    static final int MOST_PHOTOS = 3;
    static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png");

    private final AgencyKeys keys;
    private final TipVault vault;
    private final ReceivedTipRepository repository;
    private final TipRepository tips;
    private final Agencies agencies;
    private final Notices notices;
    private final TipFollowUps followUps;

    TipExchangeService(AgencyKeys keys, TipVault vault, ReceivedTipRepository repository, TipRepository tips,
                       Agencies agencies, Notices notices, TipFollowUps followUps) {
        this.followUps = followUps;
        this.keys = keys;
        this.vault = vault;
        this.repository = repository;
        this.tips = tips;
        this.agencies = agencies;
        this.notices = notices;
    }

    @Override
    public AgencyTipKey publicKey(String agencyId) {
        if (keys.holderOf(agencyId).isPresent()) {
            throw new IllegalArgumentException("agency " + agencyId + " is held by another node");
        }
        AgencyKeys.PublicKey k = keys.current(agencyId);
        return new AgencyTipKey(agencyId, k.id(), k.key());
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> recipients(UUID tipId) {
        return tips.recipients(tipId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SealedTip> sealedFor(UUID tipId, Set<String> agencyIds) {
        return repository.sealed(tipId, agencyIds);
    }

    @Override
    @Transactional
    public boolean learnKey(AgencyTipKey key, String holderNode) {
        return keys.learn(key.agencyId(), key.keyId(), key.publicKey(), holderNode);
    }

    @Override
    @Transactional
    public void forgetKey(String agencyId, String holderNode) {
        keys.forget(agencyId, holderNode);
    }

    @Override
    @Transactional
    public Acceptance accept(SealedTip tip, String fromNode) {
        if (!complete(tip)) {
            return Acceptance.UNREADABLE;
        }
        Optional<ReceivedTipRepository.Origin> here = repository.origin(tip.tipId());
        if (here.isPresent()) {
            return fromNode.equals(here.get().receivedFrom()) ? Acceptance.ALREADY_HELD : Acceptance.OTHER_SENDER;
        }
        for (SealedTip.Recipient r : tip.recipients()) {
            Optional<AgencyView> agency = agencies.find(r.agencyId());
            if (agency.isEmpty() || keys.holderOf(r.agencyId()).isPresent()) {
                return Acceptance.NOT_OUR_AGENCY;
            }
            if (!keys.opensHere(r.agencyId(), r.keyId())) {
                return Acceptance.UNKNOWN_KEY;
            }
            // the sharing policy again, on receipt: the agency must see the notice here, as routing required there
            Viewer asAgency = new Viewer("federation:tip", r.agencyId(), agency.get().country().value(), Set.of());
            if (tip.noticeId() != null && notices.peek(asAgency, tip.noticeId()).isEmpty()) {
                return Acceptance.NOTICE_NOT_VISIBLE;
            }
        }
        if (!opens(tip)) {
            return Acceptance.UNREADABLE;
        }
        repository.insert(tip, fromNode);
        return Acceptance.STORED;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> receivedFrom(UUID tipId) {
        return followUps.receivedFrom(tipId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgencyAnswer> answerOf(UUID tipId, String agencyId) {
        return followUps.answerOf(tipId, agencyId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TipsterReplies> repliesOf(UUID tipId) {
        return followUps.repliesOf(tipId);
    }

    @Override
    @Transactional
    public Acceptance acceptAnswer(AgencyAnswer answer, String fromNode) {
        return followUps.acceptAnswer(answer, fromNode);
    }

    @Override
    @Transactional
    public Acceptance acceptReplies(TipsterReplies replies, String fromNode) {
        return followUps.acceptReplies(replies, fromNode);
    }

    /** Every part named, a report, photos of that report only, of the types the tip line takes. */
    private static boolean complete(SealedTip tip) {
        if (tip.tipId() == null || tip.receivedAt() == null || tip.recipients().isEmpty() || tip.entries().isEmpty()
                || tip.photos().size() > MOST_PHOTOS) {
            return false;
        }
        Set<UUID> entries = tip.entries().stream().map(SealedTip.Entry::id).collect(Collectors.toSet());
        boolean entriesWhole = tip.entries().stream().allMatch(e -> e.id() != null && e.at() != null && e.sealed() != null)
                && entries.size() == tip.entries().size();
        boolean recipientsWhole = tip.recipients().stream()
                .allMatch(r -> r.agencyId() != null && r.keyId() != null && r.wrappedKey() != null)
                && tip.recipients().stream().map(SealedTip.Recipient::agencyId).distinct().count() == tip.recipients().size();
        boolean photosWhole = tip.photos().stream().allMatch(p -> p.id() != null && entries.contains(p.entryId())
                && PHOTO_TYPES.contains(p.contentType()) && p.sealed() != null);
        return entriesWhole && recipientsWhole && photosWhole;
    }

    /** Each agency's wrapped key opens with its private key here, and the report and photos open under it. */
    private boolean opens(SealedTip tip) {
        try {
            for (SealedTip.Recipient r : tip.recipients()) {
                byte[] contentKey = vault.openForAgency(tip.tipId(), new TipRepository.WrappedKey(r.keyId(), r.wrappedKey()));
                tip.entries().forEach(e -> vault.open(contentKey, tip.tipId(), e.id(), e.sealed()));
                tip.photos().forEach(p -> vault.openPhoto(contentKey, tip.tipId(), p.id(), p.sealed()));
            }
            return true;
        } catch (RuntimeException sealedOtherwise) {
            return false;
        }
    }
}
