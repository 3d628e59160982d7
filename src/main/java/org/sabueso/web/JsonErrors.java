package org.sabueso.web;

import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/** Says which field of a JSON body could not be read, without echoing the body back. */
final class JsonErrors {

    private JsonErrors() {
    }

    static Optional<String> field(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof DatabindException d && !d.getPath().isEmpty()) {
            String path = d.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return Optional.of(path);
        }
        return Optional.empty();
    }

    /** The first exception of {@code type} among the causes of {@code e}. */
    static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the body was refused by the JSON parser for a control character written raw (JSON
     * wants it escaped): the same text the service refuses when it is escaped ({@link StorableText}),
     * so the same refusal. Jackson names such a character "CTRL-CHAR" in its message, and nowhere else.
     */
    static boolean rawControl(HttpMessageNotReadableException e) {
        return cause(e, JacksonException.class).map(JacksonException::getOriginalMessage)
                .filter(m -> m != null && m.contains("CTRL-CHAR")).isPresent();
    }

    /** The name of the field whose value the parser was reading when it stopped, if it says. */
    static Optional<String> fieldBeingRead(HttpMessageNotReadableException e) {
        return cause(e, JacksonException.class).map(JacksonException::processor)
                .filter(p -> p instanceof tools.jackson.core.JsonParser)
                .map(p -> ((tools.jackson.core.JsonParser) p).streamReadContext())
                .map(c -> c.currentName());
    }

    static String describe(HttpMessageNotReadableException e) {
        Optional<String> f = field(e);
        if (f.isPresent()) {
            return " (field '" + f.get() + "')";
        }
        if (e.getCause() instanceof JacksonException j && j.getLocation() != null) {
            return " (at line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() + ")";
        }
        return "";
    }
}
