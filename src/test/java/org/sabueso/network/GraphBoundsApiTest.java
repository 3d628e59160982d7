package org.sabueso.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The neighbourhood API's bound and grouping over the Tren de Aragua demo: an answer stops at its
 * limit (150 unless asked), says so and names the request that gives more, whose answer begins
 * with the same nodes; the rank and file of the organisation fold into one group on request, with
 * its leaders still drawn and the group's links counted.
 */
class GraphBoundsApiTest extends IntegrationTest {

    String trenDeAragua(Http who) {
        return who.get("/api/v1/organizations?q=tren%20de%20aragua").json().get("items").get(0).get("id").asString();
    }

    static List<String> ids(JsonNode graph) {
        return StreamSupport.stream(graph.get("nodes").spliterator(), false).map(n -> n.get("id").asString()).toList();
    }

    @Test
    void an_answer_stops_at_its_limit_says_so_and_names_the_request_for_more() {
        Http ve = http("ve.analyst");
        String tda = trenDeAragua(ve);
        JsonNode whole = ve.get("/api/v1/graph/neighbourhood?personId=" + tda + "&depth=2").json();
        assertThat(whole.get("limit").asInt()).as("a chart's worth unless asked").isEqualTo(150);
        int all = whole.get("nodes").size();
        assertThat(all).as("Tren de Aragua at depth 2 in the demo").isGreaterThan(40).isLessThanOrEqualTo(150);
        assertThat(whole.get("truncated").asBoolean()).isFalse();
        assertThat(whole.get("more").isNull()).isTrue();

        JsonNode first = ve.get("/api/v1/graph/neighbourhood?personId=" + tda + "&depth=2&limit=10").json();
        assertThat(first.get("nodes")).hasSize(10);
        assertThat(first.get("truncated").asBoolean()).isTrue();
        String more = first.get("more").asString();
        assertThat(more).startsWith("/api/v1/graph/neighbourhood?").contains("personId=" + tda, "depth=2", "limit=160")
                .doesNotContain("limit=10&");
        JsonNode next = ve.get(more).json();
        assertThat(next.get("truncated").asBoolean()).isFalse();
        assertThat(ids(next)).as("the larger answer begins with the nodes already drawn")
                .startsWith(ids(first).toArray(String[]::new)).hasSize(all);
        // every link of the cut answer joins two of its own nodes
        for (JsonNode e : first.get("edges")) {
            assertThat(ids(first)).contains(e.get("from").asString(), e.get("to").asString());
        }
    }

    @Test
    void a_limit_outside_one_to_two_thousand_is_refused_naming_the_field() {
        Http ve = http("ve.analyst");
        String tda = trenDeAragua(ve);
        for (String limit : List.of("0", "2001", "-5")) {
            Http.Response r = ve.get("/api/v1/graph/neighbourhood?personId=" + tda + "&limit=" + limit);
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("limit");
            assertThat(r.json().get("errors").get(0).get("code").asString()).isEqualTo("network.limit.range");
        }
        Http.Response hostile = ve.get("/api/v1/graph/neighbourhood?personId=" + tda + "&group=true&open=%00%01x");
        assertThat(hostile.status()).as(hostile.body()).isEqualTo(400);
    }

    @Test
    void the_rank_and_file_fold_into_one_group_with_the_leaders_drawn_and_open_unfolds_them() {
        Http ve = http("ve.analyst");
        String tda = trenDeAragua(ve);
        JsonNode plain = ve.get("/api/v1/graph/neighbourhood?personId=" + tda + "&depth=1").json();
        assertThat(plain.get("groups")).as("no folding unless asked").isEmpty();

        JsonNode grouped = ve.get("/api/v1/graph/neighbourhood?personId=" + tda + "&depth=1&group=true").json();
        assertThat(grouped.get("groups")).hasSize(1);
        JsonNode group = grouped.get("groups").get(0);
        assertThat(group.get("id").asString()).isEqualTo("group-" + tda);
        assertThat(group.get("organisation").asString()).isEqualTo(tda);
        assertThat(group.get("label").asString()).isEqualTo("Tren de Aragua");
        int size = group.get("size").asInt();
        assertThat(size).isGreaterThan(12).isEqualTo(group.get("members").size());
        List<String> members = new ArrayList<>();
        group.get("members").forEach(m -> members.add(m.asString()));
        assertThat(ids(grouped)).doesNotContainAnyElementsOf(members).hasSize(plain.get("nodes").size() - size);
        List<String> labels = StreamSupport.stream(grouped.get("nodes").spliterator(), false)
                .map(n -> n.get("label").asString()).toList();
        assertThat(labels).as("leaders and lieutenants stay drawn").anyMatch(l -> l.contains("Guerrero Flores"))
                .anyMatch(l -> l.contains("Yohan José Romero"));
        assertThat(grouped.get("groupLinks").toString()).contains("\"from\":\"group-" + tda + "\",\"to\":\"" + tda
                + "\",\"type\":\"MEMBER_OF\",\"count\":" + size);
        for (JsonNode e : grouped.get("edges")) {
            assertThat(members).doesNotContain(e.get("from").asString(), e.get("to").asString());
        }

        JsonNode opened = ve.get("/api/v1/graph/neighbourhood?personId=" + tda + "&depth=1&group=true&open=" + tda).json();
        assertThat(opened.get("groups")).isEmpty();
        assertThat(ids(opened)).containsAll(members).hasSize(plain.get("nodes").size());
    }
}
