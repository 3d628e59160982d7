package org.sabueso.web;

import org.sabueso.shared.Refusal;

/** Why a value of the request itself (a path id, a choice) was refused. */
public enum RequestRefusal implements Refusal.Code {
    /** A path id that is not a UUID names no record: answered as "not found", like one that names nothing. */
    NO_SUCH_RECORD("request.no-such-record"),
    NOT_A_UUID("request.not-a-uuid"),
    /** Args: the allowed values. */
    NOT_A_CHOICE("request.not-a-choice"),
    /** Text with control characters or broken Unicode ({@link StorableText}), in a parameter, a header or a JSON body. */
    UNSTORABLE_TEXT("request.unstorable-text"),
    /** A body that is not JSON, or not JSON of the request's shape. */
    NOT_JSON("request.not-json");

    private final String code;

    RequestRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
