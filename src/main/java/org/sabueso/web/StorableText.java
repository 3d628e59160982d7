package org.sabueso.web;

/**
 * What text the service takes in: everything a person writes in any script (Arabic, Hebrew,
 * Cyrillic, emoji, combining marks, joiners and direction marks), and none of what PostgreSQL
 * refuses or what only a machine or an attacker sends. Refused: the C0 controls but tab, line
 * feed and carriage return ({@code \r\n} is how browsers send a new line in a text area), DEL and
 * the C1 controls (U+0080 to U+009F: never typed, and the trace of bytes decoded as Latin-1), and
 * UTF-16 surrogates without their partner (the driver would write them as '?', so the stored text
 * would silently differ from what was sent). NUL is among the C0 controls: PostgreSQL cannot hold
 * it in text, and the driver's refusal used to surface as a 500.
 *
 * <p>Invalid UTF-8 needs no rule here: decoding a request turns it into U+FFFD, which is stored as sent.
 */
public final class StorableText {

    /** The refusal of such text, as every module words it (the pages translate it). */
    public static final String REFUSAL = "contains control characters or broken Unicode that cannot be stored";

    private StorableText() {
    }

    /** The index of the first character that is not taken in, or -1 when every one is. */
    static int firstRefused(CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return i;
                }
            } else if (c >= 0x7F && c <= 0x9F) {
                return i;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    public static boolean taken(CharSequence text) {
        return text == null || firstRefused(text) < 0;
    }
}
