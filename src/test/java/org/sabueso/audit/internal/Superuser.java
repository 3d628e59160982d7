package org.sabueso.audit.internal;

import java.util.function.Consumer;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a database superuser can do to the trail, for tests that tamper with it: the service's
 * own connection cannot, so tests take the embedded server's superuser connection explicitly.
 */
final class Superuser {

    private final DataSource dataSource;
    private final TransactionTemplate tx;

    Superuser(EmbeddedPostgres pg) {
        this.dataSource = pg.getPostgresDatabase();
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** Runs the work in one transaction with triggers off for that transaction only. */
    void withTriggersOff(Consumer<JdbcClient> work) {
        tx.executeWithoutResult(s -> {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            work.accept(jdbc);
        });
    }

    void withTriggersOff(String sql, Object... params) {
        withTriggersOff(jdbc -> jdbc.sql(sql).params(params).update());
    }

    /** The superuser's connection with triggers on. */
    JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }
}
