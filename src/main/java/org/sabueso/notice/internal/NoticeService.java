package org.sabueso.notice.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.CapturedNotice;
import org.sabueso.notice.ComplianceChecks;
import org.sabueso.notice.NoticeCounts;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticeDraft;
import org.sabueso.notice.NoticeQuery;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.NoticeSummary;
import org.sabueso.notice.Notices;
import org.sabueso.notice.Review;
import org.sabueso.notice.Transition;
import org.sabueso.shared.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notice module's facade: each call is one transaction, handed to the part that does it —
 * {@link NoticeReads} (search, read, history, walks), {@link NoticeDrafting} (drafts and their
 * revisions), {@link NoticeLifecycle} (review, moves, renewal, expiry) and {@link ImportedNoticeWriter}.
 */
@Service
class NoticeService implements Notices {

    private final NoticeReads reads;
    private final NoticeDrafting drafting;
    private final NoticeLifecycle lifecycle;
    private final ImportedNoticeWriter writer;
    private final CapturedNotices captured;
    private final NoticeResharing resharing;

    NoticeService(NoticeReads reads, NoticeDrafting drafting, NoticeLifecycle lifecycle, ImportedNoticeWriter writer,
                  CapturedNotices captured, NoticeResharing resharing) {
        this.resharing = resharing;
        this.reads = reads;
        this.drafting = drafting;
        this.lifecycle = lifecycle;
        this.writer = writer;
        this.captured = captured;
    }

    @Override
    @Transactional
    public Page<NoticeSummary> search(Viewer viewer, NoticeQuery query) {
        return reads.search(viewer, query);
    }

    @Override
    @Transactional
    public Optional<NoticeDetail> read(Viewer viewer, UUID id, String channel) {
        return reads.read(viewer, id, channel);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<NoticeDetail> peek(Viewer viewer, UUID id) {
        return reads.peek(viewer, id);
    }

    @Override
    @Transactional
    public UUID draft(Viewer viewer, NoticeDraft draft) {
        return drafting.draft(viewer, draft);
    }

    @Override
    @Transactional
    public UUID draftInCase(Viewer viewer, CaseNotice notice) {
        return drafting.draftInCase(viewer, notice);
    }

    @Override
    @Transactional(readOnly = true)
    public List<NoticeSummary> inCase(Viewer viewer, String caseReference) {
        return reads.inCase(viewer, caseReference);
    }

    @Override
    @Transactional
    public void revise(Viewer viewer, UUID id, NoticeDraft draft, int expectedVersion) {
        drafting.revise(viewer, id, draft, expectedVersion);
    }

    @Override
    @Transactional
    public void submitForReview(Viewer viewer, UUID id, String reason) {
        lifecycle.submitForReview(viewer, id, reason);
    }

    @Override
    @Transactional
    public void review(Viewer viewer, UUID id, ComplianceChecks checks, boolean approve, String comment) {
        lifecycle.review(viewer, id, checks, approve, comment);
    }

    @Override
    @Transactional
    public void transition(Viewer viewer, UUID id, NoticeStatus target, String reason) {
        lifecycle.transition(viewer, id, target, reason);
    }

    @Override
    @Transactional
    public boolean recordCapture(Viewer viewer, UUID id) {
        return lifecycle.recordCapture(viewer, id);
    }

    @Override
    @Transactional
    public void reshare(Viewer viewer, UUID id, SharingScope scope, java.util.Set<String> partnerAgencyIds, String reason) {
        resharing.reshare(viewer, id, scope, partnerAgencyIds, reason);
    }

    @Override
    @Transactional
    public void renew(Viewer viewer, UUID id, LocalDate reviewBy, String reason) {
        lifecycle.renew(viewer, id, reviewBy, reason);
    }

    @Override
    @Transactional
    public int expireOverdue(LocalDate today) {
        return lifecycle.expireOverdue(today);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Transition> history(Viewer viewer, UUID id) {
        return reads.history(viewer, id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Review> reviews(Viewer viewer, UUID id) {
        return reads.reviews(viewer, id);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<NoticeSummary> reviewQueue(Viewer viewer, int page) {
        return reads.reviewQueue(viewer, page);
    }

    @Override
    @Transactional(readOnly = true)
    public NoticeCounts counts(Viewer viewer) {
        return reads.counts(viewer);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Transition> recentActivity(Viewer viewer, int limit) {
        return reads.recentActivity(viewer, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachVisible(Viewer viewer, Consumer<NoticeDetail> action) {
        reads.forEachVisible(viewer, action);
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachScreenable(Consumer<NoticeDetail> action) {
        reads.forEachScreenable(action);
    }

    @Override
    @Transactional(readOnly = true)
    public List<NoticeDetail> forScreening(Collection<UUID> ids) {
        return reads.forScreening(ids);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CapturedNotice> recentlyCaptured(Instant since, int limit) {
        return captured.since(since, limit);
    }

    /** The demo loader's path only: every other import waits for review ({@link ImportReviewService}). */
    @Override
    @Transactional
    public List<UUID> importActive(Viewer viewer, List<ImportedNotice> notices, SharingScope scope) {
        return writer.write(viewer, notices, scope, NoticeStatus.ACTIVE, null);
    }
}
