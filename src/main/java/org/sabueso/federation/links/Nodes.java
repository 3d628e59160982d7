package org.sabueso.federation.links;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sabueso.agency.Viewer;
import org.sabueso.federation.internal.Directory;
import org.sabueso.federation.internal.NodeEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the tips and links kinds ask of the directory, in one place: which node holds an agency,
 * whether this node does, and a node's agencies as viewers for the sharing policy.
 */
public final class Nodes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Nodes() {
    }

    /** True when this node holds the agency's records (a post holds none: its national node does). */
    public static boolean heldHere(Directory directory, String agencyId) {
        return agencyId != null && directory.nodeOfAgency(agencyId).map(directory.self()::equals).orElse(false);
    }

    /** The national node that holds the agency, when it is another one than this. */
    public static Optional<String> heldElsewhere(Directory directory, String agencyId) {
        return agencyId == null ? Optional.empty()
                : directory.nodeOfAgency(agencyId).filter(n -> !n.equals(directory.self()));
    }

    /** The node's agencies as the sharing policy sees them: each agency, in the node's country. */
    public static List<Viewer> viewersOf(NodeEntry node) {
        return node.agencyIds().stream().sorted()
                .map(agency -> new Viewer("federation:" + node.id(), agency, node.country(), Set.of())).toList();
    }

    /** A kind's payload as its record; a payload that does not read as one is refused by the caller. */
    public static <T> T read(JsonNode payload, Class<T> type) {
        if (payload == null || payload.isNull() || payload.isMissingNode()) {
            throw new IllegalArgumentException("no payload");
        }
        return JSON.treeToValue(payload, type);
    }

    /** The payload as the outbox will serialise it: for tests and for checking what a kind carries. */
    public static JsonNode tree(Object payload) {
        return JSON.valueToTree(payload);
    }
}
