package org.sabueso.screening;

import org.sabueso.shared.Refusal;

/**
 * Why a link was not listed or decided. The codes are part of the API (problem+json
 * {@code "code"}); their words are in i18n/screening*.properties under {@code problem.<code>}.
 */
public enum LinkRefusal implements Refusal.Code {
    NOT_ALLOWED("link.notAllowed"),
    /** Args: the link's id. Also for a link the viewer may not see both ends of. */
    NOT_FOUND("link.not-found"),
    /** Args: the notice's id; a notice the viewer may not see has no links to show. */
    NOTICE_NOT_FOUND("link.notice-not-found"),
    /** Args: the status it was decided with. */
    DECIDED("link.decided"),
    /** The console's form: neither accept nor reject was chosen. */
    DECISION("link.decision"),
    /** The API's decision: {@code accept} missing. */
    ACCEPT_REQUIRED("link.accept-required");

    private final String code;

    LinkRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
