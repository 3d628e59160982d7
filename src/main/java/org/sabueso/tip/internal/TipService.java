package org.sabueso.tip.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.shared.Page;
import org.sabueso.tip.Confidence;
import org.sabueso.tip.NewTip;
import org.sabueso.tip.Photo;
import org.sabueso.tip.Receipt;
import org.sabueso.tip.Sighting;
import org.sabueso.tip.TipEntry;
import org.sabueso.tip.TipStatus;
import org.sabueso.tip.TipSummary;
import org.sabueso.tip.TipView;
import org.sabueso.tip.Tips;
import org.sabueso.tip.TipsterView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tip line as other modules and the web layer see it, and where its transactions are drawn.
 * The work is done in three rooms: {@link TipIntake} (the public: filing and follow-ups),
 * {@link TipTriage} (the agency: inbox, status, assignment, notes, sightings) and
 * {@link TipVault} (sealing per agency and the keys), over {@link TipRepository}.
 * A tip goes to the notice's issuing agency, the partners the notice names and the agencies
 * offering a reward on it, each only while the sharing policy lets it see the notice
 * ({@link TipRouting}); a general tip goes to the agency the tipster chose.
 */
@Service
class TipService implements Tips {

    private final TipIntake intake;
    private final TipTriage triage;

    TipService(TipIntake intake, TipTriage triage) {
        this.intake = intake;
        this.triage = triage;
    }

    /** No transaction here: the photos are decoded first, then the tip is stored in one of its own. */
    @Override
    public Receipt submit(NewTip tip) {
        return intake.submit(tip);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TipsterView> followUp(String codename) {
        return intake.followUp(codename);
    }

    /** As {@link #submit}: the answer is stored in a transaction of its own once its photos are decoded. */
    @Override
    public void reply(String codename, String text, List<Photo> photos) {
        intake.reply(codename, text, photos);
    }

    @Override
    @Transactional
    public void claim(String codename, UUID offerId) {
        intake.claim(codename, offerId);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<TipSummary> inbox(Viewer viewer, TipStatus status, boolean mine, int page) {
        return triage.inbox(viewer, status, mine, page);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TipView> read(Viewer viewer, UUID id, String channel) {
        return triage.read(viewer, id, channel);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredPhoto> photo(Viewer viewer, UUID tipId, UUID photoId) {
        return triage.photo(viewer, tipId, photoId);
    }

    @Override
    @Transactional
    public void changeStatus(Viewer viewer, UUID id, TipStatus status) {
        triage.changeStatus(viewer, id, status);
    }

    @Override
    @Transactional
    public void assign(Viewer viewer, UUID id, String username) {
        triage.assign(viewer, id, username);
    }

    @Override
    @Transactional
    public void addNote(Viewer viewer, UUID id, String text) {
        triage.staffEntry(viewer, id, TipEntry.Kind.NOTE, text, "note");
    }

    @Override
    @Transactional
    public void message(Viewer viewer, UUID id, String text) {
        triage.staffEntry(viewer, id, TipEntry.Kind.TO_TIPSTER, text, "message");
    }

    @Override
    @Transactional
    public UUID recordSighting(Viewer viewer, UUID tipId, String place, Instant seenAt, Confidence confidence) {
        return triage.recordSighting(viewer, tipId, place, seenAt, confidence);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Sighting> sightings(Viewer viewer, UUID noticeId) {
        return triage.sightings(viewer, noticeId);
    }

    @Override
    @Transactional(readOnly = true)
    public long waiting(Viewer viewer) {
        return triage.waiting(viewer);
    }
}
