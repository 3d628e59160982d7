package org.sabueso.notice.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.sabueso.notice.Notices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Expires notices past their review-by date: at start and a few minutes after each midnight. */
@Component
@ConditionalOnProperty(name = "sabueso.command-mode", havingValue = "false", matchIfMissing = true)
class ExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(ExpiryJob.class);

    private final Notices notices;
    private final Clock clock;

    ExpiryJob(Notices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 5 0 * * *")
    void expire() {
        int n = notices.expireOverdue(LocalDate.now(clock));
        if (n > 0) {
            log.info("Expired {} notices past their review-by date", n);
        }
    }
}
