package org.sabueso.custody.internal;

/**
 * What the custody module writes into a prisoner file's history itself, as a code: the pages word
 * it in the reader's language (message {@code custody.history.<code>}). Keep old codes when adding.
 */
enum HistoryCode {
    /** Args: the commitment order's reference, its authority, the reason. */
    ADMITTED("admitted"),
    /** Args: how, the case reference. */
    ESCAPED("escaped");

    private final String code;

    HistoryCode(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static HistoryCode ofCode(String code) {
        for (HistoryCode c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        return null;
    }
}
