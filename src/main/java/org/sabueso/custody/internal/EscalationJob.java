package org.sabueso.custody.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.sabueso.custody.Custody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Opens escape incidents for roll-call shortfalls left unresolved past their deadline, every minute. */
@Component
@ConditionalOnProperty(name = "sabueso.command-mode", havingValue = "false", matchIfMissing = true)
class EscalationJob {

    private static final Logger log = LoggerFactory.getLogger(EscalationJob.class);

    private final Custody custody;
    private final Clock clock;
    private final boolean scheduled;

    /** {@code scheduled} false: the check runs only when staff run it (the test profile, so tests decide when). */
    EscalationJob(Custody custody, Clock clock, @Value("${sabueso.custody.scheduled-escalation:true}") boolean scheduled) {
        this.custody = custody;
        this.clock = clock;
        this.scheduled = scheduled;
    }

    @Scheduled(fixedDelayString = "${sabueso.custody.escalation-every:PT1M}", initialDelayString = "PT1M")
    void escalate() {
        if (!scheduled) {
            return;
        }
        List<UUID> opened = custody.escalateOverdueDiscrepancies(clock.instant());
        if (!opened.isEmpty()) {
            log.warn("Opened {} escape incidents for roll-call shortfalls past their deadline", opened.size());
        }
    }
}
