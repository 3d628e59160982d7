package org.sabueso.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.sabueso.shared.Page;

/**
 * Every paged list of the console and the portal brings a page past the end back to the last
 * page, and reads any page value (negative, huge, not a number) without failing (issue 15, item 7):
 * {@code /console/notices?page=999} once showed "Página 1.000 de 87".
 */
class PagingIntegrationTests extends IntegrationTest {

    private static final Pattern POSITION = Pattern.compile("(?:Página|Page) ([0-9.,]+) (?:de|of) ([0-9.,]+)");

    private static void onTheLastPage(String what, String body) {
        Matcher m = POSITION.matcher(body);
        assertThat(m.find()).as("%s shows its position", what).isTrue();
        assertThat(m.group(1)).as("%s: the page shown is the last", what).isEqualTo(m.group(2));
        assertThat(m.group(1)).as("%s: a page number is never grouped", what).doesNotContain(".", ",");
    }

    @Test
    void a_page_past_the_end_of_the_notice_list_is_its_last_page() {
        Http ve = http("ve.analyst");
        onTheLastPage("notices", ve.get("/console/notices?page=999").body());
        onTheLastPage("notices", ve.get("/console/notices?page=99999999999999999999").body());
        onTheLastPage("the portal", anonymous().get("/?page=999").body());
    }

    @Test
    void negative_and_unreadable_page_values_are_the_first_page() {
        Http ve = http("ve.analyst");
        for (String page : List.of("-1", "-99999999999", "abc", "1e3", "%C2%A0", "")) {
            Http.Response r = ve.get("/console/notices?page=" + page);
            assertThat(r.status()).as("page=%s", page).isEqualTo(200);
            assertThat(r.body()).as("page=%s", page).containsPattern("(?:Página|Page) 1 (?:de|of) ");
        }
    }

    @Test
    void every_other_paged_console_list_answers_a_page_past_its_end() {
        for (String path : List.of("/console/tips?page=999", "/console/claims?page=999", "/console/hits?box=all&page=999",
                "/console/network?page=999", "/console/reviews?page=999", "/console/links?page=999")) {
            Http.Response r = http("ve.supervisor").get(path);
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).doesNotContainPattern("(?:Página|Page) 1\\.000");
        }
    }

    @Test
    void within_fetches_again_only_past_the_end() {
        List<Integer> asked = new java.util.ArrayList<>();
        Page<String> last = Page.within(999, n -> {
            asked.add(n);
            return new Page<>(n == 4 ? List.of("x") : List.of(), 81, n, 20);
        });
        assertThat(last.page()).isEqualTo(4);
        assertThat(last.items()).containsExactly("x");
        assertThat(asked).containsExactly(999, 4);
        Page<String> empty = Page.within(3, n -> new Page<>(List.of(), 0, n, 20));
        assertThat(empty.page()).isZero();
        assertThat(RequestValues.pageFromZero("7")).isEqualTo(7);
        assertThat(RequestValues.pageFromZero("99999999999999999999")).isEqualTo(RequestValues.MAX_PAGE);
        assertThat(RequestValues.pageFromZero("-3")).isZero();
        assertThat(RequestValues.pageFromZero("٣")).as("digits of another script").isZero();
        assertThat(RequestValues.pageFromZero(null)).isZero();
    }
}
