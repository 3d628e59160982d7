package org.sabueso.audit.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes the audit chain's head to a signed checkpoint every {@code sabueso.audit.checkpoint.interval}
 * (a minute by default: a tail cut by someone with superuser rights is then seen unless it was
 * cut within the last minute). Makes the signing key on the service's first start. Not in
 * sub-commands; the test profile switches the schedule off and calls the writer itself.
 */
@Component
@ConditionalOnProperty(name = "sabueso.command-mode", havingValue = "false", matchIfMissing = true)
class CheckpointJob {

    private final AuditCheckpoints checkpoints;
    private final boolean scheduled;

    CheckpointJob(AuditCheckpoints checkpoints, @Value("${sabueso.audit.checkpoint.scheduled:true}") boolean scheduled) {
        this.checkpoints = checkpoints;
        this.scheduled = scheduled;
        checkpoints.ensureKey();
    }

    @Scheduled(fixedDelayString = "${sabueso.audit.checkpoint.interval:PT1M}",
            initialDelayString = "${sabueso.audit.checkpoint.interval:PT1M}")
    void write() {
        if (scheduled) {
            checkpoints.write();
        }
    }
}
