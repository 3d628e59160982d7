package org.sabueso.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.person.NewPerson;
import org.sabueso.shared.Page;

/**
 * Wanted notices. Every read takes the viewer and returns only what the sharing policy lets
 * them see; a notice they may not see is reported as not found, never as forbidden.
 */
public interface Notices {

    Page<NoticeSummary> search(Viewer viewer, NoticeQuery query);

    /** Reads a notice and records the read in the audit trail ({@code channel}: web, api, export). */
    Optional<NoticeDetail> read(Viewer viewer, UUID id, String channel);

    /** Reads without auditing, for the public portal (anonymous) and internal composition. */
    Optional<NoticeDetail> peek(Viewer viewer, UUID id);

    UUID draft(Viewer viewer, NoticeDraft draft);

    void revise(Viewer viewer, UUID id, NoticeDraft draft, int expectedVersion);

    /**
     * Drafts a notice on a person already on record (an escaped prisoner, from the prison file),
     * files it under a case reference with the other notices of the same case, and puts it straight
     * into the issuing agency's review queue, where a supervisor other than its author approves it.
     * Prison officers may draft these as well as analysts and supervisors. If the agency already
     * has a notice on the person that is still in play (drafted, in review or open), that notice
     * joins the case and no second one is drafted. Returns the id of the notice in the case.
     */
    UUID draftInCase(Viewer viewer, CaseNotice notice);

    /** The notices filed under a case reference that the viewer may see, oldest first. */
    List<NoticeSummary> inCase(Viewer viewer, String caseReference);

    void submitForReview(Viewer viewer, UUID id, String reason);

    /** A supervisor of the issuing agency approves (activates) or returns the notice to draft. */
    void review(Viewer viewer, UUID id, ComplianceChecks checks, boolean approve, String comment);

    /** LOCATED, ARRESTED, CANCELLED, or back to ACTIVE from LOCATED. */
    void transition(Viewer viewer, UUID id, NoticeStatus target, String reason);

    /**
     * Records that the subject was captured on a tip: an open notice becomes ARRESTED, its history
     * naming the viewer's agency as the one whose tip led to it. For the tip module, once it has
     * checked that the viewer's agency received a tip on the notice, which need not be the issuing
     * agency's. A notice no longer open is left as it is. Returns whether the notice moved.
     */
    boolean recordCapture(Viewer viewer, UUID id);

    /**
     * A supervisor of the issuing agency changes who may see a released notice: its sharing scope
     * and, for PARTNERS, the partner agencies. Narrowing it withdraws the notice from whoever may no
     * longer see it, other nodes' copies included (issue 16). A draft's scope is revised with the draft.
     */
    void reshare(Viewer viewer, UUID id, SharingScope scope, java.util.Set<String> partnerAgencyIds, String reason);

    /** Extends the review-by date of a released, open notice. */
    void renew(Viewer viewer, UUID id, LocalDate reviewBy, String reason);

    /** Expires every open notice whose review-by date is before {@code today}; returns how many. */
    int expireOverdue(LocalDate today);

    List<Transition> history(Viewer viewer, UUID id);

    List<Review> reviews(Viewer viewer, UUID id);

    Page<NoticeSummary> reviewQueue(Viewer viewer, int page);

    NoticeCounts counts(Viewer viewer);

    List<Transition> recentActivity(Viewer viewer, int limit);

    /**
     * Notices shared PUBLIC whose subject was arrested since {@code since}, latest first: the
     * portal's "recently captured". Arrested notices leave the public wanted list (the sharing
     * policy shows the public open notices only); this is the one public read of closed ones.
     */
    List<CapturedNotice> recentlyCaptured(java.time.Instant since, int limit);

    /** Visits every notice the viewer may see, in pages, for exports. */
    void forEachVisible(Viewer viewer, Consumer<NoticeDetail> action);

    /**
     * Every open (active or located) notice with its subject, in pages, regardless of viewer: for
     * engines such as screening that keep their own copy and apply the sharing policy to every
     * result they return.
     */
    void forEachScreenable(Consumer<NoticeDetail> action);

    /** The given notices with their subjects, regardless of viewer; same contract as {@link #forEachScreenable}. */
    List<NoticeDetail> forScreening(java.util.Collection<UUID> ids);

    /**
     * Loads persons with ACTIVE notices of the viewer's agency in one transaction: for the demo
     * loader only, whose notices stand for ones reviewed long ago. Every other import goes through
     * {@link NoticeImports}, where the notices wait UNDER_REVIEW for a second person's review.
     */
    List<UUID> importActive(Viewer viewer, List<ImportedNotice> notices, SharingScope scope);

    /** What a notice in a case says about a subject who is already on record. */
    record CaseNotice(UUID subjectId, String caseReference, List<String> offences, String summary,
                      String warrantReference, String legalBasis, RequestedAction requestedAction,
                      SharingScope sharingScope, LocalDate reviewBy) {
    }

    /**
     * A person from an import with what the notice needs. Legal basis, requested action and
     * review-by date may be null: the import then records its defaults (a note that the notice
     * was imported, LOCATE, and a review a year from now).
     */
    record ImportedNotice(NewPerson subject, List<String> offences, String summary, String sourceReference,
                          String legalBasis, RequestedAction requestedAction, LocalDate reviewBy) {

        public ImportedNotice(NewPerson subject, List<String> offences, String summary, String sourceReference) {
            this(subject, offences, summary, sourceReference, null, null, null);
        }
    }
}
