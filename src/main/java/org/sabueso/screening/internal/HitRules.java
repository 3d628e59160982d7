package org.sabueso.screening.internal;

import org.sabueso.agency.Capability;
import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.Viewer;
import org.sabueso.screening.HitAction;
import org.sabueso.screening.HitRefusal;
import org.sabueso.screening.HitStatus;
import org.sabueso.screening.HitView;
import org.sabueso.shared.DomainException;

/** Who sees a hit, who answers it and what an answer must say. No state: each rule refuses or passes. */
final class HitRules {

    /** An answer note is read by the officer at the border: a paragraph, not a file. */
    static final int MAX_NOTE = 2000;

    private HitRules() {
    }

    /** The inbox and the sent box hold other officers' travellers and purposes: casework of analysts and supervisors. */
    static void mayListHits(Viewer viewer) {
        if (!Capability.ANSWER_HITS.allows(viewer)) {
            throw new DomainException.NotAllowed(HitRefusal.INBOX_NOT_ALLOWED);
        }
    }

    /**
     * A hit is seen by the agency that screened (the officer follows the answer) and, on the
     * issuing side, by those who answer hits: the hit carries another agency's traveller and
     * purpose, casework that the issuing agency's border and prison officers do not get.
     */
    static boolean mayView(Viewer viewer, HitView h) {
        return SharingPolicy.mayViewExchange(viewer, h.issuingAgencyId(), h.screenedByAgency())
                && (viewer.belongsTo(h.screenedByAgency()) || Capability.ANSWER_HITS.allows(viewer));
    }

    /** Only analysts and supervisors of the issuing agency answer, and only once. */
    static void mayAnswer(Viewer viewer, HitView hit) {
        if (!viewer.belongsTo(hit.issuingAgencyId()) || !Capability.ANSWER_HITS.allows(viewer)) {
            throw new DomainException.NotAllowed(HitRefusal.ANSWER_NOT_ALLOWED);
        }
        if (hit.status() != HitStatus.OPEN) {
            throw new DomainException.Conflict(HitRefusal.ANSWERED, hit.status());
        }
    }

    /**
     * A confirmation says what the officer must do; a rejection says why it is not the person
     * (it is remembered, and holds back the same alert later). The first fault is refused.
     */
    static void answerIsComplete(boolean confirmed, HitAction action, String note) {
        if (confirmed && action == null) {
            throw new DomainException.InvalidInput("action", HitRefusal.ACTION_REQUIRED);
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new DomainException.InvalidInput("note", HitRefusal.NOTE_LONG, MAX_NOTE);
        }
        if (!confirmed && (note == null || note.isBlank())) {
            throw new DomainException.InvalidInput("note", HitRefusal.REJECT_NOTE_REQUIRED);
        }
    }
}
