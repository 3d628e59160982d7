package org.sabueso.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.sabueso.web.HtmlClient;
import tools.jackson.databind.JsonNode;

/**
 * A notice is found by its own numbers (reference, warrant, document numbers as typed or
 * normalised) and by its aliases, through the API and the console, and only by those who may see
 * it; offences are codes, labelled and found in Spanish and English.
 */
class NoticeSearchApiTest extends IntegrationTest {

    /** A draft restricted to its agency, with numbers no other test uses. */
    record Drafted(String id, String reference, String warrant, String document, String alias, String name) {
    }

    private Drafted draftRestricted(List<String> offences) {
        int n = ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        String document = "V-%d.%03d.%03d".formatted(n / 1_000_000, (n / 1000) % 1000, n % 1000);
        String warrant = "ORD-SRCH-" + n;
        String alias = "Zorrolargo" + Integer.toString(n, 36);
        String name = "Teodulfo Quiñónez Arbeláez";
        Http.Response r = http("ve.analyst").postJson("/api/v1/notices", Map.of(
                "subject", Map.of("name", name, "nationalities", List.of("VE"),
                        "aliases", List.of(Map.of("name", alias, "nickname", true)),
                        "documents", List.of(Map.of("type", "national_id", "number", document, "country", "VE"))),
                "offences", offences, "summary", "Search test", "warrantReference", warrant,
                "legalBasis", "COPP art. 236", "requestedAction", "LOCATE", "sharingScope", "AGENCY",
                "partnerAgencyIds", List.of(), "reviewBy", LocalDate.now().plusYears(1).toString()));
        assertThat(r.status()).isEqualTo(201);
        return new Drafted(r.json().get("id").asString(), r.json().get("reference").asString(), warrant, document,
                alias, name);
    }

    private HtmlClient console(String username) {
        return new HtmlClient(port, username, PASSWORD);
    }

    private static String q(String text) {
        return "/api/v1/notices?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private List<String> ids(String user, String text) {
        return http(user).get(q(text)).json().get("items").valueStream().map(i -> i.get("id").asString()).toList();
    }

    @Test
    void the_issuing_agency_finds_its_notice_by_each_of_its_numbers_and_by_its_alias() {
        Drafted d = draftRestricted(List.of("Extorsión"));
        String digits = d.document().replaceAll("[^0-9]", "");
        for (String text : List.of(d.reference(), d.reference().toLowerCase(), d.reference().replace("-", ""), d.warrant(), d.warrant().toLowerCase(), d.document(), digits, "V" + digits,
                "v-" + digits, "0" + digits, d.alias(), d.alias().toUpperCase(), "teodulfo quinonez")) {
            assertThat(ids("ve.analyst", text)).as("search for %s", text).contains(d.id());
        }
    }

    @Test
    void another_agency_cannot_find_a_restricted_notice_by_any_of_its_numbers_or_its_alias() {
        Drafted d = draftRestricted(List.of("Secuestro"));
        for (String user : List.of("co.analyst", "pe.supervisor")) {
            for (String text : List.of(d.reference(), d.warrant(), d.document(), d.alias())) {
                JsonNode page = http(user).get(q(text)).json();
                assertThat(page.get("items").valueStream().map(i -> i.get("id").asString()).toList())
                        .as("%s searching %s", user, text).doesNotContain(d.id());
            }
        }
        assertThat(http("co.analyst").get("/api/v1/notices/" + d.id()).status()).isEqualTo(404);
    }

    @Test
    void a_partial_number_finds_nothing_it_should_not_and_free_text_name_search_still_works() {
        Drafted d = draftRestricted(List.of("Robo agravado"));
        assertThat(ids("ve.analyst", d.warrant().substring(0, 6))).as("ORD-SR is not a number of the notice")
                .doesNotContain(d.id());
        assertThat(ids("ve.analyst", "Arbeláez Teodulfo")).contains(d.id());
        assertThat(http("ve.analyst").get(q("-- . ;")).json().get("total").asLong()).isZero();
    }

    @Test
    void offences_are_stored_as_codes_with_labels_in_both_languages_and_unknown_text_is_kept() {
        Drafted d = draftRestricted(List.of("Extorsión agravada", "Tráfico ilícito de drogas", "Abigeato de llamas"));
        JsonNode read = http("ve.analyst").get("/api/v1/notices/" + d.id()).json();
        assertThat(read.get("offences").valueStream().map(JsonNode::asString).toList())
                .containsExactly("EXTORTION", "DRUG_TRAFFICKING", "Abigeato de llamas");
        JsonNode first = read.get("offenceLabels").get(0);
        assertThat(first.get("code").asString()).isEqualTo("EXTORTION");
        assertThat(first.get("coded").asBoolean()).isTrue();
        assertThat(first.get("es").asString()).isEqualTo("Extorsión");
        assertThat(first.get("en").asString()).isEqualTo("Extortion");
        JsonNode unknown = read.get("offenceLabels").get(2);
        assertThat(unknown.get("coded").asBoolean()).isFalse();
        assertThat(unknown.get("en").asString()).isEqualTo("Abigeato de llamas");
    }

    @Test
    void an_offence_is_found_by_its_spanish_and_its_english_words_accents_and_case_ignored() {
        Drafted d = draftRestricted(List.of("Extorsión", "Trata de personas"));
        for (String text : List.of("extorsion", "EXTORSIÓN", "extortion", "Extort", "human trafficking",
                "trata de personas", "TRAFFICKING")) {
            assertThat(ids("ve.analyst", d.alias() + " " + text)).as("search for %s", text).contains(d.id());
        }
        assertThat(ids("ve.analyst", d.alias() + " kidnapping")).doesNotContain(d.id());
    }

    @Test
    void the_offence_filter_takes_a_code_and_refuses_anything_else() {
        Drafted d = draftRestricted(List.of("Sicariato"));
        JsonNode page = http("ve.analyst").get(q(d.alias()) + "&offence=CONTRACT_KILLING").json();
        assertThat(page.get("items").valueStream().map(i -> i.get("id").asString()).toList()).contains(d.id());
        assertThat(http("ve.analyst").get(q(d.alias()) + "&offence=HOMICIDE").json().get("total").asLong()).isZero();
        Http.Response bad = http("ve.analyst").get("/api/v1/notices?offence=%3Cscript%3E");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("code").asString()).isEqualTo("notice.offence-unknown");
        assertThat(bad.body()).doesNotContain("<script>");
    }

    @Test
    void the_coded_list_is_published_with_both_labels() {
        JsonNode list = http("pe.analyst").get("/api/v1/offences").json();
        assertThat(list.valueStream().map(o -> o.get("code").asString()).toList())
                .contains("EXTORTION", "KIDNAPPING", "HOMICIDE");
        assertThat(list.valueStream().filter(o -> o.get("code").asString().equals("KIDNAPPING"))
                .map(o -> o.get("es").asString() + "/" + o.get("en").asString()).toList())
                .containsExactly("Secuestro/Kidnapping");
    }

    @Test
    void the_console_finds_a_notice_by_reference_and_document_but_not_for_another_agency() {
        Drafted d = draftRestricted(List.of("Homicidio"));
        String ve = console("ve.analyst").get("/console/notices?q=" + URLEncoder.encode(d.reference(), StandardCharsets.UTF_8)).body();
        assertThat(ve).contains("/console/notices/" + d.id(), "Homicidio");
        String byDocument = console("ve.analyst").get("/console/notices?q="
                + URLEncoder.encode(d.document(), StandardCharsets.UTF_8)).body();
        assertThat(byDocument).contains("/console/notices/" + d.id());
        String byWarrant = console("ve.analyst").get("/console/notices?lang=en&q="
                + URLEncoder.encode(d.warrant(), StandardCharsets.UTF_8)).body();
        assertThat(byWarrant).contains("/console/notices/" + d.id(), "Homicide");
        String co = console("co.analyst").get("/console/notices?q=" + URLEncoder.encode(d.reference(), StandardCharsets.UTF_8)).body();
        // the search box repeats what was typed; the row is the link to the notice
        assertThat(co).doesNotContain("/console/notices/" + d.id());
    }

    @Test
    void the_portal_finds_a_public_notice_by_its_numbers_and_never_a_restricted_one() {
        JsonNode guerrero = http("ve.analyst").get(q("rusthenford")).json().get("items").get(0);
        String id = guerrero.get("id").asString();
        JsonNode detail = http("ve.analyst").get("/api/v1/notices/" + id).json();
        HtmlClient portal = new HtmlClient(port, null, null);
        List<String> numbers = new java.util.ArrayList<>(List.of(detail.get("reference").asString(),
                detail.get("warrantReference").asString()));
        detail.get("subject").get("documents").valueStream().map(doc -> doc.get("number").asString())
                .forEach(numbers::add);
        for (String number : numbers) {
            String page = portal.get("/?q=" + URLEncoder.encode(number, StandardCharsets.UTF_8)).body();
            assertThat(page).as("portal search for %s", number).contains("/notices/" + id);
            assertThat(page).as("the portal never prints a notice's numbers").doesNotContain(">" + number + "<");
        }
        Drafted restricted = draftRestricted(List.of("Extorsión"));
        for (String text : List.of(restricted.reference(), restricted.warrant(), restricted.document(),
                restricted.alias())) {
            assertThat(portal.get("/?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)).body())
                    .doesNotContain("/notices/" + restricted.id());
        }
    }
}
