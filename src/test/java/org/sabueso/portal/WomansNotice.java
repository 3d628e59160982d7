package org.sabueso.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.sabueso.Fixtures;
import org.sabueso.Http;
import org.sabueso.agency.Agencies;
import org.sabueso.reward.NewRewardOffer;
import org.sabueso.reward.Rewards;
import org.sabueso.shared.Money;

/** A public, active notice of Venezuela's on a woman, with a reward of S/ 250,000 offered by Peru. */
final class WomansNotice {

    private WomansNotice() {
    }

    static UUID create(Function<String, Http> http, Rewards rewards, Agencies agencies, String name) {
        Http ve = http.apply("ve.analyst");
        Map<String, Object> draft = Map.of(
                "subject", Map.of("name", name, "birthDate", "1991", "nationalities", List.of("VE"), "sex", "FEMALE",
                        "aliases", List.of(Map.of("name", "La Contadora", "nickname", true))),
                "offences", List.of("Extorsión", "Legitimación de capitales"),
                "summary", "Administraba las finanzas de la organización (prueba).",
                "warrantReference", "TC-POSTER-1", "legalBasis", "COPP art. 236", "requestedAction", "LOCATE",
                "sharingScope", "PUBLIC", "partnerAgencyIds", List.of(),
                "reviewBy", LocalDate.now().plusYears(1).toString());
        UUID notice = UUID.fromString(ve.postJson("/api/v1/notices", draft).json().get("id").asString());
        assertThat(ve.postJson("/api/v1/notices/" + notice + "/submit", Map.of("reason", "ready")).status()).isEqualTo(200);
        assertThat(http.apply("ve.supervisor").postJson("/api/v1/notices/" + notice + "/review", Fixtures.approve())
                .status()).isEqualTo(200);
        rewards.offer(agencies.viewerFor("pe.supervisor").orElseThrow(), new NewRewardOffer(notice,
                Money.of("250000", "PEN"), LocalDate.now().minusDays(1), null,
                "Información que lleve a la captura", "Programa de Recompensas (prueba)"));
        return notice;
    }
}
