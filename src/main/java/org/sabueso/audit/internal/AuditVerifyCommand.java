package org.sabueso.audit.internal;

import java.io.PrintStream;

import org.sabueso.audit.AuditEntry;
import org.sabueso.audit.AuditTrail;
import org.sabueso.audit.ChainVerdict;
import org.sabueso.shared.SubCommand;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * {@code audit verify [--anchor=SEQ:HASH] [--no-checkpoint]}: walks the whole chain and prints
 * {@code audit: OK entries=N head=<hash>} (exit 0) or the first broken link (exit 1). The chain
 * must also hold the head of the latest signed checkpoint under {@code sabueso.data-dir}
 * (a cut tail is {@code reason=truncated after checkpoint}); {@code --no-checkpoint} skips
 * that, for a database restored from a backup older than the checkpoints. Progress
 * goes to standard error so the verdict on standard output stays one line a script can read.
 */
@Command(name = "audit verify", description = "walks the audit chain, recomputing every hash, against the latest signed checkpoint")
class AuditVerifyCommand implements SubCommand {

    static final int OK = 0;
    static final int BROKEN = 1;

    @Option(names = "--anchor", paramLabel = "SEQ:HASH", converter = AnchorText.class,
            description = "also checks a head written down earlier")
    ChainVerdict.Anchor anchor;

    @Option(names = "--no-checkpoint", description = "skips the signed checkpoint, for a database restored from an older backup")
    boolean noCheckpoint;

    private final PrintStream out;
    private final PrintStream err;

    AuditVerifyCommand() {
        this(System.out, System.err);
    }

    /** Writes to the given streams instead of the console, for tests. */
    AuditVerifyCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public int run(ApplicationContext context) {
        return verify(context.getBean(AuditTrail.class));
    }

    int verify(AuditTrail trail) {
        long total = trail.head().map(AuditEntry::seq).orElse(0L);
        long started = System.nanoTime();
        if (total >= AuditTrail.PROGRESS_EVERY) {
            err.printf("audit: verifying about %d entries%n", total);
        }
        ChainVerdict verdict = trail.verify(anchor, !noCheckpoint, checked -> err.printf("audit: %d of about %d entries checked (%d%%)%n",
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

    /** {@code SEQ:HASH} as written down from an earlier run; a bad one is a usage error (exit 2). */
    static final class AnchorText implements ITypeConverter<ChainVerdict.Anchor> {
        @Override
        public ChainVerdict.Anchor convert(String value) {
            return ChainVerdict.Anchor.parse(value);
        }
    }
}
