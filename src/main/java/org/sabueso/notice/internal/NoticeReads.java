package org.sabueso.notice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeCounts;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticeEvents;
import org.sabueso.notice.NoticeQuery;
import org.sabueso.notice.NoticeRefusal;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.NoticeSummary;
import org.sabueso.notice.Review;
import org.sabueso.notice.Transition;
import org.sabueso.person.PersonView;
import org.sabueso.person.Persons;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Page;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reading notices: search, one notice with its subject, its history and reviews, the review queue,
 * the dashboard's counts, and the paged walks of exports and screening. Each read passes the
 * sharing policy; the facade ({@link NoticeService}) holds the transactions.
 */
@Component
class NoticeReads {

    /** Notices read per page of an export's walk: bounds what is held at once, whatever the agency's size. */
    private static final int VISIBLE_PAGE = 500;

    /** Open notices read per page for the screening index, which reads them all at once (no viewer filter to apply). */
    private static final int SCREENABLE_PAGE = 2000;

    /** The review queue's page: the console lists 25 notices per page everywhere. */
    private static final int QUEUE_PAGE = 25;

    /** The dashboard counts notices whose review-by date falls within this many days. */
    private static final int REVIEW_DUE_DAYS = 30;

    private final NoticeRepository repository;
    private final NoticeHistoryRepository history;
    private final Persons persons;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NoticeReads(NoticeRepository repository, NoticeHistoryRepository history, Persons persons,
                ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.history = history;
        this.persons = persons;
        this.events = events;
        this.clock = clock;
    }

    Page<NoticeSummary> search(Viewer viewer, NoticeQuery query) {
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

    Optional<NoticeDetail> read(Viewer viewer, UUID id, String channel) {
        Optional<NoticeDetail> notice = peek(viewer, id);
        notice.ifPresent(n -> {
            if (!viewer.isPublic()) {
                events.publishEvent(new NoticeEvents.NoticeRead(n.id(), n.subject().id(), viewer.username(),
                        viewer.agencyId(), channel));
            }
        });
        return notice;
    }

    Optional<NoticeDetail> peek(Viewer viewer, UUID id) {
        return repository.find(id).map(this::detail).filter(n -> SharingPolicy.mayView(viewer, n));
    }

    /** Reads for a change: visible to the viewer, or not found. */
    NoticeDetail visible(Viewer viewer, UUID id) {
        return peek(viewer, id).orElseThrow(() -> new DomainException.NotFound(NoticeRefusal.NOT_FOUND, id));
    }

    NoticeDetail detail(NoticeRepository.Row r) {
        PersonView subject = persons.get(r.subjectId()).orElseThrow();
        return detail(r, subject);
    }

    static NoticeDetail detail(NoticeRepository.Row r, PersonView subject) {
        return new NoticeDetail(r.id(), r.reference(), r.status(), r.issuingAgencyId(), r.issuingCountry(), subject,
                r.offences(), r.summary(), r.warrantReference(), r.legalBasis(), r.requestedAction(), r.scope(),
                r.partners(), r.reviewBy(), r.createdBy(), r.createdAt(), r.updatedAt(), r.activatedAt(), r.version());
    }

    List<NoticeSummary> inCase(Viewer viewer, String caseReference) {
        if (caseReference == null || caseReference.isBlank()) {
            return List.of();
        }
        return repository.inCase(viewer, caseReference.strip());
    }

    List<Transition> history(Viewer viewer, UUID id) {
        visible(viewer, id);
        return history.transitions(id);
    }

    List<Review> reviews(Viewer viewer, UUID id) {
        visible(viewer, id);
        return history.reviews(id);
    }

    Page<NoticeSummary> reviewQueue(Viewer viewer, int page) {
        if (viewer.agencyId() == null) {
            return new Page<>(List.of(), 0, 0, QUEUE_PAGE);
        }
        return repository.search(viewer,
                new NoticeQuery(null, NoticeStatus.UNDER_REVIEW, null, viewer.agencyId(), page, QUEUE_PAGE), true);
    }

    NoticeCounts counts(Viewer viewer) {
        Map<NoticeStatus, Long> byStatus = new EnumMap<>(NoticeStatus.class);
        for (NoticeStatus s : NoticeStatus.values()) {
            byStatus.put(s, 0L);
        }
        byStatus.putAll(repository.countByStatus(viewer));
        long awaiting = viewer.agencyId() == null ? 0
                : repository.search(viewer, new NoticeQuery(null, NoticeStatus.UNDER_REVIEW, null, viewer.agencyId(), 0, 1)).total();
        return new NoticeCounts(byStatus, awaiting,
                repository.countReviewDue(viewer, LocalDate.now(clock).plusDays(REVIEW_DUE_DAYS)));
    }

    /** At most 100 steps: the dashboard shows a handful, and the query scans the latest 500 only. */
    List<Transition> recentActivity(Viewer viewer, int limit) {
        return history.recentTransitions(viewer, Math.min(Math.max(limit, 1), 100));
    }

    void forEachVisible(Viewer viewer, Consumer<NoticeDetail> action) {
        // PostgreSQL orders uuids by their bytes: the nil uuid is the smallest (Java's compareTo is signed)
        UUID after = new UUID(0L, 0L);
        while (true) {
            List<UUID> ids = repository.visibleIdsAfter(viewer, after, VISIBLE_PAGE);
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

    void forEachScreenable(Consumer<NoticeDetail> action) {
        // PostgreSQL orders uuids by their bytes: the nil uuid is the smallest (Java's compareTo is signed)
        UUID after = new UUID(0L, 0L);
        while (true) {
            List<NoticeRepository.Row> rows = repository.openAfter(after, SCREENABLE_PAGE);
            if (rows.isEmpty()) {
                return;
            }
            withSubjects(rows).forEach(action);
            after = rows.getLast().id();
        }
    }

    List<NoticeDetail> forScreening(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : withSubjects(repository.findAll(List.copyOf(ids)));
    }

    private List<NoticeDetail> withSubjects(List<NoticeRepository.Row> rows) {
        Map<UUID, PersonView> subjects = persons.getAll(rows.stream().map(NoticeRepository.Row::subjectId).toList());
        return rows.stream().map(r -> detail(r, subjects.get(r.subjectId()))).toList();
    }
}
