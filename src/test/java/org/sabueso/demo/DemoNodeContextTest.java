package org.sabueso.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sabueso.SabuesoApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Colombia's node of the demo ({@code sabueso.demo.node=CO}), started as its own service over its
 * own embedded PostgreSQL (the shared test database holds the demo of one node for all). It holds
 * Colombia's staff and what Colombia's agency issues or owns, and every demo agency, so a foreign
 * notice's issuing agency exists when its copy arrives.
 */
class DemoNodeContextTest {

    @Test
    void colombias_node_holds_only_colombias_staff_and_records_and_every_agency(@TempDir Path dir) {
        SpringApplication app = new SpringApplication(SabuesoApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of("sabueso.demo.password", "demo-pass", "logging.level.root", "WARN",
                "spring.main.banner-mode", "off", "sabueso.audit.checkpoint.scheduled", "false"));
        try (ConfigurableApplicationContext ctx = app.run("--sabueso.data-dir=" + dir, "--sabueso.demo.node=CO",
                "--sabueso.demo.generated-persons=120")) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            List<String> users = jdbc.sql("SELECT username FROM app_user ORDER BY 1").query(String.class).list();
            assertThat(users).containsExactlyInAnyOrder("admin", "auditor", "co.analyst", "co.border", "co.prison",
                    "co.supervisor", "co.supervisor2", "co.supervisor3");
            assertThat(jdbc.sql("SELECT id FROM agency").query(String.class).list())
                    .containsExactlyInAnyOrderElementsOf(DemoData.AGENCIES.stream().map(a -> a.id()).toList());

            List<String> issuers = jdbc.sql("SELECT DISTINCT issuing_agency_id FROM notice").query(String.class).list();
            assertThat(issuers).containsExactly("CO-DIJIN");
            long planned = DemoPlan.plan(DemoPlan.SEED, 120, java.time.LocalDate.now(), DemoData.agencies()).stream()
                    .filter(p -> p.agencyId().equals("CO-DIJIN")).count();
            assertThat(jdbc.sql("SELECT count(*) FROM notice WHERE created_by LIKE 'co.%'").query(Long.class).single())
                    .as("the generated notices Colombia issues, and Larry Changa's").isEqualTo(planned + 1);
            assertThat(jdbc.sql("SELECT count(*) FROM notice WHERE warrant_reference = 'CO-FGN-2023-11873'")
                    .query(Long.class).single()).isEqualTo(1);

            assertThat(jdbc.sql("SELECT DISTINCT agency_id FROM facility").query(String.class).list())
                    .containsExactly("CO-DIJIN");
            assertThat(jdbc.sql("SELECT id FROM agency WHERE hotline IS NOT NULL").query(String.class).list())
                    .containsExactly("CO-DIJIN");
            assertThat(jdbc.sql("SELECT count(*) FROM network_link").query(Long.class).single())
                    .as("the demo's network is Venezuela's picture").isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM reward_offer").query(Long.class).single()).isZero();
        }
    }
}
