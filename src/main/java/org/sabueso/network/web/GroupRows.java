package org.sabueso.network.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.sabueso.network.GroupedGraph;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The folded groups of a graph page as its table shows them without scripts: the organisation,
 * how many members, the links the group stands for in words, and the address of the same chart
 * with the group opened.
 */
record GroupRows(String id, UUID organisation, String label, int size, List<Line> links, String openHref) {

    /** The group's links of one type to one drawn node. */
    record Line(String words, UUID node) {
    }

    static List<GroupRows> of(GroupedGraph grouped, LinkWords words, HttpServletRequest request) {
        List<GroupRows> rows = new ArrayList<>();
        for (GroupedGraph.Group g : grouped.groups()) {
            List<Line> lines = grouped.links().stream().filter(l -> l.group().equals(g.id()))
                    .map(l -> new Line(words.groupLink(l.type(), l.count()), l.node())).toList();
            rows.add(new GroupRows(g.id(), g.organisation(), words.group(g.label(), g.members().size()),
                    g.members().size(), lines, opened(request, g.organisation())));
        }
        return rows;
    }

    /** The page's own address with the organisation added to {@code open}. */
    private static String opened(HttpServletRequest request, UUID organisation) {
        String already = request.getParameter("open");
        String open = already == null || already.isBlank() ? organisation.toString() : already + "," + organisation;
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("open", open).build().toUriString();
    }
}
