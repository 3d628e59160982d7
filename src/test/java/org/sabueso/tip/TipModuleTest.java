package org.sabueso.tip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
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
import org.sabueso.reward.ClaimStatus;
import org.sabueso.reward.ClaimView;
import org.sabueso.reward.NewRewardOffer;
import org.sabueso.reward.RewardClaims;
import org.sabueso.reward.RewardOffer;
import org.sabueso.reward.Rewards;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.Money;
import org.sabueso.shared.Page;
import org.sabueso.shared.PartialDate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The tip module with the modules it uses and nothing else (no demo data, no screening, no
 * custody). ALL_DEPENDENCIES rather than STANDALONE: the tip line cannot work without notices
 * (and the persons they are about), agencies and their keys, and reward offers. The application's
 * database set-up (root package) comes with every slice; this one gets a data directory of its own,
 * as the integration tests' context holds target/test-data's lock.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@TestPropertySource(properties = {"sabueso.data-dir=target/test-data-module-tip", "sabueso.db.fresh=true"})
class TipModuleTest {

    static final String VE = "MOD-VE";
    static final String PE = "MOD-PE";

    final Viewer veAnalyst = new Viewer("mod.ve.analyst", VE, "VE", EnumSet.of(Role.ANALYST));
    final Viewer veSupervisor = new Viewer("mod.ve.supervisor", VE, "VE", EnumSet.of(Role.SUPERVISOR, Role.ANALYST));
    final Viewer peAnalyst = new Viewer("mod.pe.analyst", PE, "PE", EnumSet.of(Role.ANALYST));
    final Viewer peSupervisor = new Viewer("mod.pe.supervisor", PE, "PE", EnumSet.of(Role.SUPERVISOR, Role.ANALYST));

    final Tips tips;
    final Agencies agencies;
    final Notices notices;
    final Rewards rewards;
    final RewardClaims claims;

    TipModuleTest(Tips tips, Agencies agencies, Notices notices, Rewards rewards, RewardClaims claims) {
        this.tips = tips;
        this.agencies = agencies;
        this.notices = notices;
        this.rewards = rewards;
        this.claims = claims;
    }

    @BeforeAll
    void twoAgencies() {
        agencies.register(new AgencyView(VE, new CountryCode("VE"), "Policía de prueba (VE)", AgencyKind.POLICE));
        agencies.register(new AgencyView(PE, new CountryCode("PE"), "Policía de prueba (PE)", AgencyKind.POLICE));
    }

    /** A public, active notice of the Venezuelan agency: anyone may send a tip on it. */
    UUID publicNotice(String name) {
        UUID id = notices.draft(veAnalyst, new NoticeDraft(
                new NewPerson(name, null, List.of(), PartialDate.parse("1985"), Set.of(new CountryCode("VE")), List.of(),
                        Sex.MALE, PhysicalDescription.NONE, null),
                List.of("Extorsión"), "Prueba del módulo de información", "MOD-TIP-1", "COPP art. 236",
                RequestedAction.LOCATE, SharingScope.PUBLIC, Set.of(), LocalDate.now().plusYears(1)));
        notices.submitForReview(veAnalyst, id, "Listo");
        notices.review(veSupervisor, id, new ComplianceChecks(true, true, true, true), true, "ok");
        return id;
    }

    @Test
    void a_tip_that_led_to_a_capture_lets_its_tipster_claim_the_reward_of_another_agency(Scenario scenario) {
        UUID notice = publicNotice("Tomás Módulo Captura");
        UUID offer = rewards.offer(peSupervisor, new NewRewardOffer(notice, Money.of("1000", "PEN"),
                LocalDate.now().minusDays(1), null, "Captura", "Prueba"));
        String codename = tips.submit(new NewTip(notice, null, "Lo vi en el mercado", null, null, null, List.of())).codename();
        UUID tip = tips.followUp(codename).orElseThrow().tipId();
        assertThat(tips.read(peAnalyst, tip, "test")).as("the offering agency receives the tip").isPresent();

        scenario.stimulate(() -> tips.changeStatus(peAnalyst, tip, TipStatus.LED_TO_CAPTURE))
                .andWaitForEventOfType(TipEvents.TipLedToCapture.class)
                .matchingMappedValue(TipEvents.TipLedToCapture::tipId, tip)
                .toArriveAndVerify(e -> {
                    assertThat(e.noticeId()).isEqualTo(notice);
                    assertThat(tips.followUp(codename).orElseThrow().claimable()).extracting(RewardOffer::id)
                            .containsExactly(offer);
                });

        tips.claim(codename, offer);
        assertThat(tips.followUp(codename).orElseThrow().claims()).extracting(ClaimView::offerId).containsExactly(offer);
        assertThat(claims.list(peSupervisor, ClaimStatus.FILED, 0).items()).extracting(ClaimView::offerId).contains(offer);
    }

    @Test
    void the_inbox_is_paged_by_the_database_every_tip_once_in_a_stable_order(Scenario scenario) {
        int sent = 30;
        for (int i = 0; i < sent; i++) {
            tips.submit(new NewTip(null, PE, "Información general " + i, null, null, null, List.of()));
        }
        Page<TipSummary> first = tips.inbox(peSupervisor, TipStatus.NEW, false, 0);
        Page<TipSummary> second = tips.inbox(peSupervisor, TipStatus.NEW, false, 1);
        assertThat(first.total()).isEqualTo(second.total()).isGreaterThanOrEqualTo(sent);
        assertThat(first.items()).hasSize(25);
        List<UUID> all = new ArrayList<>();
        for (int page = 0; page < first.pages(); page++) {
            tips.inbox(peSupervisor, TipStatus.NEW, false, page).items().forEach(s -> all.add(s.id()));
        }
        assertThat(all).hasSize((int) first.total()).doesNotHaveDuplicates();
        assertThat(new HashSet<>(all)).hasSize(all.size());
        assertThat(tips.inbox(peSupervisor, TipStatus.NEW, false, 0).items()).as("the same page twice").isEqualTo(first.items());
        assertThat(first.items()).allSatisfy(s -> assertThat(s.preview()).startsWith("Información general "));
        List<java.time.Instant> received = first.items().stream().map(TipSummary::receivedAt).toList();
        assertThat(received).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        scenario.stimulate(() -> tips.inbox(peSupervisor, null, true, 0))
                .andWaitForEventOfType(TipEvents.TipsListed.class)
                .matchingMappedValue(TipEvents.TipsListed::filter, "all mine, 0 previews")
                .toArriveAndVerify((e, page) -> {
                    assertThat(e.actor()).isEqualTo(peSupervisor.username());
                    assertThat(page.items()).as("nothing is assigned to the supervisor").isEmpty();
                });
    }
}
