package org.sabueso.network.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.network.LinkType;
import org.sabueso.network.NetworkRefusal;
import org.sabueso.network.NewLink;
import org.sabueso.network.NodeRef;
import org.sabueso.network.NodeType;
import org.sabueso.network.Share;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;
import org.springframework.stereotype.Component;

/** What a link must be before it is recorded, by hand or by an import. */
// named: screening has links of its own, and bean names are global
@Component("networkLinkRules")
class LinkRules {

    /** A member's role or a link's free role: a word or two ("LIEUTENANT", "cousin"), not a note. */
    private static final int MAX_ROLE = 60;

    private final Nodes nodes;

    LinkRules(Nodes nodes) {
        this.nodes = nodes;
    }

    /** A link as it will be stored: ends with their real kinds, role normalised, shared by the viewer's agency. */
    record Checked(NewLink link, NodeType fromKind, NodeType toKind, Share share) {
    }

    Checked check(Viewer viewer, NewLink l) {
        Map<String, Refusal> errors = new LinkedHashMap<>();
        if (l.type() == null) {
            errors.put("type", Refusal.of(NetworkRefusal.LINK_TYPE_REQUIRED, Arrays.toString(LinkType.values())));
        }
        if (l.from() == null) {
            errors.put("from", Refusal.of(NetworkRefusal.LINK_FROM_REQUIRED));
        }
        if (l.to() == null) {
            errors.put("to", Refusal.of(NetworkRefusal.LINK_TO_REQUIRED));
        }
        if (l.scope() == null) {
            errors.put("scope", Refusal.of(NetworkRefusal.LINK_SCOPE_REQUIRED));
        }
        Texts.check(errors, "role", l.role(), MAX_ROLE, false);
        Texts.check(errors, "source", l.source(), NetworkRules.MAX_TEXT, false);
        Texts.check(errors, "externalId", l.externalId(), NetworkRules.MAX_NAME, false);
        Texts.refuseAny(errors);
        if (l.from().id().equals(l.to().id())) {
            throw new DomainException.InvalidInput("to", NetworkRefusal.LINK_SAME_NODE);
        }
        NodeType fromKind = nodes.existing("from", l.from());
        NodeType toKind = nodes.existing("to", l.to());
        if (!l.type().joins(fromKind, toKind)) {
            throw new DomainException.InvalidInput("type", NetworkRefusal.LINK_CANNOT_JOIN, l.type(), fromKind, toKind);
        }
        String role = l.role() == null || l.role().isBlank() ? null : l.role().strip();
        if (l.type() == LinkType.MEMBER_OF) {
            role = role == null ? "MEMBER" : role.toUpperCase(Locale.ROOT);
            if (!LinkType.MEMBER_ROLES.contains(role)) {
                throw new DomainException.InvalidInput("role", NetworkRefusal.MEMBER_ROLE, LinkType.MEMBER_ROLES.toString());
            }
        } else if (l.type() == LinkType.FAMILY && role != null
                && LinkType.FAMILY_ROLES.contains(role.toUpperCase(Locale.ROOT))) {
            // a known relationship is kept as its code, so each reader gets it in their language;
            // any other is the words someone typed, shown as typed
            role = role.toUpperCase(Locale.ROOT);
        }
        if (l.started() != null && l.ended() != null
                && Days.firstDay(l.started()).isAfter(Days.lastDay(l.ended()))) {
            throw new DomainException.InvalidInput("ended", NetworkRefusal.LINK_ENDS_BEFORE_START);
        }
        Set<String> partners = l.scope() == SharingScope.PARTNERS ? l.partners() : Set.of();
        if (l.scope() == SharingScope.PARTNERS) {
            if (partners.isEmpty()) {
                throw new DomainException.InvalidInput("partners", NetworkRefusal.PARTNERS_REQUIRED);
            }
            nodes.partnersMustExist(partners);
        }
        if (l.scope() == SharingScope.PUBLIC) {
            throw new DomainException.InvalidInput("scope", NetworkRefusal.LINK_NEVER_PUBLIC);
        }
        for (NodeRef end : List.of(l.from(), l.to())) {
            nodes.rememberIfPerson(end);
        }
        NewLink normal = new NewLink(l.type(), new NodeRef(fromKind, l.from().id()), new NodeRef(toKind, l.to().id()),
                role, l.started(), l.ended(), l.source(), l.confidence(), l.scope(), partners, l.externalId());
        return new Checked(normal, fromKind, toKind, new Share(viewer.agencyId(), viewer.country(), l.scope(), partners));
    }
}
