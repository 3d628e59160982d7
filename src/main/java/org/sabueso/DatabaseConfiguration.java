package org.sabueso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * With no {@code spring.datasource.url}, runs an embedded PostgreSQL whose data lives under
 * {@code sabueso.data-dir} and survives restarts. With a URL set, Spring Boot's own data source
 * is used and this configuration stays out of the way.
 *
 * <p>The service owns its data folder through {@link DataFolderLock}; a PostgreSQL that a killed
 * service left running on the folder is stopped first ({@link OrphanPostgres}), so a crash
 * restarts by itself. The embedded superuser {@code postgres} creates the application's role
 * ({@link EmbeddedRoles}) and runs the migrations, so it owns every table; the service itself
 * connects as {@code sabueso_app}, which is neither superuser nor owner and so cannot switch off
 * the audit table's append-only trigger (docs/adr/0002-audit-chain.md).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    DataFolderLock dataFolderLock(@Value("${sabueso.data-dir:./data}") Path dataDir) {
        return DataFolderLock.acquire(dataDir);
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DataFolderLock owned,
                                      @Value("${sabueso.data-dir:./data}") Path dataDir,
                                      @Value("${sabueso.db.fresh:false}") boolean fresh,
                                      @Value("${sabueso.db.port:0}") int port) throws IOException {
        Path pgData = dataDir.resolve("postgres").toAbsolutePath();
        if (Files.isDirectory(pgData)) {
            // safe only because we hold the folder's lock: whoever started that server is dead
            OrphanPostgres.stopIfLeftBehind(pgData);
        }
        if (fresh) {
            deleteRecursively(pgData);
        }
        Files.createDirectories(pgData);
        long started = System.nanoTime();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres pg = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {} ({} ms)", pg.getPort(), pgData,
                (System.nanoTime() - started) / 1_000_000);
        return pg;
    }

    @Bean
    EmbeddedRoles embeddedRoles(EmbeddedPostgres pg, @Value("${sabueso.data-dir:./data}") Path dataDir) {
        return EmbeddedRoles.ensure(pg.getPostgresDatabase(), dataDir);
    }

    /** The owner's connection, for Flyway only: one connection opened for the migration and closed after it. */
    @Bean
    @FlywayDataSource
    DataSource migrationDataSource(EmbeddedPostgres pg, EmbeddedRoles roles) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), url(pg), EmbeddedRoles.OWNER, "");
    }

    /**
     * The service's pool, as {@code sabueso_app}. Sub-commands (audit verify, benchmarks) are tools
     * an operator runs by hand on a stopped service's folder; they connect as the owner, since the
     * screening benchmark builds its pg_trgm baseline in a schema of its own.
     */
    @Bean
    @Primary
    DataSource dataSource(EmbeddedPostgres pg, EmbeddedRoles roles, @Value("${sabueso.db.pool-size:20}") int poolSize,
                          @Value("${sabueso.command-mode:false}") boolean commandMode) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url(pg));
        config.setUsername(commandMode ? EmbeddedRoles.OWNER : EmbeddedRoles.APP);
        config.setPassword(commandMode ? "" : roles.appPassword());
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("sabueso");
        return new HikariDataSource(config);
    }

    private static String url(EmbeddedPostgres pg) {
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres?reWriteBatchedInserts=true";
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
