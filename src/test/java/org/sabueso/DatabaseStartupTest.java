package org.sabueso;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How the service finds its database: the embedded one keeps its data across restarts under
 * {@code sabueso.data-dir}; with {@code spring.datasource.url} it uses that server instead.
 */
class DatabaseStartupTest {

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        SpringApplication app = new SpringApplication(SabuesoApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of("sabueso.demo.password", "demo-pass", "sabueso.demo.generated-persons", "20",
                "logging.level.root", "WARN", "spring.main.banner-mode", "off"));
        return app.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    private static long users(ConfigurableApplicationContext ctx) {
        return ctx.getBean(JdbcClient.class).sql("SELECT count(*) FROM app_user").query(Long.class).single();
    }

    @Test
    void the_embedded_database_keeps_its_data_across_restarts_and_the_demo_loads_once(@TempDir Path dir) {
        long first;
        try (ConfigurableApplicationContext ctx = start(Map.of("sabueso.data-dir", dir))) {
            first = users(ctx);
            assertThat(first).as("five agencies of six users (three supervisors each), admin and auditor").isEqualTo(32);
            ctx.getBean(JdbcClient.class).sql("UPDATE agency SET name = 'renamed' WHERE id = 'PE-PNP'").update();
        }
        assertThat(Files.isDirectory(dir.resolve("postgres"))).isTrue();
        try (ConfigurableApplicationContext ctx = start(Map.of("sabueso.data-dir", dir))) {
            assertThat(users(ctx)).isEqualTo(first);
            assertThat(ctx.getBean(JdbcClient.class).sql("SELECT name FROM agency WHERE id = 'PE-PNP'")
                    .query(String.class).single()).isEqualTo("renamed");
        }
    }

    @Test
    void a_configured_datasource_url_is_used_instead_of_the_embedded_database(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("external"))
                .setCleanDataDirectory(true).start()) {
            try (ConfigurableApplicationContext ctx = start(Map.of(
                    "spring.datasource.url", external.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username", "postgres",
                    "sabueso.data-dir", dir.resolve("unused")))) {
                assertThat(ctx.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
                assertThat(users(ctx)).isEqualTo(32);
            }
            try (var c = external.getPostgresDatabase().getConnection(); var rs = c.createStatement()
                    .executeQuery("SELECT count(*) FROM agency")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(5);
            }
            assertThat(Files.exists(dir.resolve("unused").resolve("postgres"))).isFalse();
        }
    }
}
