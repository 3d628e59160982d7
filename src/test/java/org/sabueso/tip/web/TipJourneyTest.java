package org.sabueso.tip.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sabueso.tip.TestImages;
import org.sabueso.tip.Traces;
import org.sabueso.web.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The "done when": Peru's supervisor offers S/ 500,000 on a public Venezuelan notice of
 * the test's own (a capture arrests the notice, so the demo's Guerrero Flores stays wanted for the
 * other tests); a tipster without JavaScript sends a tip with a photo on its public page and gets
 * a codename; Peru's analyst reads it (the photo has no EXIF) and
 * asks a question; the tipster answers with the codename; the tip led to the capture; the
 * tipster claims Peru's reward; the claims page names the notice and the person; two different
 * supervisors approve the payout; the notice is then arrested, off the wanted list, its reward
 * shown as paid; the tipster's page says how the agency pays it out; and neither the logs nor the
 * database hold the tipster's address or user agent.
 */
@ExtendWith(OutputCaptureExtension.class)
class TipJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_tip_with_a_photo_leads_to_a_capture_and_a_reward_paid_after_four_eyes_leaving_no_trace(CapturedOutput output) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String address = "198.51.100." + (1 + new java.util.Random().nextInt(254));
        String agent = "Mozilla/5.0 (TipsterPhone; journey-" + tag + ")";
        int logStart = Traces.accessLog().length();
        String subject = "Héctor Journey Capturado " + tag;
        UUID notice = UUID.fromString(http("ve.analyst").postJson("/api/v1/notices",
                org.sabueso.Fixtures.draft(subject, "PUBLIC", List.of())).json().get("id").asString());
        assertThat(http("ve.analyst").postJson("/api/v1/notices/" + notice + "/submit", Map.of("reason", "ready")).status())
                .isEqualTo(200);
        assertThat(http("ve.supervisor").postJson("/api/v1/notices/" + notice + "/review", org.sabueso.Fixtures.approve())
                .status()).isEqualTo(200);
        String what = "Vi a " + subject + " entrando a un taller en Chorrillos";

        // Peru's supervisor offers the reward from the notice's page
        Page offering = open(true);
        signIn(offering, "pe.supervisor");
        offering.navigate("/console/notices/" + notice);
        offering.locator("#offer-reward").click();
        offering.locator("#offer-amount").fill("500000");
        offering.locator("#offer-currency").fill("PEN");
        offering.locator("#offer-conditions").fill("Información que permita la ubicación y captura");
        offering.locator("#offer-legalBasis").fill("Programa de Recompensas del Ministerio del Interior (prueba)");
        offering.locator("#offer-submit").click();
        offering.waitForURL(Pattern.compile(".*/console/notices/" + notice));
        assertThat(text(offering.locator(".flash.success"))).isEqualTo("Recompensa ofrecida.");

        // the tipster, JavaScript off, on the notice's public page
        Page tipster = open(new Browser.NewContextOptions().setJavaScriptEnabled(false).setViewportSize(1280, 900)
                .setUserAgent(agent).setExtraHTTPHeaders(Map.of("X-Forwarded-For", address)));
        tipster.navigate("/notices/" + notice);
        assertThat(text(tipster.locator("h1"))).contains(subject);
        assertThat(text(tipster.locator(".reward-panel"))).contains("S/ 500.000").doesNotContain("Recompensa pagada");
        tipster.locator("#tip-what").fill(what);
        tipster.locator("#tip-where").fill("Av. Huaylas, Chorrillos, Lima");
        tipster.locator("#tip-when").fill("Hoy, hacia las 7 de la mañana");
        tipster.locator("#tip-text").fill("Llegó en una camioneta gris con dos hombres.");
        tipster.setInputFiles("#tip-photos", new FilePayload("taller.jpg", "image/jpeg", TestImages.jpegWithExif()));
        tipster.locator(".tip-submit").click();
        tipster.waitForURL(Pattern.compile(".*/notices/" + notice + "/tip"));
        String codename = text(tipster.locator("#codename"));
        assertThat(codename.split(" ")).hasSize(8);
        screenshot(tipster, "tip-1-receipt");
        assertThat(tipster.context().cookies()).as("no cookie for the tipster").isEmpty();

        // Peru's analyst reads it; the photo carries no EXIF
        Page analyst = open(true);
        signIn(analyst, "pe.analyst");
        analyst.navigate("/console/tips");
        analyst.locator("a.tip-preview", new Page.LocatorOptions().setHasText(tag)).click();
        analyst.waitForURL(Pattern.compile(".*/console/tips/[0-9a-f-]{36}"));
        UUID tipId = UUID.fromString(analyst.url().replaceAll(".*/console/tips/", "").replaceAll("[?#].*", ""));
        assertThat(text(analyst.locator(".entry-TIP .tip-what"))).isEqualTo(what);
        String photoUrl = analyst.locator("img.tip-photo").first().getAttribute("src");
        APIResponse photo = analyst.request().get("http://localhost:" + port + photoUrl);
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.headers().get("content-type")).isEqualTo("image/jpeg");
        byte[] bytes = photo.body();
        assertThat(TestImages.contains(bytes, "Exif")).as("EXIF removed").isFalse();
        assertThat(TestImages.contains(bytes, TestImages.EXIF_MARKER)).isFalse();
        assertThat(readable(bytes)).as("still a picture").isTrue();
        screenshot(analyst, "tip-2-analyst");

        // ... and asks a question
        analyst.locator("#message-text").fill("¿De qué color era la camioneta y tenía placa?");
        analyst.locator("#message-submit").click();
        assertThat(text(analyst.locator(".flash.success"))).contains("Mensaje enviado");

        // the tipster comes back with the codename and answers
        followUp(tipster, codename);
        assertThat(text(tipster.locator(".tip-messages"))).contains("¿De qué color era la camioneta");
        tipster.locator("#reply-text").fill("Gris oscuro, la placa empezaba con ABC.");
        tipster.locator("#reply-submit").click();
        assertThat(text(tipster.locator(".flash.success"))).contains("Enviado");
        screenshot(tipster, "tip-3-answer");

        // the analyst reads the answer and marks the tip as having led to the capture
        analyst.navigate("/console/tips/" + tipId);
        assertThat(text(analyst.locator(".tip-entries"))).contains("Gris oscuro, la placa empezaba con ABC.");
        analyst.selectOption("#status-select", "LED_TO_CAPTURE");
        analyst.locator("#status-submit").click();
        assertThat(text(analyst.locator("#tip-status"))).isEqualTo("Condujo a la captura");

        // the tipster claims Peru's reward
        followUp(tipster, codename);
        assertThat(text(tipster.locator("#tip-status"))).isEqualTo("Condujo a una captura");
        tipster.locator(".choice", new Page.LocatorOptions().setHasText("S/")).locator("input[type=radio]").check();
        tipster.locator("#claim-submit").click();
        assertThat(text(tipster.locator(".tip-claims"))).contains("Reclamo presentado", "S/ 500.000");
        screenshot(tipster, "tip-4-claim");

        // the claim card is found by the claim's id: nothing on the agency's side leads to the tip
        UUID claim = UUID.fromString(tipster.locator(".tip-claim").first().getAttribute("data-claim"));

        // a supervisor evaluates the claim; the payout then needs two other supervisors
        Page supervisor = open(true);
        signIn(supervisor, "pe.supervisor");
        supervisor.navigate("/console/claims");
        Locator card = claimCard(supervisor, claim);
        assertThat(card.locator("a[href*='/console/tips/']").count()).as("no link from a claim to its tip").isZero();
        assertThat(text(card.locator(".claim-subject"))).as("the claim names the person").isEqualTo(subject);
        String reference = http("ve.analyst").get("/api/v1/notices/" + notice).json().get("reference").asString();
        assertThat(text(card.locator(".claim-notice"))).as("and the notice").isEqualTo(reference + " · " + subject);
        assertThat(http("pe.supervisor").get("/api/v1/claims/" + claim).json().get("subjectName").asString()).isEqualTo(subject);
        card.locator("textarea[name=reason]").fill("La información permitió ubicarlo y capturarlo.");
        card.locator(".claim-approve").click();
        card = claimCard(supervisor, claim);
        assertThat(card.locator(".claim-approve-payout").count()).as("the evaluator is not a payout approver").isZero();
        assertThat(card.locator(".claim-record-payout").count()).as("no payment before two approvals").isZero();

        Page second = open(true);
        signIn(second, "pe.supervisor2");
        second.navigate("/console/claims");
        claimCard(second, claim).locator(".claim-approve-payout").click();
        card = claimCard(second, claim);
        assertThat(text(card.locator(".claim-approvals"))).contains("1 de 2", "pe.supervisor2");
        assertThat(card.locator(".claim-approve-payout").count()).as("the same supervisor cannot approve twice").isZero();
        assertThat(card.locator(".claim-record-payout").count()).as("no payment after one approval").isZero();

        // a third supervisor approves, then the payment is recorded: paid
        Page third = open(true);
        signIn(third, "pe.supervisor3");
        third.navigate("/console/claims");
        claimCard(third, claim).locator(".claim-approve-payout").click();
        card = claimCard(third, claim);
        assertThat(text(card.locator(".claim-approvals"))).contains("2 de 2", "pe.supervisor2", "pe.supervisor3");
        card.locator("input[name=method]").fill("Transferencia del Programa de Recompensas");
        card.locator(".claim-record-payout").click();
        Locator paid = claimCard(third, claim);
        assertThat(text(paid.locator(".hit-state"))).isEqualTo("Pagado");
        assertThat(text(paid.locator(".claim-approvals"))).contains("2 de 2", "pe.supervisor2", "pe.supervisor3");
        screenshot(third, "tip-5-paid");
        claimCard(third, claim).screenshot(new Locator.ScreenshotOptions().setPath(java.nio.file.Paths.get("target/screenshots/claims.png")));

        // the capture arrested the notice: off the wanted list, its reward paid
        offering.navigate("/console/notices/" + notice);
        assertThat(text(offering.locator(".status-ARRESTED"))).isEqualTo("Detenido");
        assertThat(text(offering.locator(".rewards-part .reward-standing"))).isEqualTo("Recompensa pagada");
        Page visitor = open(false);
        visitor.navigate("/?q=" + java.net.URLEncoder.encode(subject, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(visitor.locator("a[href$='/notices/" + notice + "']").count()).as("not on the wanted list").isZero();
        assertThat(http("pe.supervisor").get("/api/v1/notices/" + notice + "/rewards").json().get(0).get("standing").asString())
                .isEqualTo("PAID");

        followUp(tipster, codename);
        assertThat(text(tipster.locator(".tip-claims"))).contains("Pagada");
        assertThat(text(tipster.locator(".collect-procedure h3"))).isEqualTo("Cómo cobrar la recompensa");
        assertThat(text(tipster.locator(".collect-procedure .collect-text")))
                .as("the offering agency's own procedure").contains("Policía Nacional del Perú", "no se le pedirá su nombre");
        screenshot(tipster, "tip-6-collect");
        Locator said = tipster.locator(".tip-message .tip-entry");
        assertThat(List.of(said.nth(0).getAttribute("class"), said.nth(1).getAttribute("class"), said.nth(2).getAttribute("class")))
                .as("report, question, answer, in the order said")
                .containsExactly("tip-entry entry-TIP", "tip-entry entry-TO_TIPSTER", "tip-entry entry-FROM_TIPSTER");
        assertThat(said.count()).isEqualTo(3);

        // nothing of the tipster's address or user agent anywhere
        String accessLog = Traces.accessLog().substring(logStart);
        assertThat(accessLog).contains("/notices/" + notice + "/tip", "/tips/follow-up/claim");
        String database = Traces.database(jdbc);
        assertThat(database).contains(tipId.toString());
        for (String needle : List.of(address, agent, "journey-" + tag)) {
            assertThat(output.getAll()).as("log output").doesNotContain(needle);
            assertThat(accessLog).as("access log").doesNotContain(needle);
            assertThat(database).as("database").doesNotContain(needle).doesNotContain(Traces.hex(needle));
        }
    }

    private static void followUp(Page tipster, String codename) {
        tipster.navigate("/tips/follow-up");
        tipster.locator("#codename").fill(codename);
        tipster.locator("#follow-up-submit").click();
        tipster.waitForURL(Pattern.compile(".*/tips/follow-up"));
    }

    private static Locator claimCard(Page page, UUID claim) {
        return page.locator("article#claim-" + claim);
    }

    private static boolean readable(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes)) != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
