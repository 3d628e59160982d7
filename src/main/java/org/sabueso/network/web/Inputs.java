package org.sabueso.network.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.sabueso.network.GraphFilter;
import org.sabueso.network.LinkType;
import org.sabueso.network.NodeRef;
import org.sabueso.network.NodeType;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.PartialDate;

/** Turns request parameters and bodies into domain values, naming the field at fault. */
final class Inputs {

    private Inputs() {
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new DomainException.InvalidInput(field, field + " is required: one of "
                        + java.util.Arrays.toString(type.getEnumConstants()));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException.InvalidInput(field, field + " must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    static Set<LinkType> linkTypes(List<String> values) {
        Set<LinkType> out = EnumSet.noneOf(LinkType.class);
        if (values != null) {
            for (String v : values) {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        out.add(choice(LinkType.class, part, "types", true));
                    }
                }
            }
        }
        return out;
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException.InvalidInput(field, field + " must be a date YYYY-MM-DD");
        }
    }

    static PartialDate partial(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new DomainException.InvalidInput(field, field + " must be YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }

    static GraphFilter filter(List<String> types, String since, String until) {
        return new GraphFilter(linkTypes(types), date(since, "since"), date(until, "until"));
    }

    static CountryCode country(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!CountryCode.isValid(value)) {
            throw new DomainException.InvalidInput(field, "unknown country code");
        }
        return CountryCode.of(value);
    }

    static Set<CountryCode> countries(List<String> values, String field) {
        Set<CountryCode> out = new LinkedHashSet<>();
        if (values != null) {
            for (String v : values) {
                CountryCode c = country(v, field);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    static NodeRef node(NetworkJson.End end, String field) {
        if (end == null || end.id() == null) {
            throw new DomainException.InvalidInput(field, field + " needs a type and an id");
        }
        return new NodeRef(choice(NodeType.class, end.type(), field, true), end.id());
    }

    static List<UUID> ids(List<String> values, String field) {
        List<UUID> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        out.add(id(part, field));
                    }
                }
            }
        }
        if (out.size() > 2000) {
            throw new DomainException.InvalidInput(field, "at most 2000 nodes");
        }
        return out;
    }

    static UUID id(String value, String field) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException.InvalidInput(field, field + " must be a UUID");
        }
    }

    static Set<String> partners(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(out::add);
        }
        return out;
    }
}
