package org.sabueso.notice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.sabueso.Http;
import org.sabueso.Imports;
import org.sabueso.IntegrationTest;
import org.sabueso.web.ConsoleSession;

/** The review queue shows an import as one row, and a supervisor reviews it as a whole from the console. */
class ImportReviewPagesTest extends IntegrationTest {

    private static String token() {
        StringBuilder sb = new StringBuilder("Ic");
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    private static String wanted(String id, String name) {
        return "{\"id\":\"" + id + "\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + name + "\"],\"topics\":[\"wanted\"]}}";
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void the_review_queue_shows_an_import_as_one_row_that_a_second_supervisor_approves_as_a_whole() {
        String t = token();
        Http.Response imported = http("pe.analyst").post("/api/v1/entities?scope=AGENCY", Imports.NDJSON, String.join("\n",
                wanted(t + "-1", "Ana " + t + " Mamani"), wanted(t + "-2", "Luz " + t + " Condori"),
                wanted(t + "-3", "Rosa " + t + " Huamán")));
        String importId = Imports.idOf(imported);
        String publicName = "Publio " + t + " Vargas";
        String publicImport = Imports.idOf(http("pe.analyst").post("/api/v1/entities?scope=PUBLIC", Imports.NDJSON,
                wanted(t + "-p", publicName)));

        ConsoleSession supervisor = ConsoleSession.signIn(port, "pe.supervisor", PASSWORD);
        String queue = supervisor.get("/console/reviews").body();
        assertThat(occurrences(queue, "data-import=\"" + importId + "\"")).as("one row for the import").isEqualTo(1);
        assertThat(queue).contains("Importaciones pendientes", "/console/imports/" + importId);
        assertThat(queue).as("its notices are not rows of their own").doesNotContain("Mamani", "Condori", "Huamán");
        assertThat(queue).as("a PUBLIC import's notices are reviewed one by one").contains(publicName)
                .doesNotContain("data-import=\"" + publicImport + "\"");
        assertThat(supervisor.get("/console/reviews?lang=en").body()).contains("Pending imports", "Review the import");

        ConsoleSession importer = ConsoleSession.signIn(port, "pe.analyst", PASSWORD);
        assertThat(importer.get("/console/imports/" + importId).body()).contains("Usted hizo esta importación")
                .doesNotContain("/console/imports/" + importId + "/review");
        assertThat(ConsoleSession.signIn(port, "co.supervisor", PASSWORD).get("/console/imports/" + importId).statusCode())
                .isEqualTo(404);

        String page = supervisor.get("/console/imports/" + importId).body();
        assertThat(page).contains("action=\"/console/imports/" + importId + "/review\"", "name=\"_csrf\"",
                "noPoliticalCharacter", "noMilitaryCharacter", "noReligiousCharacter", "noRacialCharacter");
        HttpResponse<String> unchecked = supervisor.post("/console/imports/" + importId + "/review", "decision", "approve");
        assertThat(supervisor.follow(unchecked).body()).contains("artículo 3");
        assertThat(http("pe.analyst").get("/api/v1/imports/" + importId).json().at("/counts/UNDER_REVIEW").asLong())
                .isEqualTo(3);

        supervisor.get("/console/imports/" + importId);
        HttpResponse<String> done = supervisor.post("/console/imports/" + importId + "/review", "decision", "approve",
                "noPoliticalCharacter", "true", "noMilitaryCharacter", "true", "noReligiousCharacter", "true",
                "noRacialCharacter", "true", "comment", "fuente verificada");
        assertThat(done.statusCode()).isEqualTo(302);
        String after = supervisor.follow(done).body();
        assertThat(after).contains("Importación aprobada").doesNotContain("data-import=\"" + importId + "\"");
        assertThat(http("pe.analyst").get("/api/v1/imports/" + importId).json().at("/counts/ACTIVE").asLong()).isEqualTo(3);
        String noticeId = http("pe.analyst").get("/api/v1/notices?q=" + t + "+Mamani").json().at("/items/0/id").asString();
        assertThat(supervisor.get("/console/notices/" + noticeId).body())
                .contains("Revisado con la importación entera", "fuente verificada");
    }
}
