package org.sabueso.tip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sabueso.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tipster leaves nothing: tips sent with a distinctive address (as a proxy would forward it),
 * user agent and cookie, through every public tip route, in success and in error, leave none of
 * them in the log output, the access log or any column of any table, and get no cookie back.
 */
@ExtendWith(OutputCaptureExtension.class)
class TipAnonymityTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LoggingSystem logging;

    @Test
    void nothing_identifying_the_tipster_is_logged_or_stored(CapturedOutput output) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String address = "203.0.113." + (1 + new java.util.Random().nextInt(254));
        int logStart = Traces.accessLog().length();
        String agent = "SabuesoTipsterAgent/7.3 (anon-" + tag + ")";
        String cookieValue = "tracker-" + tag;
        UUID guerrero = TipApiTest.guerrero(jdbc);
        TipClient control = new TipClient(port, Map.of("User-Agent", "ControlAgent-" + tag, "X-Forwarded-For", "192.0.2.55"));
        TipClient tipster = new TipClient(port, Map.of("User-Agent", agent, "X-Forwarded-For", address,
                "Cookie", "JSESSIONID=" + cookieValue + "; pref=" + cookieValue, "Referer", "http://example.org/" + tag));
        logging.setLogLevel("org.springframework.web", LogLevel.DEBUG);
        logging.setLogLevel("org.springframework.security", LogLevel.DEBUG);
        List<TipClient.Response> answers = new ArrayList<>();
        try {
            assertThat(control.get("/login").status()).isEqualTo(200);
            TipClient.Response page = tipster.get("/notices/" + guerrero);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("action=\"/notices/" + guerrero + "/tip\"", "multipart/form-data").doesNotContain("_csrf");
            answers.add(page);
            answers.add(tipster.get("/tips"));
            answers.add(tipster.get("/notices/" + guerrero + "/tip"));
            List<TipClient.Part> parts = new ArrayList<>(TipClient.tipFields("Lo vi " + tag, "Lima", "hoy", "nada más"));
            parts.add(TipClient.Part.file("photos", "foto.jpg", "image/jpeg", TestImages.jpegWithExif()));
            TipClient.Response receipt = tipster.multipart("/notices/" + guerrero + "/tip", parts);
            assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
            answers.add(receipt);
            String codename = receipt.codename();
            answers.add(tipster.form("/tips", Map.of("agencyId", "PE-PNP", "what", "General " + tag)));
            assertThat(answers.getLast().status()).isEqualTo(200);
            answers.add(tipster.multipart("/notices/" + guerrero + "/tip", TipClient.tipFields("", "", "", "")));
            assertThat(answers.getLast().status()).isEqualTo(422);
            answers.add(tipster.multipart("/notices/" + guerrero + "/tip", List.of(TipClient.Part.field("what", "x"),
                    TipClient.Part.file("photos", "rota.jpg", "image/jpeg", TestImages.brokenJpeg()))));
            assertThat(answers.getLast().status()).isEqualTo(422);
            answers.add(tipster.json("/api/v1/public/tips", "{\"noticeId\":\"" + guerrero + "\",\"what\":\"API " + tag + "\"}"));
            assertThat(answers.getLast().status()).isEqualTo(201);
            answers.add(tipster.json("/api/v1/public/tips", "{\"what\": "));
            assertThat(answers.getLast().status()).isEqualTo(400);
            answers.add(tipster.form("/tips/follow-up", Map.of("codename", codename)));
            assertThat(answers.getLast().status()).isEqualTo(200);
            answers.add(tipster.multipart("/tips/follow-up/reply", List.of(TipClient.Part.field("codename", codename),
                    TipClient.Part.field("text", "Respuesta " + tag),
                    TipClient.Part.file("photos", "otra.jpg", "image/jpeg", TestImages.jpegWithExif()))));
            assertThat(answers.getLast().status()).isEqualTo(200);
            answers.add(tipster.form("/tips/follow-up", Map.of("codename", "nada nada")));
            assertThat(answers.getLast().status()).isEqualTo(422);
            answers.add(tipster.get("/notices/" + UUID.randomUUID() + "/tip"));
            assertThat(answers.getLast().status()).isEqualTo(404);
        } finally {
            logging.setLogLevel("org.springframework.web", null);
            logging.setLogLevel("org.springframework.security", LogLevel.WARN);
        }

        for (TipClient.Response r : answers) {
            assertThat(r.cookies()).as("cookies set for the tipster").isEmpty();
        }
        String accessLog = Traces.accessLog().substring(logStart);
        assertThat(accessLog).as("the access log records client data elsewhere").contains("ControlAgent-" + tag, "192.0.2.55");
        assertThat(accessLog).as("the tip routes are logged, without their client").contains("/notices/" + guerrero + "/tip", "/tips/follow-up");
        String log = output.getAll();
        assertThat(log).as("debug logging ran").contains("/tips/follow-up");
        String database = Traces.database(jdbc);
        assertThat(database).as("the tips were stored").contains(guerrero.toString());
        for (String needle : List.of(address, agent, "anon-" + tag, cookieValue, "example.org/" + tag)) {
            assertThat(log).as("log output").doesNotContain(needle);
            assertThat(accessLog).as("access log").doesNotContain(needle);
            assertThat(database).as("database").doesNotContain(needle).doesNotContain(Traces.hex(needle));
        }
    }
}
