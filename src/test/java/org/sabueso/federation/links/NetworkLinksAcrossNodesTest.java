package org.sabueso.federation.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.sabueso.agency.SharingScope;
import org.sabueso.federation.TipsAndLinksFakes;
import org.sabueso.federation.TipsAndLinksFakes.RecordingOutbox;
import org.sabueso.federation.internal.Directory;
import org.sabueso.federation.internal.Envelope;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.NodeEntry;
import org.sabueso.federation.internal.RefusalCode;
import org.sabueso.federation.internal.Refused;
import org.sabueso.network.NetworkEvents;
import org.sabueso.network.NetworkLinkExchange;
import org.sabueso.network.NetworkLinkExchange.LinkCopy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Network links between nodes: which leave for which node, and what a node takes. */
class NetworkLinksAcrossNodesTest extends IntegrationTest {

    @Autowired
    NetworkLinkExchange links;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    /**
     * Every demo link, from the node of its issuing agency to every other national node: it leaves
     * exactly when its scope reaches that node's agencies, and never when it is AGENCY or NATIONAL.
     */
    @Test
    void a_link_reaches_exactly_the_nodes_whose_agencies_its_scope_names() {
        List<Map<String, Object>> demo = jdbc.sql("""
                SELECT l.id, l.issuing_agency_id, l.sharing_scope,
                       ARRAY(SELECT agency_id FROM network_link_partner p WHERE p.link_id = l.id)::text AS partners
                FROM network_link l WHERE l.copy_of IS NULL ORDER BY l.id LIMIT 400""").query().listOfRows();
        assertThat(demo).isNotEmpty();
        int crossed = 0;
        int stayed = 0;
        for (Map<String, Object> l : demo) {
            String issuer = (String) l.get("issuing_agency_id");
            String home = TipsAndLinksFakes.NODES.stream().filter(n -> !n.isPost() && n.agencyIds().contains(issuer))
                    .map(NodeEntry::id).findFirst().orElseThrow();
            NetworkLinkRecords records = new NetworkLinkRecords(TipsAndLinksFakes.directoryOf(home), links);
            SharingScope scope = SharingScope.valueOf((String) l.get("sharing_scope"));
            String partners = (String) l.get("partners");
            for (NodeEntry to : TipsAndLinksFakes.NODES) {
                if (to.id().equals(home)) {
                    continue;
                }
                boolean expected = !to.isPost() && switch (scope) {
                    case AGENCY, NATIONAL -> false;
                    case ALL_MEMBERS, PUBLIC -> true;
                    case PARTNERS -> to.agencyIds().stream().anyMatch(partners::contains);
                };
                boolean sent = records.stateFor(l.get("id").toString(), to).isPresent();
                assertThat(sent).as("%s link %s from %s to %s", scope, l.get("id"), home, to.id()).isEqualTo(expected);
                crossed += sent ? 1 : 0;
                stayed += sent ? 0 : 1;
            }
        }
        assertThat(crossed).as("some demo links reach other countries").isPositive();
        assertThat(stayed).isPositive();
    }

    /** A link of Venezuela's, between two ends the demo already joins, under a new id and the given scope. */
    LinkCopy venezuelan(SharingScope scope, Set<String> partners) {
        Map<String, Object> ends = jdbc.sql("SELECT type, from_kind, from_id, to_kind, to_id FROM network_link ORDER BY id LIMIT 1")
                .query().singleRow();
        return new LinkCopy(UUID.randomUUID(), org.sabueso.network.LinkType.valueOf((String) ends.get("type")),
                new org.sabueso.network.NodeRef(org.sabueso.network.NodeType.valueOf((String) ends.get("from_kind")), (UUID) ends.get("from_id")),
                new org.sabueso.network.NodeRef(org.sabueso.network.NodeType.valueOf((String) ends.get("to_kind")), (UUID) ends.get("to_id")),
                null, "2023", null, "prueba de federación", org.sabueso.network.Confidence.PROBABLE, "VE-CICPC", "VE", scope,
                partners, null, "ve.analyst");
    }

    Envelope state(String from, LinkCopy link) {
        return TipsAndLinksFakes.envelope(Kinds.NETWORK_LINK_STATE, from, "CO", "network-link:" + link.id(), link);
    }

    Envelope removal(String from, UUID id) {
        return TipsAndLinksFakes.envelope(Kinds.NETWORK_LINK_REMOVED, from, "CO", "network-link:" + id, null);
    }

    RefusalCode refusal(Runnable apply) {
        try {
            new TransactionTemplate(transactions).executeWithoutResult(tx -> apply.run());
        } catch (Refused r) {
            return r.code();
        }
        return null;
    }

    @Test
    void colombia_keeps_a_copy_of_a_venezuelan_link_that_reaches_it_and_only_venezuela_replaces_or_removes_it() {
        NetworkLinkRecords colombia = new NetworkLinkRecords(TipsAndLinksFakes.directoryOf("CO"), links);
        LinkCopy link = venezuelan(SharingScope.ALL_MEMBERS, Set.of());

        assertThat(refusal(() -> colombia.applyState(state("VE", link)))).isNull();
        assertThat(refusal(() -> colombia.applyState(state("VE", link)))).as("a duplicate changes nothing").isNull();

        NetworkLinkExchange.Held held = links.held(link.id()).orElseThrow();
        assertThat(held.copyOf()).contains("VE");
        assertThat(held.link()).isEqualTo(link);
        assertThat(colombia.ownerNode(link.id().toString())).contains("VE");
        assertThat(colombia.ownedRecordIds()).doesNotContain(link.id().toString());
        assertThat(refusal(() -> colombia.applyState(state("PE", link)))).isEqualTo(RefusalCode.NOT_OWNER);
        assertThat(refusal(() -> colombia.applyRemoval(removal("PE", link.id())))).isEqualTo(RefusalCode.NOT_OWNER);
        RecordingOutbox colombiasOutbox = new RecordingOutbox();
        new NetworkLinksToOtherNodes(TipsAndLinksFakes.directoryOf("CO"), colombiasOutbox, TipsAndLinksFakes.FEDERATED)
                .on(new NetworkEvents.LinkRecorded(link.id(), link.type(), link.from().id(), link.to().id(), "node:VE", null));
        assertThat(colombiasOutbox.changed).as("a copy is never sent on").isEmpty();

        assertThat(refusal(() -> colombia.applyRemoval(removal("VE", link.id())))).isNull();
        assertThat(links.held(link.id())).isEmpty();
    }

    @Test
    void colombia_refuses_a_link_it_may_not_see_national_or_for_other_partners() {
        NetworkLinkRecords colombia = new NetworkLinkRecords(TipsAndLinksFakes.directoryOf("CO"), links);
        LinkCopy national = venezuelan(SharingScope.NATIONAL, Set.of());
        LinkCopy forPeru = venezuelan(SharingScope.PARTNERS, Set.of("PE-PNP"));
        LinkCopy agencyOnly = venezuelan(SharingScope.AGENCY, Set.of());

        assertThat(refusal(() -> colombia.applyState(state("VE", national)))).isEqualTo(RefusalCode.NOT_VISIBLE_HERE);
        assertThat(refusal(() -> colombia.applyState(state("VE", forPeru)))).isEqualTo(RefusalCode.NOT_VISIBLE_HERE);
        assertThat(refusal(() -> colombia.applyState(state("VE", agencyOnly)))).isEqualTo(RefusalCode.NOT_VISIBLE_HERE);
        assertThat(links.held(national.id())).isEmpty();
        assertThat(links.held(forPeru.id())).isEmpty();
    }

    @Test
    void a_link_recorded_by_an_agency_held_here_is_marked_changed_and_one_of_another_node_is_not() {
        UUID id = UUID.randomUUID();
        NetworkEvents.LinkRecorded recorded = new NetworkEvents.LinkRecorded(id, org.sabueso.network.LinkType.ASSOCIATE,
                UUID.randomUUID(), UUID.randomUUID(), "ve.analyst", "VE-CICPC");
        RecordingOutbox venezuela = new RecordingOutbox();
        RecordingOutbox colombia = new RecordingOutbox();
        Directory ve = TipsAndLinksFakes.directoryOf("VE");

        new NetworkLinksToOtherNodes(ve, venezuela, TipsAndLinksFakes.FEDERATED).on(recorded);
        new NetworkLinksToOtherNodes(TipsAndLinksFakes.directoryOf("CO"), colombia, TipsAndLinksFakes.FEDERATED).on(recorded);

        assertThat(venezuela.changed).containsExactly(new RecordingOutbox.Changed(Kinds.NETWORK_LINK_STATE, id.toString()));
        assertThat(colombia.changed).isEmpty();
    }

    @Test
    void a_copy_with_text_the_database_cannot_hold_is_not_stored() {
        NetworkLinkRecords colombia = new NetworkLinkRecords(TipsAndLinksFakes.directoryOf("CO"), links);
        LinkCopy ok = venezuelan(SharingScope.ALL_MEMBERS, Set.of());
        LinkCopy nul = new LinkCopy(ok.id(), ok.type(), ok.from(), ok.to(), ok.role(), ok.started(), ok.ended(), "fuente\u0000",
                ok.confidence(), ok.issuingAgencyId(), ok.issuingCountry(), ok.sharingScope(), ok.partnerAgencyIds(),
                ok.externalId(), ok.createdBy());
        LinkCopy huge = new LinkCopy(ok.id(), ok.type(), ok.from(), ok.to(), ok.role(), ok.started(), ok.ended(), "x".repeat(100_000),
                ok.confidence(), ok.issuingAgencyId(), ok.issuingCountry(), ok.sharingScope(), ok.partnerAgencyIds(),
                ok.externalId(), ok.createdBy());

        assertThatThrownBy(() -> colombia.applyState(state("VE", nul))).isInstanceOf(RuntimeException.class)
                .isNotInstanceOf(Refused.class);
        assertThatThrownBy(() -> colombia.applyState(state("VE", huge))).isInstanceOf(RuntimeException.class)
                .isNotInstanceOf(Refused.class);
        assertThat(links.held(ok.id())).isEmpty();
    }
}
