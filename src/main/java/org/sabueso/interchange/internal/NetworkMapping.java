package org.sabueso.interchange.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sabueso.network.LinkType;
import org.sabueso.network.LinkView;
import org.sabueso.network.NetworkImport;
import org.sabueso.network.NewOrganisation;
import org.sabueso.network.NewPlace;
import org.sabueso.network.NodeRef;
import org.sabueso.network.NodeType;
import org.sabueso.network.OrganisationKind;
import org.sabueso.network.OrganisationSummary;
import org.sabueso.network.PlaceView;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.PartialDate;

/**
 * How organisations, places and links travel as FtM. {@code Organization} carries name, aliases,
 * countries, founding date ({@code incorporationDate}), activities ({@code sector}) and our kind
 * ({@code classification}); a place or facility is an {@code Address} (its kind in
 * {@code keywords}). Links: membership is {@code Membership} (member, organization, role); family
 * is {@code Family} (person, relative, relationship); associates, co-defendants, cellmates and
 * co-escapees are {@code Associate} with the relationship saying which; links to places,
 * ownership and untyped links are {@code UnknownLink} (subject, object, role). Dates are
 * {@code startDate} and {@code endDate} of the FtM {@code Interval}.
 */
final class NetworkMapping {

    static final String ORGANIZATION = "Organization";
    static final String ADDRESS = "Address";
    static final String MEMBERSHIP = "Membership";
    static final String FAMILY = "Family";
    static final String ASSOCIATE = "Associate";
    static final String UNKNOWN_LINK = "UnknownLink";
    static final Set<String> SCHEMATA = Set.of(ORGANIZATION, ADDRESS, MEMBERSHIP, FAMILY, ASSOCIATE, UNKNOWN_LINK);

    /** The properties these schemata need read, besides the person's. */
    static final Set<String> READ = Set.of("classification", "sector", "incorporationDate", "foundingDate",
            "full", "city", "street", "keywords", "member", "organization", "role", "person", "relative",
            "relationship", "associate", "subject", "object", "startDate", "endDate", "sourceUrl", "publisher");

    /** Associate relationships and UnknownLink roles that name our link types. */
    private static final Map<String, LinkType> NAMED = Map.ofEntries(
            Map.entry("co-defendant", LinkType.CO_DEFENDANT), Map.entry("coimputado", LinkType.CO_DEFENDANT),
            Map.entry("cellmate", LinkType.CELLMATE), Map.entry("compañero de celda", LinkType.CELLMATE),
            Map.entry("co-escapee", LinkType.CO_ESCAPEE), Map.entry("cofugado", LinkType.CO_ESCAPEE),
            Map.entry("operates in", LinkType.OPERATES_IN), Map.entry("uses as hub", LinkType.USES_AS_HUB),
            Map.entry("owns", LinkType.OWNS), Map.entry("owner", LinkType.OWNS));

    private static final int MAX_NAME = 300;
    private static final int MAX_TEXT = 4000;

    private NetworkMapping() {
    }

    static String orgId(OrganisationSummary o) {
        return o.externalId() != null ? o.externalId() : "sabueso-org-" + o.id();
    }

    static String placeId(PlaceView p) {
        return p.externalId() != null ? p.externalId() : "sabueso-place-" + p.id();
    }

    // ---------------------------------------------------------------- reading

    static NetworkImport.Organisation organisation(FtmEntity e, long line) {
        String id = PersonMapping.externalId(e);
        List<String> names = PersonMapping.lines(e, "name", MAX_NAME);
        if (names.isEmpty()) {
            throw new LineRejected("name", InterchangeRefusal.ORGANISATION_NO_NAME);
        }
        List<String> aliases = new java.util.ArrayList<>(names.subList(1, names.size()));
        aliases.addAll(PersonMapping.lines(e, "alias", MAX_NAME));
        OrganisationKind kind = OrganisationKind.CRIMINAL_ORGANISATION;
        String classification = e.first("classification");
        if (classification != null) {
            try {
                kind = OrganisationKind.valueOf(classification.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ignored) {
                kind = OrganisationKind.OTHER;
            }
        }
        PartialDate founded = PersonMapping.date("incorporationDate", e.first("incorporationDate"));
        if (founded == null) {
            founded = PersonMapping.date("foundingDate", e.first("foundingDate"));
        }
        Set<CountryCode> countries = PersonMapping.countries(e, "country");
        return new NetworkImport.Organisation(line, new NewOrganisation(names.getFirst(), aliases, kind, founded, countries,
                PersonMapping.lines(e, "sector", MAX_NAME), Text.multiline("summary", e.first("summary"), MAX_TEXT), id));
    }

    static NetworkImport.Place place(FtmEntity e, long line) {
        String id = PersonMapping.externalId(e);
        String full = Text.line("full", e.first("full"), MAX_NAME);
        String name = full != null ? full : Text.line("name", e.first("name"), MAX_NAME);
        if (name == null) {
            throw new LineRejected("full", InterchangeRefusal.ADDRESS_NO_TEXT);
        }
        Set<CountryCode> countries = PersonMapping.countries(e, "country");
        NodeType kind = e.values("keywords").stream().anyMatch(k -> k.strip().equalsIgnoreCase("facility"))
                ? NodeType.FACILITY : NodeType.PLACE;
        return new NetworkImport.Place(line, new NewPlace(name, kind, countries.isEmpty() ? null : countries.iterator().next(),
                Text.line("city", e.first("city"), MAX_NAME), Text.line("street", e.first("street"), MAX_NAME), id));
    }

    static NetworkImport.Link link(FtmEntity e, long line) {
        String id = PersonMapping.externalId(e);
        return switch (e.schema()) {
            case MEMBERSHIP -> link(e, line, id, LinkType.MEMBER_OF, "member", "organization", roleOf(e.first("role")));
            case FAMILY -> link(e, line, id, LinkType.FAMILY, "person", "relative",
                    Text.line("relationship", e.first("relationship"), 60));
            case ASSOCIATE -> {
                String relationship = Text.line("relationship", e.first("relationship"), 60);
                LinkType type = relationship == null ? LinkType.ASSOCIATE
                        : NAMED.getOrDefault(relationship.toLowerCase(Locale.ROOT), LinkType.ASSOCIATE);
                yield link(e, line, id, type, "person", "associate", type == LinkType.ASSOCIATE ? relationship : null);
            }
            default -> {
                String role = Text.line("role", e.first("role"), 60);
                LinkType type = role == null ? LinkType.UNKNOWN
                        : NAMED.getOrDefault(role.toLowerCase(Locale.ROOT), LinkType.UNKNOWN);
                yield link(e, line, id, type, "subject", "object", type == LinkType.UNKNOWN ? role : null);
            }
        };
    }

    /** FtM roles are free text; ours are four words, and anything else is a plain member. */
    private static String roleOf(String raw) {
        String role = Text.line("role", raw, 60);
        if (role == null) {
            return "MEMBER";
        }
        String upper = role.toUpperCase(Locale.ROOT);
        return LinkType.MEMBER_ROLES.contains(upper) ? upper : switch (upper) {
            case "LÍDER", "LIDER", "CABECILLA", "BOSS", "HEAD" -> "LEADER";
            case "LUGARTENIENTE" -> "LIEUTENANT";
            case "FINANCISTA" -> "FINANCIER";
            default -> "MEMBER";
        };
    }

    private static NetworkImport.Link link(FtmEntity e, long line, String id, LinkType type, String fromProperty,
                                           String toProperty, String role) {
        String from = end(e, fromProperty);
        String to = end(e, toProperty);
        return new NetworkImport.Link(line, id, type, from, fromProperty, to, toProperty, role,
                PersonMapping.date("startDate", e.first("startDate")), PersonMapping.date("endDate", e.first("endDate")),
                Text.line("sourceUrl", e.first("sourceUrl"), MAX_TEXT));
    }

    private static String end(FtmEntity e, String property) {
        String id = Text.line(property, e.first(property), PersonMapping.MAX_ID);
        if (id == null) {
            throw new LineRejected(property, InterchangeRefusal.LINK_NO_END, property);
        }
        return id;
    }

    // ---------------------------------------------------------------- writing

    static FtmEntity toFtm(OrganisationSummary o) {
        FtmEntity.Builder b = new FtmEntity.Builder(orgId(o), ORGANIZATION).add("name", o.name())
                .addAll("alias", o.aliases()).add("classification", o.kind().name())
                .add("incorporationDate", o.founded() == null ? null : o.founded().toString())
                .addAll("sector", o.activities()).add("summary", o.summary());
        o.countries().forEach(c -> b.add("country", c.value().toLowerCase(Locale.ROOT)));
        return b.build();
    }

    static FtmEntity toFtm(PlaceView p) {
        return new FtmEntity.Builder(placeId(p), ADDRESS).add("full", p.name()).add("city", p.locality())
                .add("street", p.address()).add("country", p.country() == null ? null : p.country().value().toLowerCase(Locale.ROOT))
                .add("keywords", p.kind() == NodeType.FACILITY ? "facility" : "place").build();
    }

    /** The link, its ends named by the FtM ids {@code idOf} gives. */
    static FtmEntity toFtm(LinkView l, java.util.function.Function<NodeRef, String> idOf) {
        String id = l.externalId() != null ? l.externalId() : "sabueso-link-" + l.id();
        String from = idOf.apply(l.from());
        String to = idOf.apply(l.to());
        FtmEntity.Builder b = switch (l.type()) {
            case MEMBER_OF -> new FtmEntity.Builder(id, MEMBERSHIP).add("member", from).add("organization", to)
                    .add("role", l.role());
            case FAMILY -> new FtmEntity.Builder(id, FAMILY).add("person", from).add("relative", to)
                    .add("relationship", l.role());
            case ASSOCIATE -> new FtmEntity.Builder(id, ASSOCIATE).add("person", from).add("associate", to)
                    .add("relationship", l.role());
            case CO_DEFENDANT -> new FtmEntity.Builder(id, ASSOCIATE).add("person", from).add("associate", to)
                    .add("relationship", "co-defendant");
            case CELLMATE -> new FtmEntity.Builder(id, ASSOCIATE).add("person", from).add("associate", to)
                    .add("relationship", "cellmate");
            case CO_ESCAPEE -> new FtmEntity.Builder(id, ASSOCIATE).add("person", from).add("associate", to)
                    .add("relationship", "co-escapee");
            case OPERATES_IN -> unknown(id, from, to, "operates in");
            case USES_AS_HUB -> unknown(id, from, to, "uses as hub");
            case OWNS -> unknown(id, from, to, "owns");
            case UNKNOWN -> unknown(id, from, to, l.role());
        };
        return b.add("startDate", l.started() == null ? null : l.started().toString())
                .add("endDate", l.ended() == null ? null : l.ended().toString())
                .add("sourceUrl", l.source() != null && l.source().startsWith("http") ? l.source() : null)
                .add("summary", l.source() != null && !l.source().startsWith("http") ? l.source() : null)
                .build();
    }

    private static FtmEntity.Builder unknown(String id, String from, String to, String role) {
        return new FtmEntity.Builder(id, UNKNOWN_LINK).add("subject", from).add("object", to).add("role", role);
    }
}
