package org.sabueso.notice;

import java.util.EnumSet;
import java.util.Set;

/** DRAFT → UNDER_REVIEW → ACTIVE → LOCATED → ARRESTED, or CANCELLED / EXPIRED. */
public enum NoticeStatus {
    DRAFT, UNDER_REVIEW, ACTIVE, LOCATED, ARRESTED, CANCELLED, EXPIRED;

    /** The states a notice may move to from this one by a staff decision. */
    public Set<NoticeStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(UNDER_REVIEW, CANCELLED);
            case UNDER_REVIEW -> EnumSet.of(ACTIVE, DRAFT, CANCELLED);
            case ACTIVE -> EnumSet.of(LOCATED, ARRESTED, CANCELLED, EXPIRED);
            case LOCATED -> EnumSet.of(ACTIVE, ARRESTED, CANCELLED);
            case ARRESTED, CANCELLED, EXPIRED -> EnumSet.noneOf(NoticeStatus.class);
        };
    }

    public boolean mayBecome(NoticeStatus target) {
        return next().contains(target);
    }

    /** Approved once: partners in scope may see it, including how it ended. */
    public boolean released() {
        return this != DRAFT && this != UNDER_REVIEW;
    }

    /** Still being hunted: shown on the public portal when shared publicly. */
    public boolean open() {
        return this == ACTIVE || this == LOCATED;
    }
}
