package org.sabueso.tip.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sabueso.tip.TipEntry;
import org.sabueso.tip.TipExchange.Acceptance;
import org.sabueso.tip.TipExchange.AgencyAnswer;
import org.sabueso.tip.TipExchange.FollowUpEntry;
import org.sabueso.tip.TipExchange.SealedTip;
import org.sabueso.tip.TipExchange.TipsterReplies;
import org.springframework.stereotype.Component;

/**
 * A tip's follow-up between the node whose tip line took it and the nodes of its receiving
 * agencies (issue 16). The agency's messages to the tipster and the tip's status go back to the
 * tip line's node, where the codename opens them; the tipster's replies go to the agencies' nodes,
 * where the agencies' keys open them. Entries travel sealed as stored and are taken once each, by
 * id: a message that arrives twice, or after a later one, adds nothing.
 */
@Component
class TipFollowUps {

    /** A staff member's username is at most this long (the staff table's column). */
    private static final int MAX_AUTHOR = 100;

    private final ReceivedTipRepository received;
    private final TipRepository tips;
    private final FollowUpRepository followUps;
    private final TipVault vault;

    TipFollowUps(ReceivedTipRepository received, TipRepository tips, FollowUpRepository followUps, TipVault vault) {
        this.received = received;
        this.tips = tips;
        this.followUps = followUps;
        this.vault = vault;
    }

    Optional<String> receivedFrom(UUID tipId) {
        return received.origin(tipId).map(ReceivedTipRepository.Origin::receivedFrom);
    }

    Optional<AgencyAnswer> answerOf(UUID tipId, String agencyId) {
        if (agencyId == null || !tips.recipients(tipId).contains(agencyId)) {
            return Optional.empty();
        }
        return tips.byId(tipId).map(t -> new AgencyAnswer(tipId, agencyId, t.status(),
                followUps.entries(tipId, TipEntry.Kind.TO_TIPSTER, agencyId)));
    }

    Optional<TipsterReplies> repliesOf(UUID tipId) {
        return tips.byId(tipId).map(t -> new TipsterReplies(tipId, followUps.entries(tipId, TipEntry.Kind.FROM_TIPSTER, null),
                received.photos(tipId, TipEntry.Kind.FROM_TIPSTER)));
    }

    Acceptance acceptAnswer(AgencyAnswer answer, String fromNode) {
        if (answer.tipId() == null || answer.status() == null || !whole(answer.entries(), true)) {
            return Acceptance.UNREADABLE;
        }
        Optional<ReceivedTipRepository.Origin> origin = received.origin(answer.tipId());
        if (origin.isEmpty() || origin.get().receivedFrom() != null || !tips.recipients(answer.tipId()).contains(answer.agencyId())) {
            // not filed here, or the agency was never asked: nobody here is waiting for this answer
            return Acceptance.OTHER_SENDER;
        }
        Optional<List<FollowUpEntry>> fresh = fresh(answer.tipId(), answer.entries());
        if (fresh.isEmpty()) {
            return Acceptance.UNREADABLE;
        }
        TipRepository.TipRow tip = tips.byId(answer.tipId()).orElseThrow();
        fresh.get().forEach(e -> tips.insertEntry(e.id(), answer.tipId(), TipEntry.Kind.TO_TIPSTER, e.author(), answer.agencyId(),
                e.at(), e.sealed()));
        Instant latest = fresh.get().stream().map(FollowUpEntry::at).max(Instant::compareTo).orElse(tip.updatedAt());
        if (tip.status() != answer.status()) {
            tips.updateStatus(answer.tipId(), answer.status(), latest.isAfter(tip.updatedAt()) ? latest : tip.updatedAt());
        } else if (!fresh.get().isEmpty()) {
            tips.touch(answer.tipId(), latest);
        }
        return fresh.get().isEmpty() && tip.status() == answer.status() ? Acceptance.ALREADY_HELD : Acceptance.STORED;
    }

    Acceptance acceptReplies(TipsterReplies replies, String fromNode) {
        if (replies.tipId() == null || !whole(replies.entries(), false) || !photosWhole(replies)) {
            return Acceptance.UNREADABLE;
        }
        Optional<ReceivedTipRepository.Origin> origin = received.origin(replies.tipId());
        if (origin.isEmpty() || !fromNode.equals(origin.get().receivedFrom())) {
            return Acceptance.OTHER_SENDER;
        }
        Optional<List<FollowUpEntry>> fresh = fresh(replies.tipId(), replies.entries());
        if (fresh.isEmpty() || !opensHere(replies)) {
            return Acceptance.UNREADABLE;
        }
        Set<UUID> freshIds = new HashSet<>();
        fresh.get().forEach(e -> {
            tips.insertEntry(e.id(), replies.tipId(), TipEntry.Kind.FROM_TIPSTER, null, null, e.at(), e.sealed());
            freshIds.add(e.id());
        });
        replies.photos().stream().filter(p -> freshIds.contains(p.entryId()) && !followUps.photoHeld(p.id()))
                .forEach(p -> tips.insertPhoto(p.id(), replies.tipId(), p.entryId(), p.contentType(), p.sealed()));
        fresh.get().stream().map(FollowUpEntry::at).max(Instant::compareTo).ifPresent(at -> tips.touch(replies.tipId(), at));
        return fresh.get().isEmpty() ? Acceptance.ALREADY_HELD : Acceptance.STORED;
    }

    /** Every part named; an agency's entries name their author, the tipster's name none. */
    private static boolean whole(List<FollowUpEntry> entries, boolean byStaff) {
        Set<UUID> ids = new HashSet<>();
        for (FollowUpEntry e : entries) {
            if (e.id() == null || e.at() == null || e.sealed() == null || !ids.add(e.id())) {
                return false;
            }
            boolean authored = e.author() != null && !e.author().isBlank() && e.author().length() <= MAX_AUTHOR;
            if (byStaff != authored) {
                return false;
            }
        }
        return true;
    }

    /** Photos of the replies only, of the types the tip line takes, as many an entry as a report may carry. */
    private static boolean photosWhole(TipsterReplies replies) {
        Set<UUID> entries = new HashSet<>();
        replies.entries().forEach(e -> entries.add(e.id()));
        Map<UUID, Integer> perEntry = new HashMap<>();
        for (SealedTip.SealedPhoto p : replies.photos()) {
            if (p.id() == null || p.sealed() == null || !entries.contains(p.entryId())
                    || !TipExchangeService.PHOTO_TYPES.contains(p.contentType())
                    || perEntry.merge(p.entryId(), 1, Integer::sum) > TipExchangeService.MOST_PHOTOS) {
                return false;
            }
        }
        return true;
    }

    /** The entries not held yet; empty when one of them is held for another tip. */
    private Optional<List<FollowUpEntry>> fresh(UUID tipId, List<FollowUpEntry> entries) {
        List<FollowUpEntry> out = new java.util.ArrayList<>();
        for (FollowUpEntry e : entries) {
            Optional<UUID> heldFor = followUps.tipOfEntry(e.id());
            if (heldFor.isEmpty()) {
                out.add(e);
            } else if (!heldFor.get().equals(tipId)) {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }

    /** The replies and their photos open under the content key that a receiving agency here holds. */
    private boolean opensHere(TipsterReplies replies) {
        for (String agency : tips.recipients(replies.tipId())) {
            Optional<TipRepository.WrappedKey> wrapped = tips.wrappedKey(replies.tipId(), agency);
            if (wrapped.isEmpty()) {
                continue;
            }
            byte[] contentKey;
            try {
                contentKey = vault.openForAgency(replies.tipId(), wrapped.get());
            } catch (RuntimeException notOurKey) {
                continue;
            }
            try {
                replies.entries().forEach(e -> vault.open(contentKey, replies.tipId(), e.id(), e.sealed()));
                replies.photos().forEach(p -> vault.openPhoto(contentKey, replies.tipId(), p.id(), p.sealed()));
                return true;
            } catch (RuntimeException sealedOtherwise) {
                return false;
            }
        }
        return false;
    }
}
