package org.sabueso.screening;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits until every listener has finished with the events about a record (a notice activated: the
 * screening index took it in, its link proposals are written). The event publication registry
 * marks a publication complete only when its listener has done its work, so the outcome is
 * there once none about the record is left incomplete: no guessed sleep.
 */
public final class EventsHandled {

    /**
     * Generous for a listener that screens one notice in milliseconds: the bound only stops a
     * broken listener from hanging the run, while the demo's own import may still hold event threads.
     */
    public static final Duration BOUND = Duration.ofSeconds(20);

    private EventsHandled() {
    }

    /** Returns once no event publication that mentions {@code id} is incomplete; fails after {@link #BOUND}. */
    public static void about(JdbcClient jdbc, String id) {
        await("listeners done with " + id).atMost(BOUND).pollInterval(Duration.ofMillis(25))
                .until(() -> jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
                        + " AND serialized_event LIKE ?").param("%" + id + "%").query(Long.class).single() == 0);
    }
}
