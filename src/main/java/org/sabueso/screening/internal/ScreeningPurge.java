package org.sabueso.screening.internal;

import java.time.Clock;
import java.time.Duration;

import org.sabueso.shared.Auditable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes kept screenings older than {@code sabueso.screening.retain} (P90D by default): at start,
 * then every {@code sabueso.screening.purge-every} (PT1H by default). Travellers' personal data
 * are kept no longer than re-matching needs them; a screening past the period never re-matches
 * even before the purge reaches it (the re-matcher reads only the period). Each purge that deleted
 * anything leaves an audit entry with the count, nothing else.
 */
@Component
class ScreeningPurge {

    /** A purge, for the audit trail: how many, and the period. */
    record Purged(int count, Duration retain) implements Auditable {
        public String actor() { return "system:screening-purge"; }
        public String actorAgency() { return null; }
        public String action() { return "screening.purge"; }
        public String targetType() { return "screening"; }
        public String targetId() { return null; }
        public String detail() { return count + " kept screenings older than " + retain; }
    }

    private final KeptScreeningRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration retain;
    private final TransactionTemplate inTransaction;

    ScreeningPurge(KeptScreeningRepository repository, ApplicationEventPublisher events, Clock clock,
                   @Value("${sabueso.screening.retain:P90D}") Duration retain, PlatformTransactionManager transactions) {
        this.inTransaction = new TransactionTemplate(transactions);
        this.repository = repository;
        this.events = events;
        this.clock = clock;
        this.retain = retain;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        purge();
    }

    /** Deletes what is past the period, with its audit entry in the same transaction; how many. */
    @Scheduled(fixedDelayString = "${sabueso.screening.purge-every:PT1H}", initialDelayString = "${sabueso.screening.purge-every:PT1H}")
    public int purge() {
        Integer purged = inTransaction.execute(s -> {
            int n = repository.purge(clock.instant().minus(retain));
            if (n > 0) {
                events.publishEvent(new Purged(n, retain));
            }
            return n;
        });
        return purged == null ? 0 : purged;
    }
}
