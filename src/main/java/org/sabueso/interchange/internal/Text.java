package org.sabueso.interchange.internal;

/**
 * Checks text from an import before it reaches the database or a page. Rejects what has no place
 * in a name or a note and is a known trick: control characters (NUL breaks PostgreSQL text),
 * invisible format characters (bidirectional overrides that make a name read backwards,
 * zero-width characters that slip a name past matching), and broken UTF-16.
 */
final class Text {

    private Text() {
    }

    /** A one-line value: stripped, not empty, at most {@code max} characters; null when blank. */
    static String line(String property, String value, int max) {
        return check(property, value, max, false);
    }

    /** Free text: line breaks and tabs allowed. */
    static String multiline(String property, String value, int max) {
        return check(property, value, max, true);
    }

    private static String check(String property, String value, int max, boolean multiline) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() > max) {
            throw new LineRejected(property, InterchangeRefusal.TEXT_LONG, max);
        }
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.SURROGATE) {
                throw new LineRejected(property, InterchangeRefusal.LONE_SURROGATE);
            }
            if (Character.isISOControl(cp) && !(multiline && (cp == '\n' || cp == '\t' || cp == '\r'))) {
                throw new LineRejected(property, InterchangeRefusal.CONTROL_CHARACTER);
            }
            if (type == Character.FORMAT || (cp & 0xFFFE) == 0xFFFE) {
                throw new LineRejected(property, InterchangeRefusal.FORMAT_CHARACTER);
            }
        }
        return v;
    }

    /** Shows a short value in a message only if it is plainly harmless; otherwise an ellipsis. */
    static String quote(String value) {
        if (value != null && value.length() <= 12 && value.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c)
                || c == '-' || c == '_' || c == '.')) {
            return "'" + value + "'";
        }
        return "(value not shown)";
    }
}
