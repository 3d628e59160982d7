package org.sabueso.custody.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/** The conversions every custody repository needs between JDBC and the views. */
final class Sql {

    private Sql() {
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    /** A uuid[] column as a list without repeats. */
    static List<java.util.UUID> uuids(Array a) throws SQLException {
        return a == null ? List.of() : List.copyOf(new HashSet<>(Arrays.asList((java.util.UUID[]) a.getArray())));
    }
}
