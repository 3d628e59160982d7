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
