package org.sabueso.agency;

import org.sabueso.shared.Refusal;

/**
 * Why the agency module refuses: a capability the viewer's roles do not hold, a sign-in to a locked
 * account. Messages under {@code problem.<code>} in i18n/messages*.properties.
 */
public enum AgencyRefusal implements Refusal.Code {
    SCREEN("capability.screen"),
    ANSWER_HITS("capability.answer-hits"),
    WORK_TIPS("capability.work-tips"),
    WORK_CLAIMS("capability.work-claims"),
    COMPARE_PEOPLE("capability.compare-people"),
    SET_HOTLINE("capability.set-hotline"),
    /** The code API clients and the login page have read since sign-ins were rate limited. */
    LOGIN_LOCKED("login.locked"),
    /** A hotline longer than a poster can print, with control characters, or for no such agency. */
    HOTLINE_INVALID("agency.hotline.invalid");

    private final String code;

    AgencyRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
