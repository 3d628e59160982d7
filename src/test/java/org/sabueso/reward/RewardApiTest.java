package org.sabueso.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.Fixtures;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.sabueso.agency.Agencies;
import org.sabueso.agency.Viewer;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The reward module on its own: offers through its facade, claims filed through its facade
 * (as the tip module files them, with an opaque claimant) and worked through the API: who may
 * offer, evaluate and pay, what each refusal's code is, and that one agency's claims are
 * invisible to another's staff.
 */
class RewardApiTest extends IntegrationTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    Rewards rewards;

    @Autowired
    RewardClaims claims;

    @Autowired
    Agencies agencies;

    Viewer viewer(String username) {
        return agencies.viewerFor(username).orElseThrow();
    }

    /** A public notice of Venezuela's, active: any agency may see it and offer on it. */
    UUID publicNotice(String subject) {
        Http ve = http("ve.analyst");
        UUID notice = UUID.fromString(ve.postJson("/api/v1/notices", Fixtures.draft(subject, "PUBLIC", List.of()))
                .json().get("id").asString());
        assertThat(ve.postJson("/api/v1/notices/" + notice + "/submit", Map.of("reason", "ready")).status()).isEqualTo(200);
        assertThat(http("ve.supervisor").postJson("/api/v1/notices/" + notice + "/review", Fixtures.approve()).status())
                .isEqualTo(200);
        return notice;
    }

    UUID peruvianOffer(UUID notice) {
        return rewards.offer(viewer("pe.supervisor"), new NewRewardOffer(notice, Money.of("80000", "PEN"),
                LocalDate.now().minusDays(1), null, "Captura", "Programa de Recompensas (prueba)"));
    }

    static byte[] claimant() {
        byte[] c = new byte[32];
        RANDOM.nextBytes(c);
        return c;
    }

    static DomainException refusal(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void a_supervisor_offers_on_a_visible_notice_and_the_offer_is_shown_from_its_first_day() {
        UUID notice = publicNotice("Ramiro Oferta Visible");
        UUID offer = peruvianOffer(notice);
        List<RewardOffer> offers = rewards.offersFor(List.of(notice), LocalDate.now()).get(notice);
        assertThat(offers).extracting(RewardOffer::id).containsExactly(offer);
        assertThat(offers.getFirst().offeringAgencyId()).isEqualTo(viewer("pe.supervisor").agencyId());
        assertThat(rewards.offersFor(List.of(notice), LocalDate.now().minusDays(2)).getOrDefault(notice, List.of()))
                .as("not before it is valid").isEmpty();
    }

    @Test
    void an_offer_is_refused_with_a_code_for_each_rule() {
        UUID notice = publicNotice("Ramiro Oferta Rechazada");
        LocalDate today = LocalDate.now();
        assertThat(refusal(() -> rewards.offer(viewer("pe.analyst"),
                new NewRewardOffer(notice, Money.of("1", "PEN"), today, null, null, null))).code())
                .isEqualTo("reward.offer.supervisor-only");
        assertThat(refusal(() -> rewards.offer(viewer("pe.supervisor"),
                new NewRewardOffer(UUID.randomUUID(), Money.of("1", "PEN"), today, null, null, null))).code())
                .isEqualTo("reward.offer.no-notice");
        assertThat(refusal(() -> rewards.offer(viewer("pe.supervisor"),
                new NewRewardOffer(notice, Money.of("0", "PEN"), today, null, null, null))).code())
                .isEqualTo("reward.offer.amount");
        assertThat(refusal(() -> rewards.offer(viewer("pe.supervisor"),
                new NewRewardOffer(notice, Money.of("1", "PEN"), null, null, null, null))).code())
                .isEqualTo("reward.offer.valid-from-required");
        DomainException backwards = refusal(() -> rewards.offer(viewer("pe.supervisor"),
                new NewRewardOffer(notice, Money.of("1", "PEN"), today, today.minusDays(1), null, null)));
        assertThat(backwards.code()).isEqualTo("reward.offer.valid-until-before-start");
        assertThat(backwards.field()).isEqualTo("validUntil");
    }

    @Test
    void a_claimant_files_once_per_capture_and_only_on_an_offer_of_the_notice() {
        UUID notice = publicNotice("Ramiro Reclamo Único");
        UUID offer = peruvianOffer(notice);
        byte[] claimant = claimant();
        ClaimView filed = claims.file(claimant, notice, offer);
        assertThat(filed.status()).isEqualTo(ClaimStatus.FILED);
        assertThat(filed.offered().amount()).isEqualByComparingTo("80000");
        assertThat(filed.offered().currency().getCurrencyCode()).isEqualTo("PEN");
        assertThat(claims.ofClaimant(claimant)).extracting(ClaimView::id).containsExactly(filed.id());
        assertThat(refusal(() -> claims.file(claimant, notice, offer)).code()).isEqualTo("claim.twice");
        assertThat(refusal(() -> claims.file(claimant(), UUID.randomUUID(), offer)).code()).isEqualTo("claim.offer.not-on-notice");
        assertThat(refusal(() -> claims.file(claimant(), notice, null)).code()).isEqualTo("claim.offer.required");
    }

    @Test
    void only_a_supervisor_of_the_offering_agency_evaluates_within_the_offer() {
        UUID notice = publicNotice("Ramiro Evaluación");
        ClaimView filed = claims.file(claimant(), notice, peruvianOffer(notice));
        String path = "/api/v1/claims/" + filed.id() + "/evaluation";

        Http.Response analyst = http("pe.analyst").postJson(path, Map.of("approve", true, "reason", "x"));
        assertThat(analyst.status()).isEqualTo(403);
        assertThat(analyst.json().get("code").asString()).isEqualTo("claim.supervisor-only");

        Http.Response tooMuch = http("pe.supervisor").postJson(path, Map.of("approve", true, "amount", 90000, "reason", "x"));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().get("code").asString()).isEqualTo("claim.amount.over-offer");
        assertThat(tooMuch.json().get("detail").asString()).isEqualTo("the amount must be above zero and at most the offer");

        Http.Response noReason = http("pe.supervisor").postJson(path, Map.of("approve", false));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("field").asString()).isEqualTo("reason");
        assertThat(noReason.json().get("code").asString()).isEqualTo("claim.reason.required");

        JsonNode approved = http("pe.supervisor").postJson(path,
                Map.of("approve", true, "amount", 50000, "reason", "Información decisiva")).json();
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(new BigDecimal(approved.get("approved").get("amount").asString())).isEqualByComparingTo("50000");
        assertThat(approved.get("evaluatedBy").asString()).isEqualTo("pe.supervisor");

        Http.Response again = http("pe.supervisor").postJson(path, Map.of("approve", false, "reason", "otra vez"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("claim.not-filed");
        assertThat(again.json().get("detail").asString()).isEqualTo("only a filed claim may be evaluated; this one is APPROVED");
    }

    @Test
    void another_agencys_staff_neither_see_nor_decide_a_claim() {
        UUID notice = publicNotice("Ramiro Otra Agencia");
        ClaimView filed = claims.file(claimant(), notice, peruvianOffer(notice));

        Http.Response seen = http("ve.supervisor").get("/api/v1/claims/" + filed.id());
        assertThat(seen.status()).isEqualTo(404);
        assertThat(seen.json().get("code").asString()).isEqualTo("claim.not-found");
        assertThat(http("ve.supervisor").postJson("/api/v1/claims/" + filed.id() + "/evaluation",
                Map.of("approve", true, "reason", "ajeno")).status()).isEqualTo(404);
        assertThat(http("ve.supervisor").get("/api/v1/claims?status=FILED").json().get("items").toString())
                .doesNotContain(filed.id().toString());
        assertThat(claims.get(viewer("ve.supervisor"), filed.id())).isEmpty();

        assertThat(http("pe.analyst").get("/api/v1/claims/" + filed.id()).status()).as("the offering agency's analyst sees it")
                .isEqualTo(200);
        Http.Response border = http("ve.prison").get("/api/v1/claims");
        assertThat(border.status()).isEqualTo(403);
    }

    @Test
    void a_payment_matches_the_approved_claim_in_currency_amount_and_date() {
        UUID notice = publicNotice("Ramiro Pago Exacto");
        ClaimView filed = claims.file(claimant(), notice, peruvianOffer(notice));
        Viewer evaluator = viewer("pe.supervisor");
        claims.evaluate(evaluator, filed.id(), true, new BigDecimal("60000"), "Captura confirmada");
        assertThat(refusal(() -> claims.approvePayout(evaluator, filed.id())).code())
                .as("four eyes: the evaluator is not one of them").isEqualTo("claim.evaluator-may-not-approve-payout");
        claims.approvePayout(viewer("pe.supervisor2"), filed.id());
        ClaimView ready = claims.approvePayout(viewer("pe.supervisor3"), filed.id());
        assertThat(ready.readyToPay()).isTrue();
        assertThat(refusal(() -> claims.approvePayout(viewer("pe.supervisor2"), filed.id())).code())
                .isIn("claim.payout-already-approved-by-you", "claim.payout-approved-twice");

        LocalDate today = LocalDate.now();
        DomainException dollars = refusal(() -> claims.recordPayout(evaluator, filed.id(),
                new NewPayout(Money.of("60000", "USD"), today, "Transferencia")));
        assertThat(dollars.code()).isEqualTo("claim.payout.currency");
        assertThat(dollars.refusal().args()).containsExactly("PEN");
        assertThat(refusal(() -> claims.recordPayout(evaluator, filed.id(),
                new NewPayout(Money.of("60001", "PEN"), today, "Transferencia"))).code()).isEqualTo("claim.payout.amount-range");
        assertThat(refusal(() -> claims.recordPayout(evaluator, filed.id(),
                new NewPayout(Money.of("60000", "PEN"), today.plusDays(40), "Transferencia"))).code())
                .isEqualTo("claim.payout.paid-on-too-far");
        assertThat(refusal(() -> claims.recordPayout(evaluator, filed.id(),
                new NewPayout(Money.of("60000", "PEN"), today, " "))).code()).isEqualTo("claim.payout.method-required");

        ClaimView paid = claims.recordPayout(evaluator, filed.id(), new NewPayout(Money.of("60000", "PEN"), today, "Transferencia"));
        assertThat(paid.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(paid.payout().recordedBy()).isEqualTo("pe.supervisor");
        assertThat(refusal(() -> claims.recordPayout(evaluator, filed.id(),
                new NewPayout(Money.of("60000", "PEN"), today, "Transferencia"))).code()).isEqualTo("claim.payout-not-open");
    }

    @Test
    void a_bad_status_filter_names_the_allowed_values() {
        Http.Response bad = http("pe.supervisor").get("/api/v1/claims?status=LOST");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("status");
        assertThat(bad.json().get("code").asString()).isEqualTo("request.not-a-choice");
    }

    @Test
    void an_analyst_only_reads_claims() {
        assertThatThrownBy(() -> claims.evaluate(viewer("pe.analyst"), UUID.randomUUID(), true, null, "x"))
                .isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(() -> claims.list(viewer("ve.prison"), null, 0)).isInstanceOf(DomainException.NotAllowed.class);
    }
}
