package org.sabueso.audit.internal;

import java.io.PrintStream;
import java.util.List;

import org.sabueso.audit.AuditEntry;
import org.sabueso.audit.AuditTrail;
import org.sabueso.audit.ChainVerdict;
import org.sabueso.shared.SubCommand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code audit verify [--anchor=SEQ:HASH] [--no-checkpoint]}: walks the whole chain and prints
 * {@code audit: OK entries=N head=<hash>} (exit 0) or the first broken link (exit 1). The chain
 * must also hold the head of the latest signed checkpoint under {@code sabueso.data-dir}
 * (a cut tail is {@code reason=truncated after checkpoint}); {@code --no-checkpoint} skips
 * that, for a database restored from a backup older than the checkpoints. Progress
 * goes to standard error so the verdict on standard output stays one line a script can read.
 */
@Component
class AuditVerifyCommand implements SubCommand {

    static final int OK = 0;
    static final int BROKEN = 1;
    static final int USAGE = 2;

    private final AuditTrail trail;
    private final PrintStream out;
    private final PrintStream err;

    @Autowired
    AuditVerifyCommand(AuditTrail trail) {
        this(trail, System.out, System.err);
    }

    /** Writes to the given streams instead of the console, for tests. */
    AuditVerifyCommand(AuditTrail trail, PrintStream out, PrintStream err) {
        this.trail = trail;
        this.out = out;
        this.err = err;
    }

    @Override
    public List<String> words() {
        return List.of("audit", "verify");
    }

    @Override
    public String description() {
        return "walks the audit chain, recomputing every hash, against the latest signed checkpoint;"
                + " --anchor=SEQ:HASH also checks a head written down earlier; --no-checkpoint skips the checkpoint";
    }

    @Override
    public int run(List<String> args) {
        ChainVerdict.Anchor anchor = null;
        boolean againstCheckpoint = true;
        for (String arg : args) {
            if (arg.startsWith("--anchor=")) {
                try {
                    anchor = ChainVerdict.Anchor.parse(arg.substring("--anchor=".length()));
                } catch (IllegalArgumentException e) {
                    err.println("audit: bad --anchor: " + e.getMessage());
                    return USAGE;
                }
            } else if (arg.equals("--no-checkpoint")) {
                againstCheckpoint = false;
            } else if (!arg.startsWith("--spring.") && !arg.startsWith("--sabueso.") && !arg.startsWith("--logging.")) {
                err.println("audit: unknown argument " + arg + "; usage: audit verify [--anchor=SEQ:HASH] [--no-checkpoint]");
                return USAGE;
            }
        }
        long total = trail.head().map(AuditEntry::seq).orElse(0L);
        long started = System.nanoTime();
        if (total >= AuditTrail.PROGRESS_EVERY) {
            err.printf("audit: verifying about %d entries%n", total);
        }
        ChainVerdict verdict = trail.verify(anchor, againstCheckpoint, checked -> err.printf("audit: %d of about %d entries checked (%d%%)%n",
                checked, total, total == 0 ? 100 : Math.min(100, checked * 100 / total)));
        long millis = (System.nanoTime() - started) / 1_000_000;
        return switch (verdict) {
            case ChainVerdict.Intact ok -> {
                out.printf("audit: OK entries=%d head=%s%n", ok.entries(), ok.headHash());
                err.printf("audit: head seq=%d, checked in %d ms; write down %d:%s to check it later with --anchor%n",
                        ok.headSeq(), millis, ok.headSeq(), ok.headHash());
                yield OK;
            }
            case ChainVerdict.Broken broken -> {
                out.printf("audit: BROKEN at seq=%d reason=%s%n", broken.seq(), broken.problem().label());
                out.printf("audit: %s; %d entries before it are intact%n", broken.detail(), broken.entries());
                yield BROKEN;
            }
        };
    }
}
