package org.sabueso.network;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sabueso.agency.SharingScope;
import org.sabueso.shared.PartialDate;
import org.sabueso.shared.Refusal;

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

    /** A line left out: the field at fault, the coded refusal, and its text in English (see {@link Outcome#rejected}). */
    public record Rejection(String field, Refusal refusal, String english) {
    }

    /** What was recorded, and the lines left out with why. */
    public record Outcome(int organisations, int places, int links, Map<Long, Rejection> rejections) {

        public Outcome {
            rejections = Collections.unmodifiableMap(new TreeMap<>(rejections));
        }

        /**
         * Each line left out as the import's report has always read it: "field: why", in English,
         * built from the refusal's code. A client in another language reads {@link #rejections}.
         */
        public Map<Long, String> rejected() {
            Map<Long, String> out = new TreeMap<>();
            rejections.forEach((line, r) -> out.put(line, r.field() + ": " + r.english()));
            return out;
        }
    }
}
