package org.sabueso.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyKind;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.Role;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.ComplianceChecks;
import org.sabueso.notice.NoticeDraft;
import org.sabueso.notice.Notices;
import org.sabueso.notice.RequestedAction;
import org.sabueso.person.NewPerson;
import org.sabueso.person.PhysicalDescription;
import org.sabueso.person.Sex;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.Money;
import org.sabueso.shared.PartialDate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The reward module with the modules it uses (agencies, notices and the persons they are about)
 * and without the tip line: a claim is filed here as the tip module files it, under an opaque
 * claimant. ALL_DEPENDENCIES, as an offer is checked against a notice the offering supervisor may
 * see. Its own data directory: the integration tests' context holds target/test-data's lock.
 * The events it publishes for the audit trail are checked as they leave the module.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@TestPropertySource(properties = {"sabueso.data-dir=target/test-data-module-reward", "sabueso.db.fresh=true"})
class RewardModuleTest {

    static final String VE = "MOD-VE";
    static final String PE = "MOD-PE";

    final Viewer veAnalyst = new Viewer("mod.ve.analyst", VE, "VE", EnumSet.of(Role.ANALYST));
    final Viewer veSupervisor = new Viewer("mod.ve.supervisor", VE, "VE", EnumSet.of(Role.SUPERVISOR, Role.ANALYST));
    final Viewer peSupervisor = new Viewer("mod.pe.supervisor", PE, "PE", EnumSet.of(Role.SUPERVISOR, Role.ANALYST));
    final Viewer peSupervisor2 = new Viewer("mod.pe.supervisor2", PE, "PE", EnumSet.of(Role.SUPERVISOR, Role.ANALYST));
    final Viewer peSupervisor3 = new Viewer("mod.pe.supervisor3", PE, "PE", EnumSet.of(Role.SUPERVISOR, Role.ANALYST));

    final Rewards rewards;
    final RewardClaims claims;
    final Agencies agencies;
    final Notices notices;

    RewardModuleTest(Rewards rewards, RewardClaims claims, Agencies agencies, Notices notices) {
        this.rewards = rewards;
        this.claims = claims;
        this.agencies = agencies;
        this.notices = notices;
    }

    @BeforeAll
    void twoAgencies() {
        agencies.register(new AgencyView(VE, new CountryCode("VE"), "Policía de prueba (VE)", AgencyKind.POLICE));
        agencies.register(new AgencyView(PE, new CountryCode("PE"), "Policía de prueba (PE)", AgencyKind.POLICE));
    }

    UUID publicNotice(String name) {
        UUID id = notices.draft(veAnalyst, new NoticeDraft(
                new NewPerson(name, null, List.of(), PartialDate.parse("1980"), Set.of(new CountryCode("VE")), List.of(),
                        Sex.MALE, PhysicalDescription.NONE, null),
                List.of("Extorsión"), "Prueba del módulo de recompensas", "MOD-REW-1", "COPP art. 236",
                RequestedAction.LOCATE, SharingScope.PUBLIC, Set.of(), LocalDate.now().plusYears(1)));
        notices.submitForReview(veAnalyst, id, "Listo");
        notices.review(veSupervisor, id, new ComplianceChecks(true, true, true, true), true, "ok");
        return id;
    }

    static byte[] claimant() {
        byte[] c = new byte[32];
        new SecureRandom().nextBytes(c);
        return c;
    }

    @Test
    void an_offer_is_announced_for_the_audit_trail_and_the_network_timeline(Scenario scenario) {
        UUID notice = publicNotice("Andrés Módulo Oferta");
        scenario.stimulate(() -> rewards.offer(peSupervisor, new NewRewardOffer(notice, Money.of("2500", "PEN"),
                        LocalDate.now(), null, "Captura", "Prueba")))
                .andWaitForEventOfType(RewardEvents.RewardOffered.class)
                .matchingMappedValue(RewardEvents.RewardOffered::noticeId, notice)
                .toArriveAndVerify((event, offer) -> {
                    assertThat(event.offerId()).isEqualTo(offer);
                    assertThat(event.actorAgency()).isEqualTo(PE);
                    assertThat(rewards.offersFor(List.of(notice), LocalDate.now()).get(notice)).extracting(RewardOffer::id)
                            .containsExactly(offer);
                });
    }

    @Test
    void a_claim_is_evaluated_by_one_supervisor_and_its_payout_approved_by_two_others(Scenario scenario) {
        UUID notice = publicNotice("Andrés Módulo Pago");
        UUID offer = rewards.offer(peSupervisor, new NewRewardOffer(notice, Money.of("2500", "PEN"), LocalDate.now(), null,
                "Captura", "Prueba"));
        ClaimView filed = claims.file(claimant(), notice, offer);

        scenario.stimulate(() -> claims.evaluate(peSupervisor, filed.id(), true, new BigDecimal("2000"), "Decisiva"))
                .andWaitForEventOfType(RewardEvents.ClaimEvaluated.class)
                .matchingMappedValue(RewardEvents.ClaimEvaluated::claimId, filed.id())
                .toArriveAndVerify(e -> assertThat(e.outcome()).isEqualTo(ClaimStatus.APPROVED));

        claims.approvePayout(peSupervisor2, filed.id());
        scenario.stimulate(() -> claims.approvePayout(peSupervisor3, filed.id()))
                .andWaitForEventOfType(RewardEvents.PayoutChanged.class)
                .matching(e -> e.claimId().equals(filed.id()) && e.step().equals("approve2"))
                .toArriveAndVerify((e, claim) -> {
                    assertThat(e.actor()).isEqualTo(peSupervisor3.username());
                    assertThat(claim.readyToPay()).isTrue();
                });

        ClaimView paid = claims.recordPayout(peSupervisor, filed.id(),
                new NewPayout(Money.of("2000", "PEN"), LocalDate.now(), "Transferencia"));
        assertThat(paid.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(paid.payout().firstApprover()).isEqualTo("mod.pe.supervisor2");
        assertThat(paid.payout().secondApprover()).isEqualTo("mod.pe.supervisor3");
        assertThat(claims.openAndOverdue(peSupervisor)[0]).as("no claim left open").isZero();
    }
}
