package org.sabueso.network.internal;

import java.sql.Array;
import java.sql.SQLException;

import org.sabueso.shared.Folding;

/** Small pieces every network repository writes its SQL with. */
final class Sql {

    private Sql() {
    }

    /** A text array column as strings; none for NULL. */
    static String[] strings(Array a) throws SQLException {
        if (a == null) {
            return new String[0];
        }
        Object[] values = (Object[]) a.getArray();
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = String.valueOf(values[i]);
        }
        return out;
    }

    /**
     * A LIKE pattern (with {@code ESCAPE '\'}) for "contains the text", folded as the column side
     * is with {@code lower(unaccent(...))}: a search for "Tocoron" finds "Tocorón".
     */
    static String contains(String text) {
        return "%" + likeEscape(Folding.key(text.strip())) + "%";
    }

    static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
