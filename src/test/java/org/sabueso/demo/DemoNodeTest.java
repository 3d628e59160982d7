package org.sabueso.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sabueso.agency.AgencyView;

/**
 * The rule of a country's demo (sabueso.demo.node), as a unit over the demo's own generated records
 * (DemoPlan); DemoNodeContextTest starts a CO node and looks at what it stored.
 */
class DemoNodeTest {

    private static final List<DemoPlan.Planned> PLAN = DemoPlan.plan(DemoPlan.SEED, 3000, LocalDate.of(2026, 12, 4),
            DemoData.agencies());

    private static DemoNode node(String country) {
        return new DemoNode(country, "", "", "");
    }

    @Test
    void without_a_demo_node_every_agency_and_every_generated_notice_is_loaded_as_before() {
        DemoNode all = node("");
        assertThat(all.whole()).isTrue();
        assertThat(all.staffed()).isEqualTo(DemoData.AGENCIES);
        assertThat(PLAN).allMatch(p -> all.holds(p.agencyId()));
    }

    @Test
    void a_country_node_holds_exactly_the_records_its_own_agencies_issue() {
        for (AgencyView agency : DemoData.AGENCIES) {
            String country = agency.country().value();
            DemoNode node = node(country.toLowerCase());
            assertThat(node.staffed()).containsExactly(agency);
            List<DemoPlan.Planned> held = PLAN.stream().filter(p -> node.holds(p.agencyId())).toList();
            assertThat(held).as(country).isNotEmpty().allMatch(p -> p.country().equals(country));
            assertThat(PLAN.stream().filter(p -> p.country().equals(country))).as(country).hasSameSizeAs(held);
        }
    }

    @Test
    void the_five_nodes_together_hold_every_generated_notice_once() {
        long held = DemoData.AGENCIES.stream().map(a -> node(a.country().value()))
                .mapToLong(n -> PLAN.stream().filter(p -> n.holds(p.agencyId())).count()).sum();
        assertThat(held).isEqualTo(PLAN.size());
    }

    @Test
    void a_post_holds_no_demo_record_and_gets_only_its_border_officer() {
        DemoNode post = new DemoNode("CO", "CO", "CO-CUCUTA", "CO-DIJIN");
        assertThat(post.post()).isTrue();
        assertThat(post.staffed()).isEmpty();
        assertThat(PLAN).noneMatch(p -> post.holds(p.agencyId()));
        assertThat(post.postOfficer()).hasValue(new DemoNode.PostOfficer("co-cucuta.border", "Oficial de frontera CO-CUCUTA",
                "CO-DIJIN"));
    }

    @Test
    void a_federated_service_without_a_demo_node_loads_its_own_countrys_demo_never_everyones() {
        DemoNode venezuela = new DemoNode("", "", "VE", "");
        assertThat(venezuela.whole()).isFalse();
        assertThat(venezuela.staffed()).extracting(AgencyView::id).containsExactly("VE-CICPC");
        assertThat(new DemoNode("", "CO", "CO-CUCUTA", "CO-DIJIN").postOfficer()).isPresent();
    }

    @Test
    void a_demo_node_that_is_no_demo_country_or_not_the_posts_country_refuses_to_start() {
        assertThatThrownBy(() -> node("BR")).isInstanceOf(IllegalStateException.class).hasMessageContaining("sabueso.demo.node=BR");
        assertThatThrownBy(() -> node("V\u0000E")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new DemoNode("VE", "CO", "CO-CUCUTA", "CO-DIJIN")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("post of CO");
        assertThatThrownBy(() -> new DemoNode("CO", "CO", "", "CO-DIJIN")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sabueso.node.id");
    }
}
