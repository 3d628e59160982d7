package org.sabueso.tip.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.Notices;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Page;
import org.sabueso.shared.Refusal;
import org.sabueso.tip.Confidence;
import org.sabueso.tip.Sighting;
import org.sabueso.tip.TipEntry;
import org.sabueso.tip.TipExchange;
import org.sabueso.tip.TipEvents;
import org.sabueso.tip.TipRefusal;
import org.sabueso.tip.TipStatus;
import org.sabueso.tip.TipSummary;
import org.sabueso.tip.TipView;
import org.sabueso.tip.Tips;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The agency's side: the inbox, reading a tip, its status and assignment, notes, questions to
 * the tipster and sightings. A staff member handles a tip when their agency receives it and may
 * still see its notice; every read and change is published for the audit trail, never with
 * the tip's content.
 */
@Component
class TipTriage {

    static final int PAGE_SIZE = 25;
    /** The inbox shows this much of what the tipster saw: a line of the table. */
    static final int PREVIEW = 120;

    private record Handled(TipRepository.TipRow row, byte[] contentKey, String subject) {
    }

    private final TipRepository repository;
    private final TipVault vault;
    private final TipContent content;
    private final Notices notices;
    private final Agencies agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TipTriage(TipRepository repository, TipVault vault, TipContent content, Notices notices, Agencies agencies,
              ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.vault = vault;
        this.content = content;
        this.notices = notices;
        this.agencies = agencies;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Paged in SQL: the notices of the agency's tips are asked once each whether the viewer may
     * see them (the notice module decides, as before), and the page, its order and its total are
     * then the database's, over general tips and tips about those notices only.
     */
    Page<TipSummary> inbox(Viewer viewer, TipStatus status, boolean mine, int page) {
        requireStaff(viewer);
        TipRepository.InboxFilter filter = new TipRepository.InboxFilter(viewer.agencyId(), status,
                mine ? viewer.username() : null);
        Map<UUID, String> subjects = new HashMap<>();
        for (UUID noticeId : repository.inboxNotices(filter)) {
            notices.peek(viewer, noticeId).ifPresent(n -> subjects.put(noticeId, n.subject().writtenName()));
        }
        List<UUID> visible = List.copyOf(subjects.keySet());
        long total = repository.inboxCount(filter, visible);
        List<TipSummary> shown = repository.inboxPage(filter, visible, PAGE_SIZE, (long) page * PAGE_SIZE).stream()
                .map(r -> new TipSummary(r.id(), r.noticeId(), r.noticeId() == null ? null : subjects.get(r.noticeId()),
                        r.status(), r.assignedTo(), r.receivedAt(), r.updatedAt(), r.messages(), preview(r)))
                .toList();
        events.publishEvent(new TipEvents.TipsListed(viewer.username(), viewer.agencyId(),
                (status == null ? "all" : status.name()) + (mine ? " mine" : "") + ", " + shown.size() + " previews"));
        return new Page<>(shown, total, page, PAGE_SIZE);
    }

    /** The first words of what the tipster saw. */
    private String preview(TipRepository.InboxRow r) {
        if (r.reportId() == null) {
            return "";
        }
        String what = vault.open(vault.openForAgency(r.id(), r.key()), r.id(), r.reportId(), r.sealedReport()).what();
        return what == null ? "" : what.length() > PREVIEW ? what.substring(0, PREVIEW - 1) + "…" : what;
    }

    Optional<TipView> read(Viewer viewer, UUID id, String channel) {
        return handled(viewer, id).map(h -> {
            TipRepository.TipRow t = h.row();
            events.publishEvent(new TipEvents.TipRead(id, viewer.username(), viewer.agencyId(), channel));
            return new TipView(t.id(), t.noticeId(), h.subject(), t.status(), t.assignedTo(),
                    new LinkedHashSet<>(repository.recipients(id)), t.receivedAt(), t.updatedAt(), t.version(),
                    content.entries(id, h.contentKey()), repository.sightingsOfTip(viewer.agencyId(), id));
        });
    }

    Optional<Tips.StoredPhoto> photo(Viewer viewer, UUID tipId, UUID photoId) {
        return handled(viewer, tipId).flatMap(h -> repository.photo(tipId, photoId)
                .map(p -> new Tips.StoredPhoto(p.contentType(), vault.openPhoto(h.contentKey(), tipId, photoId, p.sealed())))
                .map(p -> {
                    events.publishEvent(new TipEvents.TipPhotoRead(tipId, photoId, viewer.username(), viewer.agencyId()));
                    return p;
                }));
    }

    void changeStatus(Viewer viewer, UUID id, TipStatus status) {
        Handled h = mustHandle(viewer, id);
        if (status == null) {
            throw new DomainException.InvalidInput("status", TipRefusal.STATUS_REQUIRED);
        }
        if (status == h.row().status()) {
            return;
        }
        if (status == TipStatus.LED_TO_CAPTURE && h.row().noticeId() == null) {
            throw new DomainException.InvalidInput("status", TipRefusal.CAPTURE_NEEDS_NOTICE);
        }
        repository.updateStatus(id, status, clock.instant());
        events.publishEvent(new TipEvents.TipTriaged(id, "status", viewer.username(), viewer.agencyId()));
        events.publishEvent(new TipExchange.TipAnswered(id, viewer.agencyId()));
        if (status == TipStatus.LED_TO_CAPTURE) {
            events.publishEvent(new TipEvents.TipLedToCapture(id, h.row().noticeId(), viewer.username(), viewer.agencyId()));
            // the capture is the notice's too: it leaves the wanted list, in the same transaction as the tip's status
            notices.recordCapture(viewer, h.row().noticeId());
        }
    }

    /** A username is at most 100 characters (the column); a longer one names nobody. */
    void assign(Viewer viewer, UUID id, String username) {
        mustHandle(viewer, id);
        String to = username == null || username.isBlank() ? null : username.strip();
        if (to != null) {
            boolean colleague = to.length() <= 100 && agencies.viewerFor(to)
                    .filter(v -> viewer.agencyId().equals(v.agencyId()) && v.isAgencyAnalystOrSupervisor())
                    .isPresent();
            if (!colleague) {
                throw new DomainException.InvalidInput("assignedTo", TipRefusal.ASSIGNEE_NOT_COLLEAGUE);
            }
        }
        repository.updateAssignee(id, to, clock.instant());
        events.publishEvent(new TipEvents.TipTriaged(id, "assign", viewer.username(), viewer.agencyId()));
    }

    /** An internal note, or ({@code TO_TIPSTER}) a question the tipster reads with the codename. */
    void staffEntry(Viewer viewer, UUID id, TipEntry.Kind kind, String text, String change) {
        Handled h = mustHandle(viewer, id);
        Map<String, Refusal> errors = new LinkedHashMap<>();
        String body = TipRules.text(text, TipRules.MAX_TEXT, "text", true, errors);
        if (!errors.isEmpty()) {
            throw new DomainException.InvalidInput(errors);
        }
        Instant now = clock.instant();
        content.addEntry(id, h.contentKey(), kind, viewer.username(), viewer.agencyId(), now, TipVault.Report.message(body), List.of());
        repository.touch(id, now);
        events.publishEvent(new TipEvents.TipTriaged(id, change, viewer.username(), viewer.agencyId()));
        if (kind == TipEntry.Kind.TO_TIPSTER) {
            // the tipster reads it where the tip was filed: a federated node sends it there
            events.publishEvent(new TipExchange.TipAnswered(id, viewer.agencyId()));
        }
    }

    UUID recordSighting(Viewer viewer, UUID tipId, String place, Instant seenAt, Confidence confidence) {
        Handled h = mustHandle(viewer, tipId);
        Map<String, Refusal> errors = new LinkedHashMap<>();
        if (h.row().noticeId() == null) {
            errors.put("tip", Refusal.of(TipRefusal.SIGHTING_NEEDS_NOTICE));
        }
        String where = TipRules.text(place, TipRules.MAX_PLACE, "place", true, errors);
        TipRules.sighting(seenAt, confidence, clock.instant(), errors);
        if (!errors.isEmpty()) {
            throw new DomainException.InvalidInput(errors);
        }
        UUID id = UUID.randomUUID();
        repository.insertSighting(id, tipId, h.row().noticeId(), viewer.agencyId(), where, seenAt, confidence,
                viewer.username(), clock.instant());
        events.publishEvent(new TipEvents.TipTriaged(tipId, "sighting", viewer.username(), viewer.agencyId()));
        return id;
    }

    List<Sighting> sightings(Viewer viewer, UUID noticeId) {
        if (notices.peek(viewer, noticeId).isEmpty()) {
            // as the notice's own page answers, where the sightings are shown
            throw new DomainException.NotFound(TipRefusal.NOTICE_NOT_FOUND, noticeId);
        }
        if (viewer.agencyId() == null) {
            return List.of();
        }
        return repository.sightingsOfNotice(viewer.agencyId(), noticeId);
    }

    long waiting(Viewer viewer) {
        return repository.waiting(viewer.agencyId());
    }

    private Optional<Handled> handled(Viewer viewer, UUID id) {
        if (id == null || !viewer.isAgencyAnalystOrSupervisor()) {
            return Optional.empty();
        }
        return repository.byId(id).flatMap(t -> {
            String subject = null;
            if (t.noticeId() != null) {
                Optional<NoticeDetail> notice = notices.peek(viewer, t.noticeId());
                if (notice.isEmpty()) {
                    return Optional.empty();
                }
                subject = notice.get().subject().writtenName();
            }
            String s = subject;
            return repository.wrappedKey(id, viewer.agencyId()).map(k -> new Handled(t, vault.openForAgency(id, k), s));
        });
    }

    private Handled mustHandle(Viewer viewer, UUID id) {
        requireStaff(viewer);
        return handled(viewer, id).orElseThrow(() -> new DomainException.NotFound(TipRefusal.NOT_FOUND, id));
    }

    private static void requireStaff(Viewer viewer) {
        if (!viewer.isAgencyAnalystOrSupervisor()) {
            throw new DomainException.NotAllowed(TipRefusal.STAFF_ONLY);
        }
    }
}
