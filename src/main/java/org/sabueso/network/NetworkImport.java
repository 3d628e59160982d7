package org.sabueso.network;

import java.util.List;
import java.util.Map;

import org.sabueso.agency.SharingScope;
import org.sabueso.shared.PartialDate;

/**
 * Organisations, places and links read from an interchange file, each with its line number, to
 * record for the importing agency in one transaction. Link ends are FtM ids: persons already
 * resolved by the caller ({@code persons}), organisations and places looked up among this
 * import's and those the agency recorded before.
 */
public record NetworkImport(List<Organisation> organisations, List<Place> places, List<Link> links,
                            Map<String, NodeRef> persons, SharingScope scope) {

    public NetworkImport {
        organisations = List.copyOf(organisations);
        places = List.copyOf(places);
        links = List.copyOf(links);
        persons = Map.copyOf(persons);
    }

    public boolean isEmpty() {
        return organisations.isEmpty() && places.isEmpty() && links.isEmpty();
    }

    public record Organisation(long line, NewOrganisation organisation) {
    }

    public record Place(long line, NewPlace place) {
    }

    /** A link whose ends are FtM ids; {@code property} names the end in the FtM schema, for errors. */
    public record Link(long line, String externalId, LinkType type, String from, String fromProperty, String to,
                       String toProperty, String role, PartialDate started, PartialDate ended, String source) {
    }

    /** What was recorded, and the lines left out with why. */
    public record Outcome(int organisations, int places, int links, Map<Long, String> rejected) {
    }
}
