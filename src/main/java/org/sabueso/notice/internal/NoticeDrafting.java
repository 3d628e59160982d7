package org.sabueso.notice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticeDraft;
import org.sabueso.notice.NoticeEvents;
import org.sabueso.notice.NoticeReason;
import org.sabueso.notice.NoticeRefusal;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.Notices.CaseNotice;
import org.sabueso.notice.Transition.Why;
import org.sabueso.person.NewPerson;
import org.sabueso.person.PersonView;
import org.sabueso.person.Persons;
import org.sabueso.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writing a notice's draft: a new one with its subject, one on a person already on record (an
 * escaped prisoner's, filed under the case), and revisions of a draft. The facade
 * ({@link NoticeService}) holds the transactions.
 */
@Component
class NoticeDrafting {

    private final NoticeRepository repository;
    private final NoticeHistoryRepository history;
    private final NoticeReads reads;
    private final NoticeLifecycle lifecycle;
    private final Persons persons;
    private final Agencies agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CopyGuard copies;

    NoticeDrafting(NoticeRepository repository, NoticeHistoryRepository history, NoticeReads reads, NoticeLifecycle lifecycle, Persons persons,
                   Agencies agencies, ApplicationEventPublisher events, Clock clock, CopyGuard copies) {
        this.copies = copies;
        this.repository = repository;
        this.history = history;
        this.reads = reads;
        this.lifecycle = lifecycle;
        this.persons = persons;
        this.agencies = agencies;
        this.events = events;
        this.clock = clock;
    }

    UUID draft(Viewer viewer, NoticeDraft draft) {
        NoticeRules.onlyStaffOfAnAgencyMayDraft(viewer);
        NoticeRules.validate(draft, agencyIds(), today());
        UUID subjectId = persons.record(draft.subject(), viewer.agencyId());
        UUID id = UUID.randomUUID();
        String reference = repository.nextReference(viewer.country(), today().getYear());
        NoticeRepository.Row row = new NoticeRepository.Row(id, reference, NoticeStatus.DRAFT, viewer.agencyId(),
                viewer.country(), subjectId, draft.subject().writtenName(), draft.offences(), draft.summary(),
                draft.warrantReference().strip(), draft.legalBasis().strip(), draft.requestedAction(),
                draft.sharingScope(), draft.partnerAgencyIds(), draft.reviewBy(), viewer.username(), null, null, null, 0);
        repository.insert(row, SearchTerms.of(reference, row.warrantReference(), draft.subject(), draft.offences(),
                draft.summary()));
        drafted(viewer, id, reference);
        return id;
    }

    UUID draftInCase(Viewer viewer, CaseNotice notice) {
        NoticeRules.onlyStaffOfAnAgencyMayDraftInACase(viewer);
        NoticeRules.aCaseReferenceIsRequired(notice.caseReference());
        String caseReference = notice.caseReference().strip();
        PersonView subject = persons.get(notice.subjectId()).orElseThrow(
                () -> new DomainException.InvalidInput("subjectId", NoticeRefusal.SUBJECT_UNKNOWN, notice.subjectId()));
        Optional<UUID> inPlay = repository.inPlayOn(subject.id(), viewer.agencyId());
        if (inPlay.isPresent()) {
            repository.fileUnderCase(inPlay.get(), caseReference);
            return inPlay.get();
        }
        NewPerson asRecorded = asRecorded(subject);
        NoticeDraft draft = new NoticeDraft(asRecorded, notice.offences(), notice.summary(), notice.warrantReference(),
                notice.legalBasis(), notice.requestedAction(), notice.sharingScope(), Set.of(), notice.reviewBy());
        NoticeRules.validate(draft, agencyIds(), today());
        UUID id = UUID.randomUUID();
        String reference = repository.nextReference(viewer.country(), today().getYear());
        repository.insert(new NoticeRepository.Row(id, reference, NoticeStatus.DRAFT, viewer.agencyId(),
                viewer.country(), subject.id(), subject.writtenName(), draft.offences(), draft.summary(),
                draft.warrantReference().strip(), draft.legalBasis().strip(), draft.requestedAction(),
                draft.sharingScope(), Set.of(), draft.reviewBy(), viewer.username(), null, null, null, 0),
                // the summary names the subject's associates: searching for one of them must find their
                // own notices, not those of everyone who shared their cell, so it is left out of the search
                SearchTerms.of(reference, draft.warrantReference(), asRecorded, draft.offences(), null));
        repository.fileUnderCase(id, caseReference);
        drafted(viewer, id, reference);
        NoticeDetail written = NoticeReads.detail(repository.find(id).orElseThrow(), subject);
        lifecycle.move(viewer, written, NoticeStatus.UNDER_REVIEW, Why.of(NoticeReason.SUBMITTED));
        return id;
    }

    void revise(Viewer viewer, UUID id, NoticeDraft draft, int expectedVersion) {
        NoticeDetail current = reads.visible(viewer, id);
        copies.refuseChangesToCopies(id);
        NoticeRules.onlyTheIssuingAgencyMayChange(viewer, current);
        NoticeRules.onlyDraftsMayBeRevised(current);
        NoticeRules.validate(draft, agencyIds(), today());
        persons.revise(current.subject().id(), draft.subject(), viewer.agencyId());
        NoticeRepository.Row row = new NoticeRepository.Row(id, current.reference(), current.status(),
                current.issuingAgencyId(), current.issuingCountry(), current.subject().id(),
                draft.subject().writtenName(), draft.offences(), draft.summary(), draft.warrantReference().strip(),
                draft.legalBasis().strip(), draft.requestedAction(), draft.sharingScope(), draft.partnerAgencyIds(),
                draft.reviewBy(), current.createdBy(), null, null, null, expectedVersion);
        if (repository.update(row, SearchTerms.of(current.reference(), row.warrantReference(), draft.subject(),
                        draft.offences(), draft.summary()),
                expectedVersion, viewer.username()) == 0) {
            throw new DomainException.Conflict(NoticeRefusal.CONCURRENT);
        }
        events.publishEvent(new NoticeEvents.NoticeRevised(id, current.reference(), viewer.username(), viewer.agencyId()));
    }

    private void drafted(Viewer viewer, UUID id, String reference) {
        history.recordTransition(id, null, NoticeStatus.DRAFT, viewer.username(), viewer.agencyId(),
                Why.of(NoticeReason.DRAFTED));
        events.publishEvent(new NoticeEvents.NoticeDrafted(id, reference, viewer.username(), viewer.agencyId()));
    }

    /** The person as recorded, in the shape a draft carries (for validation and the search text). */
    static NewPerson asRecorded(PersonView p) {
        return new NewPerson(p.writtenName(), p.name(), p.aliases(), p.birthDate(), p.nationalities(), p.documents(),
                p.sex(), p.description(), p.externalId());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Set<String> agencyIds() {
        return agencies.all().stream().map(AgencyView::id).collect(Collectors.toSet());
    }
}
