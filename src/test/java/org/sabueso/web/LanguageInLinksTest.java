package org.sabueso.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The language travels in the site's own links, and nowhere else. */
class LanguageInLinksTest {

    @Test
    void links_within_the_site_get_the_language() {
        assertThat(LanguageInLinks.withLanguage("/", "en")).isEqualTo("/?lang=en");
        assertThat(LanguageInLinks.withLanguage("/console/notices?q=x&status=ACTIVE", "en"))
                .isEqualTo("/console/notices?q=x&status=ACTIVE&lang=en");
        assertThat(LanguageInLinks.withLanguage("/notices/1#rewards", "en")).isEqualTo("/notices/1?lang=en#rewards");
        assertThat(LanguageInLinks.withLanguage("/?loggedOut", "en")).isEqualTo("/?loggedOut&lang=en");
        assertThat(LanguageInLinks.withLanguage("/x?", "en")).isEqualTo("/x?lang=en");
        assertThat(LanguageInLinks.withLanguage("/x?language=fr", "en")).isEqualTo("/x?language=fr&lang=en");
    }

    @Test
    void links_that_name_a_language_already_are_left_alone() {
        assertThat(LanguageInLinks.withLanguage("/?lang=es", "en")).isEqualTo("/?lang=es");
        assertThat(LanguageInLinks.withLanguage("/x?a=1&lang=en", "en")).isEqualTo("/x?a=1&lang=en");
        assertThat(LanguageInLinks.withLanguage("/x?lang", "en")).isEqualTo("/x?lang");
    }

    @Test
    void static_files_other_sites_and_other_schemes_are_left_alone() {
        for (String url : new String[]{"/css/sabueso.css", "/webjars/htmx.org/dist/htmx.min.js", "/img/logo.svg",
                "/favicon.ico", "https://example.org/x", "//example.org/x", "mailto:tips@example.org", "#main", ""}) {
            assertThat(LanguageInLinks.withLanguage(url, "en")).as(url).isEqualTo(url);
        }
        assertThat(LanguageInLinks.withLanguage(null, "en")).isNull();
    }
}
