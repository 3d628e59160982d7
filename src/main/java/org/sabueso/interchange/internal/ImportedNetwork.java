package org.sabueso.interchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.network.Network;
import org.sabueso.network.NetworkImport;
import org.sabueso.network.NodeRef;
import org.sabueso.person.Persons;

/**
 * The organisations, addresses and links of one import, held until every person is written (their
 * links may name persons of any batch), then written in one transaction by the network module.
 */
final class ImportedNetwork {

    /** At most this many organisations, addresses and links in one import; they are written together at the end. */
    static final int MAX_NETWORK_ENTITIES = 200_000;

    private final List<NetworkImport.Organisation> organisations = new ArrayList<>();
    private final List<NetworkImport.Place> places = new ArrayList<>();
    private final List<NetworkImport.Link> links = new ArrayList<>();

    /** Takes the entity of a network schema; false for any other schema. */
    boolean take(FtmEntity e, long lineNumber) {
        switch (e.schema()) {
            case NetworkMapping.ORGANIZATION -> hold(() -> organisations.add(NetworkMapping.organisation(e, lineNumber)));
            case NetworkMapping.ADDRESS -> hold(() -> places.add(NetworkMapping.place(e, lineNumber)));
            case NetworkMapping.MEMBERSHIP, NetworkMapping.FAMILY, NetworkMapping.ASSOCIATE, NetworkMapping.UNKNOWN_LINK ->
                    hold(() -> links.add(NetworkMapping.link(e, lineNumber)));
            default -> {
                return false;
            }
        }
        return true;
    }

    private void hold(Runnable add) {
        if (organisations.size() + places.size() + links.size() >= MAX_NETWORK_ENTITIES) {
            throw new LineRejected(null, InterchangeRefusal.NETWORK_TOO_MANY, MAX_NETWORK_ENTITIES);
        }
        add.run();
    }

    /** Writes what was held, resolving the links' ends to the agency's persons; nothing held, nothing done. */
    NetworkImport.Outcome write(Network network, Persons persons, Viewer viewer, SharingScope scope) {
        if (organisations.isEmpty() && places.isEmpty() && links.isEmpty()) {
            return new NetworkImport.Outcome(0, 0, 0, Map.of());
        }
        Set<String> ends = new LinkedHashSet<>();
        links.forEach(l -> {
            ends.add(l.from());
            ends.add(l.to());
        });
        Map<String, NodeRef> people = new HashMap<>();
        persons.idsByExternalId(viewer.agencyId(), ends).forEach((ftm, id) -> people.put(ftm, NodeRef.person(id)));
        for (String end : ends) {
            if (!people.containsKey(end) && end.startsWith(PersonMapping.SABUESO_PERSON)) {
                try {
                    UUID id = UUID.fromString(end.substring(PersonMapping.SABUESO_PERSON.length()));
                    people.put(end, NodeRef.person(id));
                } catch (IllegalArgumentException ignored) {
                    // not one of ours: left unresolved, the link is rejected
                }
            }
        }
        return network.importNetwork(viewer, new NetworkImport(organisations, places, links, people, scope));
    }
}
