package org.sabueso.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sabueso.Fixtures;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;

/**
 * The auditor page as an auditor reads it (issue 15, item 8): the console's layout, entries in
 * words with links only to records the auditor may open, filters by person, agency, action and
 * period, the CSV of what is filtered, one head for the whole page, and a page past the end
 * brought back to the last.
 */
class AuditPageIntegrationTests extends IntegrationTest {

    private static final Pattern HEAD = Pattern.compile("id=\"head-hash\">(\\d+):([0-9a-f]{64})<");
    private static final Pattern VERIFIED = Pattern.compile("(?:Cabeza: entrada|Head: entry) (\\d+), hash ([0-9a-f]{64})");
    private static final Pattern WHO = Pattern.compile("class=\"who-name\">([^<]+)<");
    private static final Pattern POSITION = Pattern.compile("(?:Página|Page) (\\d+) (?:de|of) (\\d+)");

    private static String group(Pattern p, String body, int group) {
        Matcher m = p.matcher(body);
        assertThat(m.find()).as("%s in the page", p).isTrue();
        return m.group(group);
    }

    /** What the pattern finds in the table of entries (the header names the signed-in user too). */
    private static List<String> all(Pattern p, String body) {
        int table = body.indexOf("id=\"audit-entries\"");
        assertThat(table).as("the table of entries").isNotNegative();
        return p.matcher(body.substring(table)).results().map(r -> r.group(1)).toList();
    }

    @Test
    void the_page_has_the_console_layout_with_navigation_language_switch_and_logout() {
        String body = http("auditor").get("/console/audit").body();
        assertThat(body).contains("class=\"site-header console-header\"", "class=\"wrap main-nav\"",
                "hreflang=\"en\"", "action=\"/logout\"", "href=\"/console/audit\"");
    }

    @Test
    void the_head_shown_is_the_head_the_verification_walked() {
        // other requests append meanwhile; the page reads its head and walks the chain in one snapshot
        for (int i = 0; i < 3; i++) {
            http("ve.analyst").get("/api/v1/notices?size=1");
            String body = http("auditor").get("/console/audit/verify").body();
            assertThat(body).contains("class=\"verdict verdict-ok\"");
            assertThat(group(HEAD, body, 1)).isEqualTo(group(VERIFIED, body, 1));
            assertThat(group(HEAD, body, 2)).isEqualTo(group(VERIFIED, body, 2));
        }
    }

    @Test
    void the_newest_entry_listed_is_the_head_shown() {
        String body = http("auditor").get("/console/audit").body();
        String head = group(HEAD, body, 1);
        assertThat(body).contains("id=\"entry-" + head + "\"")
                .doesNotContain("id=\"entry-" + (Long.parseLong(head) + 1) + "\"");
    }

    @Test
    void an_entry_names_its_record_in_words_and_links_it_where_the_auditor_may_open_it() {
        // a notice the auditor may see: one the console lists to them
        String list = http("auditor").get("/console/notices").body();
        UUID seen = UUID.fromString(group(Pattern.compile("href=\"/console/notices/([0-9a-f-]{36})\""), list, 1));
        assertThat(http("ve.analyst").get("/api/v1/notices/" + seen).status()).isEqualTo(200);

        String body = http("auditor").get("/console/audit?actor=ve.analyst&action=notice.read&target=" + seen).body();
        assertThat(body).contains("href=\"/console/notices/" + seen + "\"")
                .containsAnyOf("class=\"audit-what\">Abrió un aviso<", "class=\"audit-what\">Opened a notice<")
                // the notice's reference, then its subject (other tests' notices in the shared context have references of their own shape)
                .containsPattern("class=\"record-link\" href=\"/console/notices/" + seen + "\">[A-Z]{2}-[A-Za-z0-9-]+ · \\S");

        // a draft of another agency is no record the auditor may open: named by its id, not linked
        Http.Response drafted = http("ve.analyst").postJson("/api/v1/notices",
                Fixtures.draft("Auditado Sinenlace Prueba", "ALL_MEMBERS", List.of()));
        assertThat(drafted.status()).isEqualTo(201);
        String draftId = drafted.json().get("id").asString();
        String drafts = http("auditor").get("/console/audit?action=notice.draft&target=" + draftId).body();
        assertThat(drafts).contains("<code title=\"" + draftId + "\"")
                .doesNotContain("href=\"/console/notices/" + draftId + "\"")
                .containsAnyOf("Redactó un aviso", "Drafted a notice");
    }

    @Test
    void the_auditor_filters_by_agency_action_and_period() {
        assertThat(http("cl.analyst").get("/api/v1/notices?size=1").status()).isEqualTo(200);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String body = http("auditor").get("/console/audit?agency=CL-PDI&action=notice.list&from=" + today + "&to=" + today).body();
        // other tests add users to Chile's agency (their names need not start with "cl."): none of another agency's show
        assertThat(all(WHO, body)).contains("cl.analyst")
                .allSatisfy(who -> assertThat(who).doesNotStartWith("ve.").doesNotStartWith("co.")
                        .doesNotStartWith("pe.").doesNotStartWith("ec."));
        assertThat(body).containsAnyOf("Buscó o listó avisos", "Searched or listed notices")
                .containsPattern("<option value=\"notice.list\"\\s+selected=\"selected\">");

        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        String none = http("auditor").get("/console/audit?agency=CL-PDI&from=" + tomorrow).body();
        assertThat(all(WHO, none)).isEmpty();
        assertThat(none).containsAnyOf("Ninguna entrada coincide con el filtro.", "No entry matches the filter.");
    }

    @Test
    void a_user_in_an_entry_is_followed_to_what_they_did() {
        assertThat(http("ec.analyst").get("/api/v1/notices?size=1").status()).isEqualTo(200);
        String logins = http("auditor").get("/console/audit?action=auth.login&target=ec.analyst").body();
        assertThat(logins).contains("href=\"/console/audit?actor=ec.analyst\"");
        String theirs = http("auditor").get("/console/audit?actor=ec.analyst").body();
        assertThat(all(WHO, theirs)).isNotEmpty().containsOnly("ec.analyst");
    }

    @Test
    void the_csv_holds_the_filtered_entries_with_the_action_in_words() {
        assertThat(http("pe.analyst").get("/api/v1/notices?size=1").status()).isEqualTo(200);
        Http.Response csv = http("auditor").get("/console/audit/export.csv?agency=PE-PNP&action=notice.list");
        assertThat(csv.status()).isEqualTo(200);
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo(
                "\uFEFFseq,at_utc,actor,actor_agency,action,target_type,target_id,detail,prev_hash,hash,action_words");
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(List.of(lines).subList(1, lines.length)).allSatisfy(l -> assertThat(l)
                .contains(",PE-PNP,notice.list,").containsPattern(",(Buscó o listó avisos|Searched or listed notices)$"));
    }

    @Test
    void a_page_past_the_end_is_the_last_page_and_any_page_value_is_read_leniently() {
        for (String page : List.of("999999", "99999999999999999999", "-4", "abc", "%E2%80%AE")) {
            Http.Response r = http("auditor").get("/console/audit?actor=auditor&page=" + page);
            assertThat(r.status()).as("page=%s", page).isEqualTo(200);
            assertThat(all(WHO, r.body())).as("page=%s lists entries", page).isNotEmpty();
        }
        String last = http("auditor").get("/console/audit?page=999999").body();
        assertThat(group(POSITION, last, 1)).isEqualTo(group(POSITION, last, 2));
    }
}
