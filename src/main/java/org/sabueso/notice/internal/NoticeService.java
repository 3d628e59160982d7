package org.sabueso.notice.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.ComplianceChecks;
import org.sabueso.notice.NoticeCounts;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticeDraft;
import org.sabueso.notice.NoticeEvents;
import org.sabueso.notice.NoticeQuery;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.NoticeSummary;
import org.sabueso.notice.Notices;
import org.sabueso.notice.RequestedAction;
import org.sabueso.notice.Review;
import org.sabueso.notice.Transition;
import org.sabueso.person.Alias;
import org.sabueso.person.IdentityDocument;
import org.sabueso.person.NewPerson;
import org.sabueso.person.PersonView;
import org.sabueso.person.Persons;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Page;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class NoticeService implements Notices {

    private final NoticeRepository repository;
    private final Persons persons;
    private final Agencies agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ImportedNoticeWriter writer;

    NoticeService(NoticeRepository repository, Persons persons, Agencies agencies, ApplicationEventPublisher events,
                  Clock clock, ImportedNoticeWriter writer) {
        this.writer = writer;
        this.repository = repository;
        this.persons = persons;
        this.agencies = agencies;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Page<NoticeSummary> search(Viewer viewer, NoticeQuery query) {
        Page<NoticeSummary> page = repository.search(viewer, query);
        if (!viewer.isPublic()) {
            events.publishEvent(new NoticeEvents.NoticesListed(viewer.username(), viewer.agencyId(),
                    describe(query), page.total(), "search"));
        }
        return page;
    }

    private static String describe(NoticeQuery q) {
        return "q=" + (q.text() == null ? "" : q.text()) + " status=" + (q.status() == null ? "" : q.status())
                + " country=" + (q.country() == null ? "" : q.country()) + " page=" + q.page();
    }

    @Override
    @Transactional
    public Optional<NoticeDetail> read(Viewer viewer, UUID id, String channel) {
        Optional<NoticeDetail> notice = peek(viewer, id);
        notice.ifPresent(n -> {
            if (!viewer.isPublic()) {
                events.publishEvent(new NoticeEvents.NoticeRead(n.id(), n.subject().id(), viewer.username(),
                        viewer.agencyId(), channel));
            }
        });
        return notice;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<NoticeDetail> peek(Viewer viewer, UUID id) {
        return repository.find(id).map(this::detail).filter(n -> SharingPolicy.mayView(viewer, n));
    }

    private NoticeDetail detail(NoticeRepository.Row r) {
        PersonView subject = persons.get(r.subjectId()).orElseThrow();
        return detail(r, subject);
    }

    private static NoticeDetail detail(NoticeRepository.Row r, PersonView subject) {
        return new NoticeDetail(r.id(), r.reference(), r.status(), r.issuingAgencyId(), r.issuingCountry(), subject,
                r.offences(), r.summary(), r.warrantReference(), r.legalBasis(), r.requestedAction(), r.scope(),
                r.partners(), r.reviewBy(), r.createdBy(), r.createdAt(), r.updatedAt(), r.activatedAt(), r.version());
    }

    /** Reads for a change: visible to the viewer, or not found. */
    private NoticeDetail visible(Viewer viewer, UUID id) {
        return peek(viewer, id).orElseThrow(() -> new DomainException.NotFound("no notice " + id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Set<String> agencyIds() {
        return agencies.all().stream().map(AgencyView::id).collect(Collectors.toSet());
    }

    @Override
    @Transactional
    public UUID draft(Viewer viewer, NoticeDraft draft) {
        NoticeRules.onlyStaffOfAnAgencyMayDraft(viewer);
        NoticeRules.validate(draft, agencyIds(), today());
        UUID subjectId = persons.record(draft.subject(), viewer.agencyId());
        UUID id = UUID.randomUUID();
        String reference = repository.nextReference(viewer.country(), today().getYear());
        NoticeRepository.Row row = new NoticeRepository.Row(id, reference, NoticeStatus.DRAFT, viewer.agencyId(),
                viewer.country(), subjectId, draft.subject().writtenName(), draft.offences(), draft.summary(),
                draft.warrantReference().strip(), draft.legalBasis().strip(), draft.requestedAction(),
                draft.sharingScope(), draft.partnerAgencyIds(), draft.reviewBy(), viewer.username(), null, null, null, 0);
        repository.insert(row, searchText(reference, draft.subject(), draft.offences(), draft.summary()));
        repository.recordTransition(id, null, NoticeStatus.DRAFT, viewer.username(), viewer.agencyId(), "drafted");
        events.publishEvent(new NoticeEvents.NoticeDrafted(id, reference, viewer.username(), viewer.agencyId()));
        return id;
    }

    @Override
    @Transactional
    public UUID draftInCase(Viewer viewer, CaseNotice notice) {
        NoticeRules.onlyStaffOfAnAgencyMayDraftInACase(viewer);
        NoticeRules.aCaseReferenceIsRequired(notice.caseReference());
        String caseReference = notice.caseReference().strip();
        PersonView subject = persons.get(notice.subjectId())
                .orElseThrow(() -> new DomainException.InvalidInput("subjectId", "no person " + notice.subjectId()));
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
                searchText(reference, asRecorded, draft.offences(), null));
        repository.fileUnderCase(id, caseReference);
        repository.recordTransition(id, null, NoticeStatus.DRAFT, viewer.username(), viewer.agencyId(), "drafted");
        events.publishEvent(new NoticeEvents.NoticeDrafted(id, reference, viewer.username(), viewer.agencyId()));
        move(viewer, detail(repository.find(id).orElseThrow(), subject), NoticeStatus.UNDER_REVIEW, "submitted for review");
        return id;
    }

    /** The person as recorded, in the shape a draft carries (for validation and the search text). */
    private static NewPerson asRecorded(PersonView p) {
        return new NewPerson(p.writtenName(), p.name(), p.aliases(), p.birthDate(), p.nationalities(), p.documents(),
                p.sex(), p.description(), p.externalId());
    }

    @Override
    @Transactional(readOnly = true)
    public List<NoticeSummary> inCase(Viewer viewer, String caseReference) {
        if (caseReference == null || caseReference.isBlank()) {
            return List.of();
        }
        return repository.inCase(viewer, caseReference.strip());
    }

    @Override
    @Transactional
    public void revise(Viewer viewer, UUID id, NoticeDraft draft, int expectedVersion) {
        NoticeDetail current = visible(viewer, id);
        NoticeRules.onlyTheIssuingAgencyMayChange(viewer, current);
        NoticeRules.onlyDraftsMayBeRevised(current);
        NoticeRules.validate(draft, agencyIds(), today());
        persons.revise(current.subject().id(), draft.subject(), viewer.agencyId());
        NoticeRepository.Row row = new NoticeRepository.Row(id, current.reference(), current.status(),
                current.issuingAgencyId(), current.issuingCountry(), current.subject().id(),
                draft.subject().writtenName(), draft.offences(), draft.summary(), draft.warrantReference().strip(),
                draft.legalBasis().strip(), draft.requestedAction(), draft.sharingScope(), draft.partnerAgencyIds(),
                draft.reviewBy(), current.createdBy(), null, null, null, expectedVersion);
        if (repository.update(row, searchText(current.reference(), draft.subject(), draft.offences(), draft.summary()),
                expectedVersion, viewer.username()) == 0) {
            throw new DomainException.Conflict("the notice was changed by someone else; reload and try again");
        }
        events.publishEvent(new NoticeEvents.NoticeRevised(id, current.reference(), viewer.username(), viewer.agencyId()));
    }

    @Override
    @Transactional
    public void submitForReview(Viewer viewer, UUID id, String reason) {
        NoticeDetail n = visible(viewer, id);
        NoticeRules.onlyTheIssuingAgencyMayChange(viewer, n);
        NoticeRules.onlyAllowedTransitions(n, NoticeStatus.UNDER_REVIEW);
        if (n.status() != NoticeStatus.DRAFT) {
            throw new DomainException.Conflict("only a draft may be submitted for review");
        }
        move(viewer, n, NoticeStatus.UNDER_REVIEW, reason == null || reason.isBlank() ? "submitted for review" : reason);
    }

    @Override
    @Transactional
    public void review(Viewer viewer, UUID id, ComplianceChecks checks, boolean approve, String comment) {
        NoticeDetail n = visible(viewer, id);
        NoticeRules.onlyTheIssuingAgencySupervisorMayApprove(viewer, n);
        if (n.status() != NoticeStatus.UNDER_REVIEW) {
            throw new DomainException.Conflict("only a notice under review may be reviewed; this one is " + n.status());
        }
        if (comment != null && comment.length() > NoticeRules.MAX_TEXT) {
            throw new DomainException.InvalidInput("comment", "the comment is longer than " + NoticeRules.MAX_TEXT + " characters");
        }
        if (approve) {
            NoticeRules.noWriterOfTheNoticeMayApproveIt(viewer, repository.writers(id));
            NoticeRules.aFailedComplianceCheckBlocksActivation(checks);
            NoticeRules.reviewByMustBeAhead(n.reviewBy(), today(), "reviewBy");
        } else if (comment == null || comment.isBlank()) {
            throw new DomainException.InvalidInput("comment", "say why the notice is returned");
        }
        repository.recordReview(id, viewer.username(), viewer.agencyId(), checks, approve, comment);
        move(viewer, n, approve ? NoticeStatus.ACTIVE : NoticeStatus.DRAFT,
                approve ? "approved" + (comment == null || comment.isBlank() ? "" : ": " + comment) : "returned: " + comment);
    }

    @Override
    @Transactional
    public void transition(Viewer viewer, UUID id, NoticeStatus target, String reason) {
        NoticeDetail n = visible(viewer, id);
        NoticeRules.onlyTheIssuingAgencyMayChange(viewer, n);
        NoticeRules.aReasonIsRequired(reason);
        if (target == NoticeStatus.UNDER_REVIEW || target == NoticeStatus.DRAFT || target == NoticeStatus.EXPIRED
                || (target == NoticeStatus.ACTIVE && n.status() != NoticeStatus.LOCATED)) {
            throw new DomainException.Conflict(target + " is reached through review or expiry, not directly");
        }
        if (target == NoticeStatus.CANCELLED) {
            NoticeRules.onlySupervisorsMayCancelOrRenew(viewer);
        }
        NoticeRules.onlyAllowedTransitions(n, target);
        move(viewer, n, target, reason.strip());
    }

    @Override
    @Transactional
    public void renew(Viewer viewer, UUID id, LocalDate reviewBy, String reason) {
        NoticeDetail n = visible(viewer, id);
        NoticeRules.onlyTheIssuingAgencyMayChange(viewer, n);
        NoticeRules.onlySupervisorsMayCancelOrRenew(viewer);
        NoticeRules.aReasonIsRequired(reason);
        if (!n.status().open()) {
            throw new DomainException.Conflict("only an active or located notice may be renewed");
        }
        NoticeRules.reviewByMustBeAhead(reviewBy, today(), "reviewBy");
        repository.changeReviewBy(id, reviewBy);
        repository.recordTransition(id, n.status(), n.status(), viewer.username(), viewer.agencyId(),
                "renewed until " + reviewBy + ": " + reason.strip());
        events.publishEvent(new NoticeEvents.NoticeRenewed(id, n.reference(), n.reviewBy(), reviewBy,
                viewer.username(), viewer.agencyId()));
    }

    private void move(Viewer viewer, NoticeDetail n, NoticeStatus target, String reason) {
        if (!repository.changeStatus(n.id(), n.status(), target)) {
            throw new DomainException.Conflict("the notice was changed by someone else; reload and try again");
        }
        repository.recordTransition(n.id(), n.status(), target, viewer.username(), viewer.agencyId(), reason);
        events.publishEvent(new NoticeEvents.NoticeStatusChanged(n.id(), n.reference(), n.status(), target,
                viewer.username(), viewer.agencyId()));
        if (target == NoticeStatus.ACTIVE) {
            events.publishEvent(new NoticeEvents.NoticeActivated(n.id(), n.subject().id(), n.issuingAgencyId()));
        }
    }

    @Override
    @Transactional
    public int expireOverdue(LocalDate today) {
        List<UUID> overdue = repository.overdue(today);
        for (UUID id : overdue) {
            repository.find(id).ifPresent(r -> {
                if (repository.changeStatus(id, r.status(), NoticeStatus.EXPIRED)) {
                    repository.recordTransition(id, r.status(), NoticeStatus.EXPIRED, "system", null,
                            "review-by date " + r.reviewBy() + " passed without renewal");
                    events.publishEvent(new NoticeEvents.NoticeStatusChanged(id, r.reference(), r.status(),
                            NoticeStatus.EXPIRED, "system", null));
                }
            });
        }
        return overdue.size();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Transition> history(Viewer viewer, UUID id) {
        visible(viewer, id);
        return repository.transitions(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Review> reviews(Viewer viewer, UUID id) {
        visible(viewer, id);
        return repository.reviews(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<NoticeSummary> reviewQueue(Viewer viewer, int page) {
        if (viewer.agencyId() == null) {
            return new Page<>(List.of(), 0, 0, 25);
        }
        return repository.search(viewer, new NoticeQuery(null, NoticeStatus.UNDER_REVIEW, null, viewer.agencyId(), page, 25),
                true);
    }

    @Override
    @Transactional(readOnly = true)
    public NoticeCounts counts(Viewer viewer) {
        Map<NoticeStatus, Long> byStatus = new EnumMap<>(NoticeStatus.class);
        for (NoticeStatus s : NoticeStatus.values()) {
            byStatus.put(s, 0L);
        }
        byStatus.putAll(repository.countByStatus(viewer));
        long awaiting = viewer.agencyId() == null ? 0
                : repository.search(viewer, new NoticeQuery(null, NoticeStatus.UNDER_REVIEW, null, viewer.agencyId(), 0, 1)).total();
        return new NoticeCounts(byStatus, awaiting, repository.countReviewDue(viewer, today().plusDays(30)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Transition> recentActivity(Viewer viewer, int limit) {
        return repository.recentTransitions(viewer, Math.min(Math.max(limit, 1), 100));
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachVisible(Viewer viewer, Consumer<NoticeDetail> action) {
        // PostgreSQL orders uuids by their bytes: the nil uuid is the smallest (Java's compareTo is signed)
        UUID after = new UUID(0L, 0L);
        while (true) {
            List<UUID> ids = repository.visibleIdsAfter(viewer, after, 500);
            if (ids.isEmpty()) {
                return;
            }
            for (NoticeDetail d : withSubjects(repository.findAll(ids))) {
                if (SharingPolicy.mayView(viewer, d)) {
                    action.accept(d);
                }
            }
            after = ids.getLast();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachScreenable(Consumer<NoticeDetail> action) {
        // PostgreSQL orders uuids by their bytes: the nil uuid is the smallest (Java's compareTo is signed)
        UUID after = new UUID(0L, 0L);
        while (true) {
            List<NoticeRepository.Row> rows = repository.openAfter(after, 2000);
            if (rows.isEmpty()) {
                return;
            }
            withSubjects(rows).forEach(action);
            after = rows.getLast().id();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<NoticeDetail> forScreening(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : withSubjects(repository.findAll(List.copyOf(ids)));
    }

    private List<NoticeDetail> withSubjects(List<NoticeRepository.Row> rows) {
        Map<UUID, PersonView> subjects = persons.getAll(rows.stream().map(NoticeRepository.Row::subjectId).toList());
        return rows.stream().map(r -> detail(r, subjects.get(r.subjectId()))).toList();
    }

    /** The demo loader's path only: every other import waits for review ({@link ImportReviewService}). */
    @Override
    @Transactional
    public List<UUID> importActive(Viewer viewer, List<ImportedNotice> notices, SharingScope scope) {
        return writer.write(viewer, notices, scope, NoticeStatus.ACTIVE, null);
    }

    /** What full-text search finds a notice by: reference, names, aliases, documents, offences, summary. */
    static String searchText(String reference, NewPerson p, List<String> offences, String summary) {
        StringBuilder sb = new StringBuilder(reference).append(' ').append(p.writtenName());
        for (Alias a : p.aliases()) {
            sb.append(' ').append(a.name());
        }
        for (IdentityDocument d : p.documents()) {
            sb.append(' ').append(d.number());
        }
        offences.forEach(o -> sb.append(' ').append(o));
        if (summary != null) {
            sb.append(' ').append(summary);
        }
        return sb.toString();
    }

}
