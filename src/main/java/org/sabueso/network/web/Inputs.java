package org.sabueso.network.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sabueso.network.GraphFilter;
import org.sabueso.network.LinkType;
import org.sabueso.network.NetworkRefusal;
import org.sabueso.network.NodeRef;
import org.sabueso.network.NodeType;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.PartialDate;
import org.sabueso.web.RequestValues;

/**
 * Turns request parameters and bodies into domain values, naming the field at fault. Ids and
 * choices go through {@link RequestValues}, as in every module; dates and node references are
 * the network's own.
 */
final class Inputs {

    /** The most nodes one request names: a chart's limit. */
    static final int MAX_NODES = 2000;

    private Inputs() {
    }

    /** The constant named, in any case; none when optional and blank. */
    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, boolean required) {
        if (!required && (value == null || value.isBlank())) {
            return null;
        }
        return RequestValues.choice(field, type, value);
    }

    /** Link types, repeated or comma-separated. */
    static Set<LinkType> linkTypes(List<String> values) {
        Set<LinkType> out = EnumSet.noneOf(LinkType.class);
        for (String part : parts(values)) {
            out.add(RequestValues.choice("types", LinkType.class, part));
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
            throw new DomainException.InvalidInput(field, NetworkRefusal.DATE_FORMAT, field);
        }
    }

    static PartialDate partial(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new DomainException.InvalidInput(field, NetworkRefusal.PARTIAL_DATE_FORMAT, field);
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
            throw new DomainException.InvalidInput(field, NetworkRefusal.COUNTRY_UNKNOWN);
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
            throw new DomainException.InvalidInput(field, NetworkRefusal.END_INCOMPLETE, field);
        }
        return new NodeRef(RequestValues.choice(field, NodeType.class, end.type()), end.id());
    }

    /** Node ids, repeated or comma-separated; at most {@link #MAX_NODES}. */
    static List<UUID> ids(List<String> values, String field) {
        List<UUID> out = new ArrayList<>();
        for (String part : parts(values)) {
            out.add(RequestValues.uuid(field, part));
        }
        if (out.size() > MAX_NODES) {
            throw new DomainException.InvalidInput(field, NetworkRefusal.TOO_MANY_NODES, MAX_NODES);
        }
        return out;
    }

    static Set<String> partners(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(out::add);
        }
        return out;
    }

    /** The non-blank parts of values that may each hold several, separated by commas. */
    private static List<String> parts(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part);
                    }
                }
            }
        }
        return out;
    }
}
