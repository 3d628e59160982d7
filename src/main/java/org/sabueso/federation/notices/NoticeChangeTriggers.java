package org.sabueso.federation.notices;

import java.util.UUID;

import org.sabueso.federation.FederationStatus;
import org.sabueso.federation.internal.FederatedNode;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.Outbox;
import org.sabueso.notice.NoticeCopies;
import org.sabueso.notice.NoticeEvents;
import org.sabueso.person.PhotoAttached;
import org.sabueso.reward.RewardEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What changes what another node sees of a notice this node owns: its status (activation,
 * location, arrest, cancellation, expiry), its review-by date, its sharing scope and partners, a
 * photo of its subject, a reward offered on it. Each asks the outbox to send the notice's state
 * again, in the change's own transaction (plain listeners, as the audit module's), so the change
 * and its message commit together; the relay decides per node what it may see. Changes to copies
 * of other nodes' notices ask nothing: only the owner speaks for a notice.
 */
@Component
@FederatedNode
class NoticeChangeTriggers {

    private final FederationStatus federation;
    private final Outbox outbox;
    private final NoticeCopies copies;

    NoticeChangeTriggers(FederationStatus federation, Outbox outbox, NoticeCopies copies) {
        this.federation = federation;
        this.outbox = outbox;
        this.copies = copies;
    }

    @EventListener
    void on(NoticeEvents.NoticeStatusChanged e) {
        changed(e.noticeId());
    }

    @EventListener
    void on(NoticeEvents.NoticeRenewed e) {
        changed(e.noticeId());
    }

    @EventListener
    void on(NoticeEvents.NoticeScopeChanged e) {
        changed(e.noticeId());
    }

    /** The demo's notices, written ACTIVE; an import's wait for review and come back as {@link NoticeEvents.ImportedNoticesActivated}. */
    @EventListener
    void on(NoticeEvents.NoticesImported e) {
        if (e.importId() == null && e.noticeIds() != null) {
            e.noticeIds().forEach(this::changed);
        }
    }

    @EventListener
    void on(NoticeEvents.ImportedNoticesActivated e) {
        e.noticeIds().forEach(this::changed);
    }

    @EventListener
    void on(PhotoAttached e) {
        if (federation.federated()) {
            copies.ownOnSubject(e.personId()).forEach(this::changed);
        }
    }

    @EventListener
    void on(RewardEvents.RewardOffered e) {
        changed(e.noticeId());
    }

    private void changed(UUID noticeId) {
        if (!federation.federated()) {
            return;
        }
        if (copies.state(noticeId).map(h -> !h.isCopy()).orElse(false)) {
            outbox.recordChanged(Kinds.NOTICE_STATE, noticeId.toString());
        }
    }
}
