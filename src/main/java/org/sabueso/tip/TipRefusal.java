package org.sabueso.tip;

import org.sabueso.shared.Refusal;

/**
 * What the tip line refuses, as codes; the messages are {@code problem.<code>} in
 * i18n/tip*.properties. Arguments are numbers and ids only: a refusal never carries what a
 * tipster wrote, so a refused tip's words reach neither a log nor another node.
 */
public enum TipRefusal implements Refusal.Code {
    /** A field the tipster or the analyst must fill. */
    REQUIRED("tip.required"),
    /** Control characters or broken Unicode that PostgreSQL cannot store (see StorableText). */
    UNSTORABLE("tip.unstorable"),
    /** {0}: the most characters the field takes. */
    TOO_LONG("tip.too-long"),
    NO_PUBLIC_NOTICE("tip.notice.not-public"),
    AGENCY_REQUIRED("tip.agency.required"),
    AGENCY_UNKNOWN("tip.agency.unknown"),
    CODENAME_UNKNOWN("tip.codename.unknown"),
    CLAIM_TOO_EARLY("tip.claim.too-early"),
    STATUS_REQUIRED("tip.status.required"),
    CAPTURE_NEEDS_NOTICE("tip.status.capture-needs-notice"),
    ASSIGNEE_NOT_COLLEAGUE("tip.assignee.not-colleague"),
    SIGHTING_NEEDS_NOTICE("tip.sighting.needs-notice"),
    SEEN_AT_REQUIRED("tip.seen-at.required"),
    SEEN_AT_FUTURE("tip.seen-at.future"),
    SEEN_AT_TOO_OLD("tip.seen-at.too-old"),
    /** The console's datetime-local field could not be read. */
    SEEN_AT_FORMAT("tip.seen-at.format"),
    /** The API's seenAt is not an ISO-8601 instant. */
    SEEN_AT_INSTANT("tip.seen-at.instant"),
    CONFIDENCE_REQUIRED("tip.confidence.required"),
    /** {0}: the tip's id. */
    NOT_FOUND("tip.not-found"),
    /** {0}: the notice's id. */
    NOTICE_NOT_FOUND("tip.notice.not-found"),
    STAFF_ONLY("tip.staff-only"),
    /** The photo decoding is full; nothing was stored. */
    BUSY("tip.busy"),
    /** {0}: the most photos a tip or reply carries. */
    PHOTO_TOO_MANY("photo.too-many");
    // what a single photo is refused for is shared with persons' photos: org.sabueso.shared.PhotoRefusal

    private final String code;

    TipRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
