package org.sabueso.screening.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.sabueso.screening.LinkStatus;
import org.sabueso.screening.LinkView;
import org.sabueso.shared.Page;
import org.sabueso.web.RequestValues;

/**
 * What the link queue shows: the status tab, the other agency of the pair, a lowest score and the
 * order, read leniently from the query (a filter narrows, it never refuses: a value the page does
 * not offer is no filter). The queue of an agency holds a few hundred proposals at most, read in
 * one query; the costly part of a row is the fresh compare of its two notices, so only the page
 * shown is compared ({@link LinkPages}).
 *
 * @param agency  the agency at the other end of the pair, or null for any
 * @param minimum the lowest score shown, in whole percent (0 for any)
 * @param order   {@code score}: best first; otherwise newest first, as proposed
 */
record LinkQueueFilter(LinkStatus status, String agency, int minimum, String order) {

    /** Proposals per page: each is a card with both subjects and the reasons, about 400 px high. */
    static final int PAGE_SIZE = 20;
    static final String BY_SCORE = "score";
    static final String NEWEST = "newest";

    static LinkQueueFilter of(String status, String agency, String minimum, String order) {
        LinkStatus shown = RequestValues.choiceOr(LinkStatus.class, status, LinkStatus.PROPOSED);
        String other = agency == null || agency.isBlank() || agency.length() > 50 ? null : agency.strip();
        int lowest = minimum != null && minimum.strip().matches("\\d{1,3}") ? Math.min(100, Integer.parseInt(minimum.strip())) : 0;
        return new LinkQueueFilter(shown, other, lowest, BY_SCORE.equals(order) ? BY_SCORE : NEWEST);
    }

    /** The links this filter lets through, in its order. */
    List<LinkView> apply(List<LinkView> queue) {
        Comparator<LinkView> newest = Comparator.comparing(LinkView::createdAt).reversed();
        return queue.stream()
                .filter(l -> agency == null || agency.equals(l.agencyA()) || agency.equals(l.agencyB()))
                .filter(l -> l.score() * 100 >= minimum)
                .sorted(BY_SCORE.equals(order) ? Comparator.comparingDouble(LinkView::score).reversed().thenComparing(newest)
                        : newest)
                .toList();
    }

    /** One page of what {@link #apply} lets through; a page past the end is the last page. */
    static Page<LinkView> page(List<LinkView> filtered, int requested) {
        IntFunction<Page<LinkView>> slice = n -> {
            int from = (int) Math.min((long) n * PAGE_SIZE, filtered.size());
            return new Page<>(filtered.subList(from, Math.min(from + PAGE_SIZE, filtered.size())), filtered.size(), n,
                    PAGE_SIZE);
        };
        return Page.within(requested, slice);
    }

    /** The queue's address with this filter and the given page, for the pager's links, which keep the filter. */
    public String href(int page) {
        org.springframework.web.util.UriComponentsBuilder uri =
                org.springframework.web.util.UriComponentsBuilder.fromPath("/console/links");
        params().forEach(uri::queryParam);
        if (page > 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    /** The filter as query values, in a fixed order. */
    Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("status", status.name().toLowerCase(java.util.Locale.ROOT));
        if (agency != null) {
            p.put("agency", agency);
        }
        if (minimum > 0) {
            p.put("min", minimum);
        }
        if (BY_SCORE.equals(order)) {
            p.put("order", order);
        }
        return p;
    }
}
