package org.sabueso.screening.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.sabueso.screening.LinkStatus;

/**
 * The link queue is paged and filtered (issue 15, item 7): it once put 118 proposals on one page
 * of 50,000 px. A page holds {@link LinkQueueFilter#PAGE_SIZE}; filters by the other agency and by
 * a lowest score keep to what they say, and the pager keeps the filter.
 */
class LinkQueuePagesTests extends IntegrationTest {

    private static final String CARD = "class=\"hit-card link-card\"";
    private static final Pattern TOTAL = Pattern.compile("class=\"result-count\">(?:Un|One|(\\d+))");
    private static final Pattern LINK_ID = Pattern.compile(CARD + " id=\"link-([0-9a-f-]{36})\"");

    @org.springframework.beans.factory.annotation.Autowired
    org.sabueso.screening.Links links;

    @org.springframework.beans.factory.annotation.Autowired
    org.sabueso.agency.Agencies agencies;
    private static final Pattern AGENCY_OPTION = Pattern.compile("<option value=\"([A-Z]{2}-[A-Z-]+)\">([^<(]+) \\(");

    private static List<String> cards(String body) {
        List<String> parts = Arrays.asList(body.split(Pattern.quote(CARD)));
        return parts.subList(1, parts.size());
    }

    private String queue(String query) {
        return http("ve.analyst").get("/console/links" + query).body();
    }

    @Test
    void the_queue_shows_one_page_of_proposals_and_a_pager_when_there_are_more() {
        String body = queue("");
        Matcher total = TOTAL.matcher(body);
        assertThat(total.find()).isTrue();
        long count = total.group(1) == null ? 1 : Long.parseLong(total.group(1));
        assertThat(cards(body)).hasSizeLessThanOrEqualTo(LinkQueueFilter.PAGE_SIZE)
                .hasSize((int) Math.min(count, LinkQueueFilter.PAGE_SIZE));
        assertThat(body.contains("rel=\"next\"")).isEqualTo(count > LinkQueueFilter.PAGE_SIZE);
    }

    @Test
    void a_lowest_score_shows_only_links_proposed_at_or_above_it_best_first() {
        // the filter and the order read the score each link was proposed with (the card shows the
        // pair compared afresh, which may have moved since)
        java.util.Map<String, Double> proposed = new java.util.HashMap<>();
        links.queue(agencies.viewerFor("ve.analyst").orElseThrow(), LinkStatus.PROPOSED)
                .forEach(l -> proposed.put(l.id().toString(), l.score()));
        String body = queue("?min=90&order=score");
        List<Double> scores = LINK_ID.matcher(body).results().map(r -> proposed.get(r.group(1))).toList();
        assertThat(scores).isNotEmpty().doesNotContainNull()
                .allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(0.90))
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(body).containsPattern("<option value=\"90\"\\s+selected=\"selected\">");
    }

    @Test
    void the_agency_filter_shows_only_pairs_with_that_agency_and_the_pager_keeps_it() {
        Matcher option = AGENCY_OPTION.matcher(queue(""));
        assertThat(option.find()).as("the filter offers the agencies at the other end").isTrue();
        String agency = option.group(1);
        String name = option.group(2).strip();
        String body = queue("?agency=" + agency);
        assertThat(cards(body)).isNotEmpty().allSatisfy(card -> assertThat(card).contains(name));
        assertThat(body).doesNotContainPattern("rel=\"next\" href=\"/console/links\\?status=proposed&amp;page=");
    }

    @Test
    void a_filter_nobody_meets_says_so_and_odd_values_are_no_filter() {
        assertThat(queue("?agency=XX-NOBODY")).containsAnyOf("Ningún vínculo cumple estos filtros.", "No link meets these filters.");
        for (String odd : List.of("?min=abc", "?min=-5", "?order=" + "x".repeat(300), "?agency=" + "A".repeat(500), "?page=-1", "?page=zz")) {
            assertThat(http("ve.analyst").get("/console/links" + odd).status()).as(odd).isEqualTo(200);
        }
    }
}
