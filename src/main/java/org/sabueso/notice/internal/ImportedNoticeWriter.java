package org.sabueso.notice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeEvents;
import org.sabueso.notice.NoticeReason;
import org.sabueso.notice.NoticeRefusal;
import org.sabueso.notice.Offences;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.Notices.ImportedNotice;
import org.sabueso.notice.RequestedAction;
import org.sabueso.notice.Transition;
import org.sabueso.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of imported persons with their notices in the caller's transaction: UNDER_REVIEW
 * in an import (interchange), or ACTIVE for the demo loader's own notices.
 */
@Component
class ImportedNoticeWriter {

    private final NoticeRepository repository;
    private final NoticeHistoryRepository history;
    private final org.sabueso.person.Persons persons;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImportedNoticeWriter(NoticeRepository repository, NoticeHistoryRepository history, org.sabueso.person.Persons persons,
                         ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.history = history;
        this.persons = persons;
        this.events = events;
        this.clock = clock;
    }

    List<UUID> write(Viewer viewer, List<ImportedNotice> notices, SharingScope scope, NoticeStatus status,
                     UUID importId) {
        NoticeRules.onlyStaffOfAnAgencyMayDraft(viewer);
        if (notices.isEmpty()) {
            return List.of();
        }
        if (scope == SharingScope.PARTNERS) {
            throw new DomainException.InvalidInput("scope", NoticeRefusal.IMPORT_SCOPE_PARTNERS);
        }
        LocalDate today = LocalDate.now(clock);
        List<UUID> subjectIds = persons.recordAll(notices.stream().map(ImportedNotice::subject).toList(), viewer.agencyId());
        List<String> references = repository.nextReferences(viewer.country(), today.getYear(), notices.size());
        List<NoticeRepository.Row> rows = new ArrayList<>(notices.size());
        List<SearchTerms> texts = new ArrayList<>(notices.size());
        Instant now = clock.instant();
        Instant activatedAt = status == NoticeStatus.ACTIVE ? now : null;
        // a year, as for a notice drafted by hand: the form proposes the same date
        LocalDate reviewBy = today.plusYears(1);
        for (int i = 0; i < notices.size(); i++) {
            ImportedNotice in = notices.get(i);
            List<String> offences = in.offences().isEmpty() ? List.of(Offences.UNSPECIFIED) : in.offences();
            if (in.reviewBy() != null) {
                NoticeRules.reviewByMustBeAhead(in.reviewBy(), today, "reviewBy");
            }
            if (in.legalBasis() != null && in.legalBasis().length() > NoticeRules.MAX_TEXT) {
                throw new DomainException.InvalidInput("legalBasis", NoticeRefusal.LEGAL_BASIS_LONG, NoticeRules.MAX_TEXT);
            }
            rows.add(new NoticeRepository.Row(UUID.randomUUID(), references.get(i), status,
                    viewer.agencyId(), viewer.country(), subjectIds.get(i), in.subject().writtenName(), offences,
                    in.summary(), in.sourceReference() == null ? "imported" : in.sourceReference(),
                    in.legalBasis() == null ? "imported from FollowTheMoney data" : in.legalBasis(),
                    in.requestedAction() == null ? RequestedAction.LOCATE : in.requestedAction(), scope, Set.of(),
                    in.reviewBy() == null ? reviewBy : in.reviewBy(), viewer.username(), now, now, activatedAt, 0));
            texts.add(SearchTerms.of(references.get(i), rows.getLast().warrantReference(), in.subject(), offences,
                    in.summary()));
        }
        repository.insertAll(rows, texts, importId);
        List<UUID> ids = rows.stream().map(NoticeRepository.Row::id).toList();
        history.recordTransitions(ids, status, viewer.username(), viewer.agencyId(), importId == null
                ? Transition.Why.of(NoticeReason.IMPORTED_ACTIVE)
                : Transition.Why.of(NoticeReason.IMPORTED_FOR_REVIEW, importId));
        events.publishEvent(new NoticeEvents.NoticesImported(viewer.username(), viewer.agencyId(), ids.size(), ids,
                importId));
        return ids;
    }
}
