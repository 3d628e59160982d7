package org.sabueso.network.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.network.Confidence;
import org.sabueso.network.LinkType;
import org.sabueso.network.NetworkImport;
import org.sabueso.network.NetworkRefusal;
import org.sabueso.network.NewLink;
import org.sabueso.network.NodeRef;
import org.sabueso.network.NodeType;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An interchange file's organisations, places and links recorded for the importing agency in one
 * transaction. A line the agency imported before (same FtM id) or that breaks a rule is left out
 * and reported by line, as a coded refusal with its field.
 */
@Service
class NetworkImporter {

    /** Our own exports name our nodes by these prefixes and the node's id. */
    private static final Map<String, NodeType> OWN_PREFIXES =
            Map.of("sabueso-org-", NodeType.ORGANIZATION, "sabueso-place-", NodeType.PLACE);

    private final OrganisationService organisations;
    private final LinkService links;
    private final LinkRules rules;
    private final LinkRepository linkRepository;
    private final NodeRepository nodeRepository;
    private final MessageSource messages;

    NetworkImporter(OrganisationService organisations, LinkService links, LinkRules rules, LinkRepository linkRepository,
                    NodeRepository nodeRepository, MessageSource messages) {
        this.organisations = organisations;
        this.links = links;
        this.rules = rules;
        this.linkRepository = linkRepository;
        this.nodeRepository = nodeRepository;
        this.messages = messages;
    }

    @Transactional
    public NetworkImport.Outcome importNetwork(Viewer viewer, NetworkImport batch) {
        NetworkRules.onlyAnalystsAndSupervisorsOfAnAgencyMayRecord(viewer);
        Map<Long, NetworkImport.Rejection> rejected = new TreeMap<>();
        Set<String> referenced = new LinkedHashSet<>();
        batch.organisations().forEach(o -> referenced.add(o.organisation().externalId()));
        batch.places().forEach(p -> referenced.add(p.place().externalId()));
        batch.links().forEach(l -> {
            referenced.add(l.from());
            referenced.add(l.to());
        });
        referenced.remove(null);
        Map<String, NodeRef> existing = nodeRepository.nodesByExternalId(viewer.agencyId(), referenced);
        Map<String, NodeRef> nodes = new HashMap<>(batch.persons());
        nodes.putAll(existing);
        int organisationCount = 0;
        for (NetworkImport.Organisation o : batch.organisations()) {
            if (existing.containsKey(o.organisation().externalId())) {
                rejected.put(o.line(), rejection("id", Refusal.of(NetworkRefusal.ALREADY_IMPORTED)));
                continue;
            }
            try {
                nodes.put(o.organisation().externalId(),
                        NodeRef.organisation(organisations.addOrganisation(viewer, o.organisation())));
                organisationCount++;
            } catch (DomainException.InvalidInput e) {
                rejected.put(o.line(), rejection(e.field(), e.refusal()));
            }
        }
        int placeCount = 0;
        for (NetworkImport.Place p : batch.places()) {
            if (existing.containsKey(p.place().externalId())) {
                rejected.put(p.line(), rejection("id", Refusal.of(NetworkRefusal.ALREADY_IMPORTED)));
                continue;
            }
            try {
                nodes.put(p.place().externalId(), new NodeRef(p.place().kind(), organisations.addPlace(viewer, p.place())));
                placeCount++;
            } catch (DomainException.InvalidInput e) {
                rejected.put(p.line(), rejection(e.field(), e.refusal()));
            }
        }
        List<UUID> ids = importLinks(viewer, batch, nodes, rejected);
        links.announceImported(viewer, ids);
        return new NetworkImport.Outcome(organisationCount, placeCount, ids.size(), rejected);
    }

    private List<UUID> importLinks(Viewer viewer, NetworkImport batch, Map<String, NodeRef> nodes,
                                   Map<Long, NetworkImport.Rejection> rejected) {
        Set<String> known = linkRepository.linkExternalIds(viewer.agencyId(),
                batch.links().stream().map(NetworkImport.Link::externalId).filter(Objects::nonNull).toList());
        // links are never public: an import shared with everyone shares its links with every member agency
        SharingScope scope = batch.scope() == SharingScope.PUBLIC ? SharingScope.ALL_MEMBERS : batch.scope();
        List<UUID> ids = new ArrayList<>();
        for (NetworkImport.Link l : batch.links()) {
            if (l.externalId() != null && !known.add(l.externalId())) {
                rejected.put(l.line(), rejection("id", Refusal.of(NetworkRefusal.ALREADY_IMPORTED)));
                continue;
            }
            NodeRef from = resolve(nodes, l.from());
            NodeRef to = resolve(nodes, l.to());
            if (from == null || to == null) {
                rejected.put(l.line(), rejection(from == null ? l.fromProperty() : l.toProperty(),
                        Refusal.of(NetworkRefusal.IMPORT_NO_SUCH_END)));
                continue;
            }
            LinkType type = l.type();
            String role = l.role();
            // FtM's place links join more kinds than ours: kept as UNKNOWN with the FtM type as role
            if (!type.joins(from.type(), to.type()) && OrganisationService.PLACE_LINKS.contains(type)) {
                role = role == null ? type.name() : role;
                type = LinkType.UNKNOWN;
            }
            try {
                ids.add(links.insert(viewer, rules.check(viewer, new NewLink(type, from, to, role, l.started(), l.ended(),
                        l.source(), Confidence.PROBABLE, scope, Set.of(), l.externalId()))));
            } catch (DomainException.InvalidInput e) {
                rejected.put(l.line(), rejection(e.field(), e.refusal()));
            }
        }
        return ids;
    }

    /**
     * A line left out, with its text in English built from the code: the import's report is read
     * in English by API clients so far; the code and field travel with it for any other language.
     */
    private NetworkImport.Rejection rejection(String field, Refusal refusal) {
        String text = refusal.isSentence() ? String.valueOf(refusal.args().getFirst())
                : messages.getMessage(refusal.messageKey(), refusal.args().toArray(), refusal.code(), Locale.ENGLISH);
        return new NetworkImport.Rejection(field, refusal, text);
    }

    /** A node by FtM id: this import's or the agency's earlier ones, or one of ours by the id our exports write. */
    private NodeRef resolve(Map<String, NodeRef> nodes, String ftmId) {
        NodeRef known = nodes.get(ftmId);
        if (known != null) {
            return known;
        }
        for (var prefix : OWN_PREFIXES.entrySet()) {
            if (ftmId.startsWith(prefix.getKey())) {
                try {
                    NodeRef ref = new NodeRef(prefix.getValue(), UUID.fromString(ftmId.substring(prefix.getKey().length())));
                    return nodeRepository.kindOf(ref).map(k -> new NodeRef(k, ref.id())).orElse(null);
                } catch (IllegalArgumentException notAnId) {
                    return null;
                }
            }
        }
        return null;
    }
}
