package org.sabueso.network;

import java.util.List;

/**
 * An organisation as its page shows it: the members the viewer may see (by role), the places it
 * operates in, its designations, its timeline (its own events and its visible members'), and its
 * key players and communities computed on the viewer's graph around it.
 */
public record OrganisationDetail(OrganisationSummary organisation, List<Member> members, List<LinkView> places,
                                 List<Designation> designations, List<TimelineEntry> timeline,
                                 List<KeyPlayer> keyPlayers, List<List<GraphView.Node>> communities) {

    /** A member through a visible MEMBER_OF link. */
    public record Member(LinkView link, String role) {
    }

    /** A person ranked by betweenness centrality within the organisation's visible network. */
    public record KeyPlayer(GraphView.Node node, double betweenness, double pageRank) {
    }
}
