package org.sabueso.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.Fixtures;
import org.sabueso.IntegrationTest;
import org.sabueso.agency.Agencies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A notice past its review-by date without renewal expires; a renewed one does not. */
class NoticeExpiryTest extends IntegrationTest {

    @Autowired
    Notices notices;
    @Autowired
    Agencies agencies;
    @Autowired
    JdbcClient jdbc;

    private UUID activeNotice(String name) {
        String id = http("ec.analyst").postJson("/api/v1/notices", Fixtures.draft(name, "ALL_MEMBERS", List.of()))
                .json().get("id").asString();
        http("ec.analyst").postJson("/api/v1/notices/" + id + "/submit", java.util.Map.of());
        http("ec.supervisor").postJson("/api/v1/notices/" + id + "/review", Fixtures.approve());
        return UUID.fromString(id);
    }

    @Test
    void a_notice_past_its_review_by_date_expires_and_the_expiry_is_recorded() {
        UUID overdue = activeNotice("Marcos Expira Pronto");
        UUID renewed = activeNotice("Marcos Renovado Siempre");
        var supervisor = agencies.viewerFor("ec.supervisor").orElseThrow();
        LocalDate today = LocalDate.now();
        // the court's deadline passed yesterday for one; the other was renewed in time
        jdbc.sql("UPDATE notice SET review_by = ? WHERE id IN (?, ?)").params(today.minusDays(1), overdue, renewed).update();
        notices.renew(supervisor, renewed, today.plusMonths(6), "warrant renewed by the court");

        int expired = notices.expireOverdue(today);

        assertThat(expired).isEqualTo(1);
        assertThat(notices.peek(supervisor, overdue).orElseThrow().status()).isEqualTo(NoticeStatus.EXPIRED);
        assertThat(notices.peek(supervisor, renewed).orElseThrow().status()).isEqualTo(NoticeStatus.ACTIVE);
        Transition last = notices.history(supervisor, overdue).getLast();
        assertThat(last.to()).isEqualTo(NoticeStatus.EXPIRED);
        assertThat(last.actor()).isEqualTo("system");
        // the system's reason is a code with the date that passed, worded where it is shown
        assertThat(last.reasonCode()).isEqualTo(NoticeReason.EXPIRED);
        assertThat(last.reasonArgs()).containsExactly(today.minusDays(1).toString());
        assertThat(last.reason()).isNull();
    }

    @Test
    void a_renewal_must_look_ahead_and_only_supervisors_renew() {
        UUID id = activeNotice("Rita Renueva Tarde");
        var supervisor = agencies.viewerFor("ec.supervisor").orElseThrow();
        var analyst = agencies.viewerFor("ec.analyst").orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> notices.renew(supervisor, id, LocalDate.now().minusDays(1), "late"))
                .isInstanceOf(org.sabueso.shared.DomainException.InvalidInput.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> notices.renew(analyst, id, LocalDate.now().plusYears(1), "x"))
                .isInstanceOf(org.sabueso.shared.DomainException.NotAllowed.class);
    }
}
