package org.sabueso.federation.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.sabueso.federation.TipsAndLinksFakes;
import org.sabueso.federation.TipsAndLinksFakes.RecordingOutbox;
import org.sabueso.federation.internal.Envelope;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.RefusalCode;
import org.sabueso.federation.internal.Refused;
import org.sabueso.notice.Notices;
import org.sabueso.screening.LinkExchange;
import org.sabueso.screening.LinkExchange.LinkRecord;
import org.sabueso.screening.LinkStatus;
import org.sabueso.screening.ScreeningEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A cross-agency link between a Peruvian notice (held by Peru's node) and a Venezuelan one (a copy
 * there): Venezuela's node proposes and decides, Peru's node takes both; and what Peru's node sends
 * when its analyst decides. One database plays the nodes; the pair is one the demo never linked.
 */
class LinksAcrossNodesTest extends IntegrationTest {

    @Autowired
    LinkExchange links;

    @Autowired
    Notices notices;

    @Autowired
    JdbcClient jdbc;

    UUID a;
    UUID b;
    String agencyA;
    String agencyB;

    @BeforeEach
    void aPeruvianAndAVenezuelanNoticeNotLinkedYet() {
        record Pair(UUID pe, UUID ve) {
        }
        Pair p = jdbc.sql("""
                SELECT pe.id, ve.id FROM notice pe, notice ve
                WHERE pe.issuing_agency_id = 'PE-PNP' AND ve.issuing_agency_id = 'VE-CICPC'
                  AND pe.status = 'ACTIVE' AND ve.status = 'ACTIVE'
                  AND pe.sharing_scope IN ('ALL_MEMBERS','PUBLIC') AND ve.sharing_scope IN ('ALL_MEMBERS','PUBLIC')
                  AND NOT EXISTS (SELECT 1 FROM notice_link l WHERE l.notice_a IN (pe.id, ve.id) AND l.notice_b IN (pe.id, ve.id))
                ORDER BY pe.id, ve.id LIMIT 1""")
                .query((rs, i) -> new Pair(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).single();
        boolean peFirst = p.pe().toString().compareTo(p.ve().toString()) < 0;
        a = peFirst ? p.pe() : p.ve();
        b = peFirst ? p.ve() : p.pe();
        agencyA = peFirst ? "PE-PNP" : "VE-CICPC";
        agencyB = peFirst ? "VE-CICPC" : "PE-PNP";
    }

    @AfterEach
    void removeTheTestsLink() {
        jdbc.sql("DELETE FROM notice_link WHERE notice_a = ? AND notice_b = ?").params(a, b).update();
    }

    LinkRecord proposal() {
        return new LinkRecord(a, b, agencyA, agencyB, 0.91, "name: same name", List.of(), LinkStatus.PROPOSED, null, null);
    }

    LinkRecord decided(LinkStatus status) {
        return new LinkRecord(a, b, agencyA, agencyB, 0.91, "name: same name", List.of(), status, "ve.analyst",
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    Envelope from(String node, LinkRecord link) {
        return TipsAndLinksFakes.envelope(Kinds.LINK_STATE, node, "PE", LinkMessages.recordKey(a, b), link);
    }

    RefusalCode refusal(LinkMessages on, Envelope envelope) {
        try {
            on.apply(envelope);
        } catch (Refused r) {
            return r.code();
        }
        return null;
    }

    String status() {
        return jdbc.sql("SELECT status FROM notice_link WHERE notice_a = ? AND notice_b = ?").params(a, b).query(String.class).single();
    }

    long held() {
        return jdbc.sql("SELECT count(*) FROM notice_link WHERE notice_a = ? AND notice_b = ?").params(a, b).query(Long.class).single();
    }

    @Test
    void peru_takes_venezuelas_proposal_once_then_its_decision_and_the_first_decision_stands() {
        LinkMessages peru = new LinkMessages(TipsAndLinksFakes.directoryOf("PE"), links, notices);

        peru.apply(from("VE", proposal()));
        peru.apply(from("VE", proposal()));

        assertThat(held()).isEqualTo(1L);
        assertThat(status()).isEqualTo("PROPOSED");

        peru.apply(from("VE", decided(LinkStatus.ACCEPTED)));
        peru.apply(from("VE", decided(LinkStatus.REJECTED)));

        assertThat(status()).isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("SELECT decided_by FROM notice_link WHERE notice_a = ? AND notice_b = ?").params(a, b)
                .query(String.class).single()).isEqualTo("ve.analyst");
    }

    @Test
    void a_link_from_a_node_that_holds_neither_notice_or_to_a_node_that_holds_neither_is_refused() {
        LinkMessages peru = new LinkMessages(TipsAndLinksFakes.directoryOf("PE"), links, notices);
        LinkMessages ecuador = new LinkMessages(TipsAndLinksFakes.directoryOf("EC"), links, notices);

        assertThat(refusal(peru, from("CO", proposal()))).isEqualTo(RefusalCode.NOT_OWNER);
        assertThat(refusal(peru, from("PE", proposal())))
                .as("from Peru's own node, the other end would be Venezuela's, not held here").isEqualTo(RefusalCode.WRONG_ADDRESSEE);
        assertThat(refusal(ecuador, from("VE", proposal()))).isEqualTo(RefusalCode.WRONG_ADDRESSEE);
        assertThat(refusal(peru, TipsAndLinksFakes.envelope(Kinds.LINK_STATE, "VE", "PE", LinkMessages.recordKey(b, a), proposal())))
                .as("the key names another pair").isEqualTo(RefusalCode.NOT_OWNER);
        assertThat(held()).as("nothing refused was stored").isZero();
    }

    @Test
    void a_decision_taken_in_peru_goes_to_venezuelas_node_only() {
        new LinkMessages(TipsAndLinksFakes.directoryOf("PE"), links, notices).apply(from("VE", proposal()));
        UUID id = jdbc.sql("SELECT id FROM notice_link WHERE notice_a = ? AND notice_b = ?").params(a, b).query(UUID.class).single();

        RecordingOutbox peru = new RecordingOutbox();
        new LinksToOtherNodes(TipsAndLinksFakes.directoryOf("PE"), peru, TipsAndLinksFakes.FEDERATED, links, notices)
                .on(new ScreeningEvents.LinkDecided(id));
        RecordingOutbox colombia = new RecordingOutbox();
        new LinksToOtherNodes(TipsAndLinksFakes.directoryOf("CO"), colombia, TipsAndLinksFakes.FEDERATED, links, notices)
                .on(new ScreeningEvents.LinksProposed(List.of(id)));

        assertThat(peru.sent).singleElement().satisfies(s -> {
            assertThat(s.toNode()).isEqualTo("VE");
            assertThat(s.kind()).isEqualTo(Kinds.LINK_STATE);
            assertThat(s.recordKey()).isEqualTo(LinkMessages.recordKey(a, b));
            assertThat(((LinkRecord) s.payload()).noticeA()).isEqualTo(a);
        });
        assertThat(colombia.sent).as("a node that holds neither notice sends nothing").isEmpty();
    }

    @Test
    void a_link_with_text_the_database_cannot_hold_or_out_of_order_is_not_stored() {
        LinkMessages peru = new LinkMessages(TipsAndLinksFakes.directoryOf("PE"), links, notices);
        LinkRecord nul = new LinkRecord(a, b, agencyA, agencyB, 0.91, "name:\u0000 same", List.of(), LinkStatus.PROPOSED, null, null);
        LinkRecord huge = new LinkRecord(a, b, agencyA, agencyB, 0.91, "x".repeat(1_000_000), List.of(), LinkStatus.PROPOSED, null, null);
        LinkRecord undated = new LinkRecord(a, b, agencyA, agencyB, 0.91, "名前: 同じ", List.of(), LinkStatus.ACCEPTED, "ve.analyst", null);

        assertThatThrownBy(() -> peru.apply(from("VE", nul))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> peru.apply(from("VE", huge))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> peru.apply(from("VE", undated))).isInstanceOf(IllegalArgumentException.class);
        assertThat(held()).isZero();
    }
}
