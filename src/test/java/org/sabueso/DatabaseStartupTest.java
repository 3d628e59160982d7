package org.sabueso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How the service finds its database: the embedded one keeps its data across restarts under
 * {@code sabueso.data-dir}; with {@code spring.datasource.url} it uses that server instead, set up
 * as the README says: migrations as the owner role, the service as its own role.
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

    /** The README's external set-up: an owner role that runs the migrations, and the service's own role. */
    private static void createRolesAndDatabase(EmbeddedPostgres server) throws Exception {
        try (var c = server.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
            st.execute("CREATE ROLE sabueso_owner LOGIN PASSWORD 'owner-secret'");
            st.execute("CREATE ROLE sabueso_app LOGIN PASSWORD 'app-secret'");
            st.execute("CREATE DATABASE sabueso OWNER sabueso_owner");
        }
    }

    @Test
    void a_configured_datasource_url_is_used_instead_of_the_embedded_database(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("external"))
                .setCleanDataDirectory(true).start()) {
            createRolesAndDatabase(external);
            try (ConfigurableApplicationContext ctx = start(Map.of(
                    "spring.datasource.url", "jdbc:postgresql://localhost:" + external.getPort() + "/sabueso",
                    "spring.datasource.username", "sabueso_app",
                    "spring.datasource.password", "app-secret",
                    "spring.flyway.user", "sabueso_owner",
                    "spring.flyway.password", "owner-secret",
                    "sabueso.data-dir", dir.resolve("unused")))) {
                assertThat(ctx.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
                assertThat(users(ctx)).isEqualTo(32);
                JdbcClient jdbc = ctx.getBean(JdbcClient.class);
                assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("sabueso_app");
                assertThat(jdbc.sql("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'audit_entry'::regclass")
                        .query(String.class).single()).isEqualTo("sabueso_owner");
                assertThatThrownBy(() -> jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER ALL").update())
                        .rootCause().hasMessageContaining("must be owner");
            }
            try (var c = external.getDatabase("postgres", "sabueso").getConnection(); var rs = c.createStatement()
                    .executeQuery("SELECT count(*) FROM agency")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(5);
            }
            assertThat(Files.exists(dir.resolve("unused").resolve("postgres"))).isFalse();
        }
    }

    @Test
    void the_service_refuses_to_connect_as_a_database_superuser(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("external"))
                .setCleanDataDirectory(true).start()) {
            createRolesAndDatabase(external);
            assertThatThrownBy(() -> start(Map.of(
                    "spring.datasource.url", "jdbc:postgresql://localhost:" + external.getPort() + "/sabueso",
                    "spring.datasource.username", "postgres",
                    "spring.flyway.user", "sabueso_owner",
                    "spring.flyway.password", "owner-secret",
                    "sabueso.data-dir", dir.resolve("unused"))).close())
                    .extracting(NestedExceptionUtils::getMostSpecificCause).extracting(Throwable::getMessage).isEqualTo("the service's database role postgres is a superuser and could rewrite the audit"
                            + " trail; connect as the application role (README, \"Database roles\")");
        }
    }
}
