package org.sabueso.federation.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sabueso.federation.FederationStatus;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The status line in both languages, over a FederationStatus of the test's own. */
class FederationStatusLineTest {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    /** 14:39 in Bogotá. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-04T19:39:00Z"), BOGOTA);

    private record Status(boolean federated, Instant applied, Instant down) implements FederationStatus {
        public Optional<String> self() {
            return federated ? Optional.of("CO-CUCUTA") : Optional.empty();
        }
        public Optional<Instant> lastApplied() {
            return Optional.ofNullable(applied);
        }
        public Optional<Instant> linkDownSince() {
            return Optional.ofNullable(down);
        }
        public long outboxPending() {
            return 0;
        }
    }

    private static FederationStatusLine line(FederationStatus status) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (status != null) {
            beans.addBean("status", status);
        }
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new FederationStatusLine(beans.getBeanProvider(FederationStatus.class), messages, NOW);
    }

    @Test
    void a_post_whose_link_is_down_says_how_fresh_its_copy_is_and_for_how_long_in_both_languages() {
        FederationStatusLine line = line(new Status(true, Instant.parse("2026-12-04T19:02:40Z"),
                Instant.parse("2026-12-04T19:02:00Z")));
        assertThat(line.line(Locale.ENGLISH)).isEqualTo("notices as of 14:02, link down 37 min");
        assertThat(line.line(Locale.forLanguageTag("es"))).isEqualTo("avisos al 14:02, enlace caído hace 37 min");
        assertThat(line.linkDown()).isTrue();
    }

    @Test
    void with_the_link_up_only_the_freshness_shows_and_an_older_copy_names_its_day() {
        FederationStatusLine line = line(new Status(true, Instant.parse("2026-12-02T13:05:00Z"), null));
        assertThat(line.line(Locale.ENGLISH)).isEqualTo("notices as of 02/12 08:05");
        assertThat(line.linkDown()).isFalse();
    }

    @Test
    void a_node_that_has_received_nothing_yet_says_so() {
        assertThat(line(new Status(true, null, Instant.parse("2026-12-04T19:30:00Z"))).line(Locale.forLanguageTag("es")))
                .isEqualTo("aún no ha llegado ningún aviso de otro nodo, enlace caído hace 9 min");
    }

    @Test
    void one_node_for_all_shows_no_line() {
        assertThat(line(null).line(Locale.ENGLISH)).isNull();
        assertThat(line(new Status(false, null, null)).line(Locale.ENGLISH)).isNull();
        assertThat(line(null).linkDown()).isFalse();
    }
}
