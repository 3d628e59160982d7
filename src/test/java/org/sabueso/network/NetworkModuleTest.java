package org.sabueso.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sabueso.agency.Agencies;
import org.sabueso.agency.Role;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticeEvents;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.Notices;
import org.sabueso.person.PersonView;
import org.sabueso.person.Persons;
import org.sabueso.reward.Rewards;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The network module on its own (bootstrap mode STANDALONE): the modules it reads (person,
 * agency, notice, reward) are stand-ins, and events from them arrive as they would after their
 * commit. It starts its own embedded PostgreSQL in a folder of its own, without the demo, so it
 * never touches the database the integration tests share.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@TestPropertySource(properties = {"sabueso.data-dir=target/test-data-network-module", "sabueso.db.fresh=true"})
class NetworkModuleTest {

    /** Delivery after the publishing transaction commits takes milliseconds; ten seconds bounds a slow machine. */
    static final Duration DELIVERY = Duration.ofSeconds(10);
    static final Viewer ANALYST = new Viewer("ve.analyst", "VE-CICPC", "VE", Set.of(Role.ANALYST));
    static final Viewer OTHER_AGENCY = new Viewer("pe.analyst", "PE-PNP", "PE", Set.of(Role.ANALYST));

    /** The agencies the facts are issued by: the agency module's table, filled here as its own migrations would not. */
    @BeforeAll
    void agencies(@Autowired JdbcClient jdbc) {
        for (Viewer v : List.of(ANALYST, OTHER_AGENCY)) {
            jdbc.sql("INSERT INTO agency (id, country, name, kind) VALUES (?, ?, ?, 'POLICE') ON CONFLICT DO NOTHING")
                    .params(v.agencyId(), v.country(), v.agencyId()).update();
        }
    }

    @MockitoBean
    Persons persons;
    @MockitoBean
    Agencies agencies;
    @MockitoBean
    Notices notices;
    @MockitoBean
    Rewards rewards;

    final Network network;
    final NetworkGraph graph;
    final EventPublicationRegistry publications;

    NetworkModuleTest(Network network, NetworkGraph graph, EventPublicationRegistry publications) {
        this.network = network;
        this.graph = graph;
        this.publications = publications;
    }

    private static PersonView person(UUID id, String name) {
        return new PersonView(id, null, name, null, List.of(), null, Set.of(), List.of(), null, null, "VE-CICPC");
    }

    /** An active Venezuelan notice kept to its agency, as the notice module would answer for it. */
    private UUID noticeAbout(UUID noticeId, String reference) {
        UUID subject = UUID.randomUUID();
        when(notices.forScreening(List.of(noticeId))).thenReturn(List.of(new NoticeDetail(noticeId, reference,
                NoticeStatus.ACTIVE, "VE-CICPC", "VE", person(subject, "Yohan Romero"), List.of("Extorsión"), null,
                "W-1", "Art. 1", null, SharingScope.AGENCY, Set.of(), null, "ve.analyst", null, null, null, 1)));
        return subject;
    }

    @Test
    void an_activated_notice_puts_its_subject_on_the_timeline_shared_as_the_notice(Scenario scenario) {
        UUID noticeId = UUID.randomUUID();
        UUID subject = noticeAbout(noticeId, "VE-2026-0101");
        scenario.publish(new NoticeEvents.NoticeStatusChanged(noticeId, "VE-2026-0101", NoticeStatus.UNDER_REVIEW,
                        NoticeStatus.ACTIVE, "ve.supervisor", "VE-CICPC"))
                .andWaitAtMost(DELIVERY)
                .andWaitForStateChange(() -> network.timeline(ANALYST, List.of(NodeRef.person(subject))),
                        entries -> !entries.isEmpty())
                .andVerify(entries -> {
                    assertThat(entries).singleElement().satisfies(e -> {
                        assertThat(e.kind()).isEqualTo(EventKind.NOTICE);
                        assertThat(e.title()).isEqualTo("Aviso VE-2026-0101 activado");
                        assertThat(e.sharingScope()).isEqualTo(SharingScope.AGENCY);
                    });
                    assertThat(network.timeline(OTHER_AGENCY, List.of(NodeRef.person(subject)))).isEmpty();
                });
    }

    @Test
    void a_withdrawn_notice_is_on_the_timeline_once_however_often_it_is_delivered(Scenario scenario) {
        UUID noticeId = UUID.randomUUID();
        UUID subject = noticeAbout(noticeId, "VE-2026-0102");
        var cancelled = new NoticeEvents.NoticeStatusChanged(noticeId, "VE-2026-0102", NoticeStatus.ACTIVE,
                NoticeStatus.CANCELLED, "ve.supervisor", "VE-CICPC");
        scenario.publish(cancelled)
                .andWaitAtMost(DELIVERY)
                .andWaitForStateChange(() -> network.timeline(ANALYST, List.of(NodeRef.person(subject))),
                        entries -> !entries.isEmpty())
                .andVerify(entries -> assertThat(entries).singleElement()
                        .satisfies(e -> assertThat(e.title()).isEqualTo("Aviso VE-2026-0102 cancelled")));
        // the outbox may deliver an event again after a crash: the occurrence is recorded once
        scenario.publish(cancelled)
                .andWaitAtMost(DELIVERY)
                .andWaitForStateChange(() -> publications.findIncompletePublications().stream()
                        .noneMatch(p -> cancelled.equals(p.getEvent())), delivered -> delivered)
                .andVerify(delivered -> assertThat(network.timeline(ANALYST, List.of(NodeRef.person(subject))))
                        .hasSize(1));
    }

    @Test
    void a_recorded_link_is_in_the_graph_when_the_call_returns_and_only_for_its_agency() {
        UUID gang = network.recordOrganisation(ANALYST, new NewOrganisation("Los del Módulo", List.of(),
                OrganisationKind.GANG, null, Set.of(), List.of(), null, null));
        UUID hideout = network.recordPlace(ANALYST, new NewPlace("Galpón del Módulo", NodeType.PLACE, null, null, null,
                null));
        network.link(ANALYST, new NewLink(LinkType.OPERATES_IN, NodeRef.organisation(gang),
                new NodeRef(NodeType.PLACE, hideout), null, null, null, null, Confidence.PROBABLE, SharingScope.AGENCY,
                Set.of(), null));
        // the graph changes after the commit, in the caller's thread: no wait
        assertThat(graph.neighbourhood(ANALYST, gang, 1, GraphFilter.ALL).nodes()).extracting(GraphView.Node::id)
                .containsExactlyInAnyOrder(gang, hideout);
        // organisations are reference facts every agency sees; the link is Venezuela's alone
        assertThat(graph.neighbourhood(OTHER_AGENCY, gang, 1, GraphFilter.ALL).edges()).isEmpty();
    }
}
