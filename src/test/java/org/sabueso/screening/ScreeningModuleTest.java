package org.sabueso.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sabueso.agency.Agencies;
import org.sabueso.agency.SharingScope;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticeEvents;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.Notices;
import org.sabueso.notice.RequestedAction;
import org.sabueso.person.IdentityDocument;
import org.sabueso.person.PersonView;
import org.sabueso.reward.Rewards;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.PartialDate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The screening module alone (STANDALONE: its own beans, the shared module and the application's
 * database set-up), with the modules it reads from stubbed at their APIs. The notice module's
 * events are published as that module would publish them, and the outcome is awaited as the
 * event publication registry sees it done: a notice activated on a person another agency
 * already wants is proposed as a link once the listener has finished, not sometime after.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
// its own embedded PostgreSQL: the application's integration tests hold target/test-data's lock
@TestPropertySource(properties = "sabueso.data-dir=target/test-data-screening-module")
class ScreeningModuleTest {

    /** A listener screens one notice in milliseconds; the bound only keeps a broken one from hanging the run. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    @MockitoBean
    Notices notices;
    @MockitoBean
    Agencies agencies;
    @MockitoBean
    Rewards rewards;

    @Autowired
    Screening screening;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_notice_activated_on_a_person_another_agency_wants_is_proposed_as_a_link(Scenario scenario) {
        NoticeDetail peruvian = activeNotice("PE-PNP", "PE", "YORMAN ALEXIS BRAVO CEDENO");
        NoticeDetail venezuelan = activeNotice("VE-CICPC", "VE", "Yorman Alexis Bravo Cedeño");
        given(notices.forScreening(any())).willAnswer(call -> {
            Collection<?> ids = call.getArgument(0);
            return Stream.of(peruvian, venezuelan).filter(n -> ids.contains(n.id())).toList();
        });

        scenario.publish(new NoticeEvents.NoticeStatusChanged(peruvian.id(), peruvian.reference(),
                        NoticeStatus.UNDER_REVIEW, NoticeStatus.ACTIVE, "pe.supervisor", "PE-PNP"))
                .andWaitAtMost(BOUND)
                .andWaitForStateChange(screening::indexed, indexed -> indexed == 1)
                .andVerify(indexed -> assertThat(indexed).as("Peru's notice is screenable").isEqualTo(1));

        scenario.publish(new NoticeEvents.NoticeActivated(venezuelan.id(), venezuelan.subject().id(), "VE-CICPC"))
                .andWaitAtMost(BOUND)
                .andWaitForStateChange(() -> proposalsBetween(peruvian.id(), venezuelan.id()), rows -> !rows.isEmpty())
                .andVerify(rows -> {
                    assertThat(rows).hasSize(1);
                    assertThat(rows.getFirst()).containsEntry("status", "PROPOSED");
                    assertThat(Set.of(rows.getFirst().get("agency_a"), rows.getFirst().get("agency_b")))
                            .containsExactlyInAnyOrder("PE-PNP", "VE-CICPC");
                });
    }

    private List<Map<String, Object>> proposalsBetween(UUID one, UUID other) {
        return jdbc.sql("SELECT status, agency_a, agency_b FROM notice_link WHERE notice_a IN (?, ?) AND notice_b IN (?, ?)")
                .params(one, other, one, other).query().listOfRows();
    }

    /** An active notice shared with all members, on a subject with a full birth date and the same identity card. */
    private static NoticeDetail activeNotice(String agency, String country, String name) {
        Instant now = Instant.now();
        PersonView subject = new PersonView(UUID.randomUUID(), null, name, null, List.of(), PartialDate.parse("1986-04-17"),
                Set.of(CountryCode.of("VE")), List.of(new IdentityDocument("national_id", "V-19.876.543", CountryCode.of("VE"))),
                null, null, agency);
        return new NoticeDetail(UUID.randomUUID(), agency + "-2026-0001", NoticeStatus.ACTIVE, agency, country, subject,
                List.of("homicidio"), "", "W-1", "Ley", RequestedAction.LOCATE, SharingScope.ALL_MEMBERS, Set.of(),
                LocalDate.now().plusYears(1), agency.toLowerCase() + ".analyst", now, now, now, 1);
    }
}
