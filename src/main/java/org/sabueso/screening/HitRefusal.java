package org.sabueso.screening;

import org.sabueso.shared.Refusal;

/**
 * Why a hit was not listed, shown or answered. The codes are part of the API (problem+json
 * {@code "code"}); their words are in i18n/screening*.properties under {@code problem.<code>}.
 * The camelCase ones are the message keys the console used before codes existed.
 */
public enum HitRefusal implements Refusal.Code {
    /** The inbox and the sent box are casework of analysts and supervisors of an agency. */
    INBOX_NOT_ALLOWED("hit.inbox-not-allowed"),
    /** Args: the box asked for. */
    BOX("hit.box"),
    /** Args: the hit's id. Also for a hit the viewer may not see. */
    NOT_FOUND("hit.not-found"),
    ANSWER_NOT_ALLOWED("hit.notAllowed"),
    /** Args: the status it was answered with, when known. */
    ANSWERED("hit.answered"),
    /** The console's answer form: neither confirm nor reject was chosen. */
    DECISION("hit.decision"),
    /** The API's answer: {@code confirmed} missing. */
    CONFIRMED_REQUIRED("hit.confirmed-required"),
    ACTION_REQUIRED("hit.action"),
    REJECT_NOTE_REQUIRED("hit.rejectNote"),
    /** Args: the longest note accepted. */
    NOTE_LONG("hit.note-long");

    private final String code;

    HitRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
