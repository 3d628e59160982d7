package org.sabueso.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sabueso.agency.AgencyKind;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.Agencies;
import org.sabueso.agency.Role;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.person.NewPerson;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The notice module with the modules it depends on (ALL_DEPENDENCIES: agency, person, web and what
 * they need), not the whole application: a notice's subject is a real person row and its issuer a
 * real agency, which the notice tables point at, so stand-ins would only test themselves. Its own
 * embedded PostgreSQL in a folder of its own, without the demo.
 *
 * <p>Who hears {@link NoticeEvents.NoticeActivated}: the screening module, which proposes links
 * between a newly active notice and other agencies' notices on the same person.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@TestPropertySource(properties = {"sabueso.data-dir=target/test-data-notice-module", "sabueso.db.fresh=true",
        "sabueso.demo.enabled=false"})
class NoticeModuleTest {

    static final String AGENCY = "VE-NOTICE-TEST";
    static final Viewer ANALYST = new Viewer("mod.analyst", AGENCY, "VE", Set.of(Role.ANALYST));
    static final Viewer SUPERVISOR = new Viewer("mod.supervisor", AGENCY, "VE", Set.of(Role.SUPERVISOR));
    static final ComplianceChecks ALL_PASSED = new ComplianceChecks(true, true, true, true);

    @Autowired
    Notices notices;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;

    @BeforeAll
    static void agency(@Autowired Agencies agencies) {
        if (agencies.all().stream().noneMatch(a -> a.id().equals(AGENCY))) {
            agencies.register(new AgencyView(AGENCY, CountryCode.of("VE"), "Policía de prueba", AgencyKind.POLICE));
        }
    }

    static NoticeDraft draft(String name) {
        return new NoticeDraft(new NewPerson(name, null, List.of(), null, Set.of(), List.of(), null, null, null),
                List.of("homicidio"), null, "Orden 1", "Código Penal, art. 405", RequestedAction.LOCATE,
                SharingScope.ALL_MEMBERS, Set.of(), LocalDate.now().plusYears(1));
    }

    UUID submitted(String name) {
        UUID id = notices.draft(ANALYST, draft(name));
        notices.submitForReview(ANALYST, id, null);
        return id;
    }

    @Test
    void an_approved_notice_is_announced_as_activated(Scenario scenario) {
        UUID id = submitted("Wilmer José Pérez Salazar");

        scenario.stimulate(() -> notices.review(SUPERVISOR, id, ALL_PASSED, true, "orden vigente"))
                .andWaitForEventOfType(NoticeEvents.NoticeActivated.class)
                .matching(e -> e.noticeId().equals(id))
                .toArriveAndVerify(e -> assertThat(e.issuingAgencyId()).isEqualTo(AGENCY));

        assertThat(notices.peek(SUPERVISOR, id).orElseThrow().status()).isEqualTo(NoticeStatus.ACTIVE);
    }

    @Test
    void the_history_keeps_codes_for_what_the_system_wrote_and_the_words_of_people_as_typed() {
        UUID id = submitted("Jesús Alberto Rondón Mijares");
        notices.review(SUPERVISOR, id, ALL_PASSED, true, null);
        notices.transition(ANALYST, id, NoticeStatus.LOCATED, "visto en Maracay");

        List<Transition> history = notices.history(ANALYST, id);
        assertThat(history).extracting(Transition::reasonCode)
                .containsExactly(NoticeReason.DRAFTED, NoticeReason.SUBMITTED, NoticeReason.APPROVED, null);
        assertThat(history).extracting(Transition::reason).containsExactly(null, null, null, "visto en Maracay");
        // no English sentence is stored for the system's steps: each language words them itself
        assertThat(messages.getMessage(history.getFirst().reasonCode().messageKey(), null, Locale.of("es")))
                .isEqualTo("redactado");
        assertThat(messages.getMessage(history.getFirst().reasonCode().messageKey(), null, Locale.ENGLISH))
                .isEqualTo("drafted");
    }

    @Test
    void an_expired_notice_records_the_date_that_passed_as_an_argument() {
        UUID id = submitted("Carlos Enrique Gómez Rivas");
        notices.review(SUPERVISOR, id, ALL_PASSED, true, null);
        LocalDate passed = LocalDate.now().minusDays(1);
        jdbc.sql("UPDATE notice SET review_by = ? WHERE id = ?").params(passed, id).update();

        notices.expireOverdue(LocalDate.now());

        Transition expired = notices.history(ANALYST, id).getLast();
        assertThat(expired.to()).isEqualTo(NoticeStatus.EXPIRED);
        assertThat(expired.reasonCode()).isEqualTo(NoticeReason.EXPIRED);
        assertThat(expired.reasonArgs()).containsExactly(passed.toString());
    }

    @Test
    void refusals_carry_codes_and_fields() {
        UUID id = submitted("Luis Miguel Torres Anzola");

        assertThat(catchThrowable(() -> notices.revise(ANALYST, id, draft("Luis Torres"), 0)))
                .isInstanceOfSatisfying(DomainException.Conflict.class, e -> {
                    assertThat(e.code()).isEqualTo(NoticeRefusal.NOT_DRAFT.code());
                    assertThat(e.refusal().args()).containsExactly("UNDER_REVIEW");
                });
        assertThat(catchThrowable(() -> notices.review(ANALYST, id, ALL_PASSED, true, null)))
                .isInstanceOfSatisfying(DomainException.NotAllowed.class,
                        e -> assertThat(e.code()).isEqualTo(NoticeRefusal.NOT_ALLOWED_REVIEW.code()));
        assertThat(catchThrowable(() -> notices.review(SUPERVISOR, id, ALL_PASSED, false, " ")))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("comment");
                    assertThat(e.code()).isEqualTo(NoticeRefusal.COMMENT_REQUIRED.code());
                });
        NoticeDraft empty = new NoticeDraft(null, List.of(), null, null, null, null, null, Set.of(), null);
        assertThat(catchThrowable(() -> notices.draft(ANALYST, empty)))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.errors())
                        .containsKeys("subject.name", "offences", "warrantReference", "legalBasis", "requestedAction",
                                "sharingScope", "reviewBy")
                        .allSatisfy((field, refusal) -> assertThat(refusal.isSentence()).as(field).isFalse()));
    }

    @Test
    void a_step_written_before_codes_stays_readable_as_its_sentence() {
        UUID id = submitted("Pedro Pablo Linares Ochoa");
        jdbc.sql("INSERT INTO notice_transition (notice_id, from_status, to_status, actor, reason) VALUES (?, 'UNDER_REVIEW', 'UNDER_REVIEW', 'old', 'an old sentence')")
                .param(id).update();

        Transition old = notices.history(ANALYST, id).getLast();
        assertThat(old.reasonCode()).isNull();
        assertThat(old.reason()).isEqualTo("an old sentence");
    }
}
