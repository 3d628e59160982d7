package org.sabueso.notice.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticeEvents;
import org.sabueso.notice.NoticeReason;
import org.sabueso.notice.NoticeRefusal;
import org.sabueso.notice.Transition.Why;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Changing who may see a released notice (issue 16: a narrowed scope withdraws the copies of the
 * nodes that may no longer see it). A supervisor of the issuing agency decides, with a reason kept
 * in the history; the same field rules as a draft's apply to the scope and partners.
 */
@Component
class NoticeResharing {

    private final JdbcClient jdbc;
    private final NoticeReads reads;
    private final NoticeHistoryRepository history;
    private final CopyGuard copies;
    private final Agencies agencies;
    private final ApplicationEventPublisher events;

    NoticeResharing(JdbcClient jdbc, NoticeReads reads, NoticeHistoryRepository history, CopyGuard copies,
                    Agencies agencies, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.history = history;
        this.copies = copies;
        this.agencies = agencies;
        this.events = events;
    }

    void reshare(Viewer viewer, UUID id, SharingScope scope, Set<String> partnerAgencyIds, String reason) {
        NoticeDetail n = reads.visible(viewer, id);
        copies.refuseChangesToCopies(id);
        NoticeRules.onlyTheIssuingAgencyMayChange(viewer, n);
        NoticeRules.onlySupervisorsMayCancelOrRenew(viewer);
        if (!n.released()) {
            throw new DomainException.Conflict(NoticeRefusal.RESHARE_DRAFT);
        }
        NoticeRules.aReasonIsRequired(reason);
        Set<String> partners = scope == SharingScope.PARTNERS && partnerAgencyIds != null ? Set.copyOf(partnerAgencyIds) : Set.of();
        Map<String, Refusal> errors = new LinkedHashMap<>();
        NoticeRules.checkSharing(scope, partners, agencyIds(), errors);
        if (!errors.isEmpty()) {
            throw new DomainException.InvalidInput(errors);
        }
        jdbc.sql("UPDATE notice SET sharing_scope = ?, updated_at = now(), version = version + 1 WHERE id = ?")
                .params(scope.name(), id).update();
        jdbc.sql("DELETE FROM notice_partner WHERE notice_id = ?").param(id).update();
        for (String p : partners) {
            jdbc.sql("INSERT INTO notice_partner (notice_id, agency_id) VALUES (?, ?)").params(id, p).update();
        }
        history.recordTransition(id, n.status(), n.status(), viewer.username(), viewer.agencyId(),
                Why.of(NoticeReason.RESHARED, n.sharingScope(), scope, reason.strip()));
        events.publishEvent(new NoticeEvents.NoticeScopeChanged(id, n.reference(), n.sharingScope(), scope, partners,
                viewer.username(), viewer.agencyId()));
        // the screening index keeps each notice's scope to filter by: it reads this one again
        events.publishEvent(new NoticeEvents.NoticeContentChanged(id));
    }

    private Set<String> agencyIds() {
        return agencies.all().stream().map(AgencyView::id).collect(Collectors.toSet());
    }
}
