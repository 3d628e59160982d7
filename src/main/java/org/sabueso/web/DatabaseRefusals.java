package org.sabueso.web;

import java.sql.SQLException;

import org.springframework.http.HttpStatus;

/**
 * What a refusal by the database means, read from its SQLState rather than from Spring's one
 * exception type for all of them: a NUL or a value too long is the client's 400, a duplicate or a
 * missing reference a 409. The database's message is never repeated (it quotes the values).
 */
final class DatabaseRefusals {

    record Meaning(HttpStatus status, String detail) {
    }

    private DatabaseRefusals() {
    }

    static Meaning of(Throwable e) {
        String state = sqlState(e);
        if (state == null) {
            return new Meaning(HttpStatus.CONFLICT, "the request conflicts with existing data");
        }
        return switch (state) {
            case "23505" -> new Meaning(HttpStatus.CONFLICT, "a record with the same key already exists");
            case "23503" -> new Meaning(HttpStatus.CONFLICT, "the request refers to a record that does not exist or is still referred to");
            case "23502" -> new Meaning(HttpStatus.BAD_REQUEST, "a required value is missing");
            case "23514" -> new Meaning(HttpStatus.BAD_REQUEST, "a value is outside what is allowed");
            case "22001" -> new Meaning(HttpStatus.BAD_REQUEST, "a value is longer than can be stored");
            // 22021 invalid byte sequence, 22P05 untranslatable character (a \u0000 in JSON), 22023
            // the driver's "zero bytes may not occur in string parameters"
            case "22021", "22P05", "22023" -> new Meaning(HttpStatus.BAD_REQUEST, "a value " + UnstorableInput.DETAIL);
            default -> state.startsWith("22")
                    ? new Meaning(HttpStatus.BAD_REQUEST, "a value cannot be stored as sent")
                    : new Meaning(HttpStatus.CONFLICT, "the request conflicts with existing data");
        };
    }

    /** The SQLState of the first SQL exception in the chain (for a batch, of the entry that failed). */
    static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                SQLException inner = sql.getNextException();
                String state = inner != null && inner.getSQLState() != null ? inner.getSQLState() : sql.getSQLState();
                if (state != null) {
                    return state;
                }
            }
        }
        return null;
    }
}
