package org.sabueso.tools.interchange;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyKind;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.Role;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.interchange.ImportReport;
import org.sabueso.interchange.Interchange;
import org.sabueso.notice.ComplianceChecks;
import org.sabueso.notice.NoticeImports;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.SubCommand;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench import --lines N}: generates N FtM Person lines into a temporary file and imports
 * them through {@link Interchange#importEntities}, the method the HTTP endpoint calls with the
 * request body. With {@code --write-file PATH} it only writes the lines, for {@code curl}.
 *
 * <p>Imported notices wait UNDER_REVIEW for a second person, as every import's do. Benches that
 * need them ACTIVE (screening against a million notices) pass {@code --review-as NAME}: a
 * supervisor of the importing agency other than the importer then approves the import through
 * {@link NoticeImports#review}, the same review a person makes with the API, timed on its own
 * line. The bench never takes a shorter path to ACTIVE than staff have.
 */
@Command(name = "bench import", description = "imports N generated FtM Person lines through the streaming importer")
class BenchImportCommand implements SubCommand {

    private static final String BENCH_USER = "bench.analyst";
    private static final String BENCH_REVIEWER = "bench.supervisor";

    @Option(names = "--lines", paramLabel = "N", description = "lines generated (default ${DEFAULT-VALUE})")
    long lines = 100_000;

    @Option(names = "--wanted-share", paramLabel = "SHARE", description = "share of lines with the wanted topic (default ${DEFAULT-VALUE})")
    double wantedShare = 0.3;

    @Option(names = "--seed", paramLabel = "S", description = "of the lines (default ${DEFAULT-VALUE})")
    long seed = 20231;

    @Option(names = "--write-file", paramLabel = "PATH", description = "only writes the lines to PATH (for curl)")
    String writeFile;

    @Option(names = "--id-prefix", paramLabel = "PREFIX", description = "of the entities' ids (default: bench- and the time, so runs never collide)")
    String idPrefix = "bench-" + Long.toString(System.currentTimeMillis(), 36);

    @Option(names = "--user", paramLabel = "NAME", description = "the importing analyst (default: a bench analyst created for it)")
    String user = BENCH_USER;

    @Option(names = "--review-as", paramLabel = "NAME", description = "approves the import as this supervisor")
    String reviewAs;

    @Option(names = "--scope", paramLabel = "SCOPE", description = "sharing scope of the imported notices (default ${DEFAULT-VALUE})")
    String scopeName = "ALL_MEMBERS";

    private Agencies agencies;

    @Override
    public int run(ApplicationContext context) throws Exception {
        Interchange interchange = context.getBean(Interchange.class);
        NoticeImports imports = context.getBean(NoticeImports.class);
        agencies = context.getBean(Agencies.class);
        if (writeFile != null) {
            long started = System.nanoTime();
            long wanted;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(writeFile)), 1 << 16)) {
                wanted = new FtmGenerator(seed, idPrefix, wantedShare).write(out, lines);
            }
            System.out.printf(Locale.ROOT, "write: lines=%d wanted=%d bytes=%d seconds=%.1f file=%s%n", lines, wanted,
                    Files.size(Path.of(writeFile)), (System.nanoTime() - started) / 1e9, writeFile);
            return 0;
        }
        Viewer viewer = viewer(user, Role.ANALYST);
        Viewer reviewer = reviewAs == null ? null : viewer(reviewAs, Role.SUPERVISOR);
        SharingScope scope = SharingScope.valueOf(scopeName.toUpperCase(Locale.ROOT));
        Path file = Files.createTempFile("sabueso-bench-", ".ftm.json");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                new FtmGenerator(seed, idPrefix, wantedShare).write(out, lines);
            }
            System.out.printf(Locale.ROOT, "generated %d lines (%d MB) in %s%n", lines, Files.size(file) >> 20, file);
            resetHeapPeaks();
            long cpuStarted = SubCommand.processCpuNanos();
            long started = System.nanoTime();
            ImportReport report;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                report = interchange.importEntities(viewer, in, scope, r -> System.out.printf(Locale.ROOT,
                        "  %,d lines, %,d imported, %,d rejected, %.0f lines/s%n", r.lines(), r.imported(),
                        r.rejectedCount(), r.lines() / ((System.nanoTime() - started) / 1e9)));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpu = (SubCommand.processCpuNanos() - cpuStarted) / 1e9;
            System.out.printf(Locale.ROOT, "  java_cpu_s=%.1f (this JVM only; PostgreSQL runs in its own processes)%n", cpu);
            System.out.printf(Locale.ROOT,
                    "import: lines=%d imported=%d rejected=%d seconds=%.1f lines_per_s=%.0f heap_max_mb=%d%n",
                    report.lines(), report.imported(), report.rejectedCount(), seconds, report.lines() / seconds,
                    heapPeakMb());
            if (reviewer != null) {
                long reviewStarted = System.nanoTime();
                NoticeImports.ImportReviewed reviewed = imports.review(reviewer, report.importId(),
                        ComplianceChecks.allPassing(), true, "bench import: generated data");
                System.out.printf(Locale.ROOT, "review: import=%s activated=%d seconds=%.1f%n", report.importId(),
                        reviewed.activated(), (System.nanoTime() - reviewStarted) / 1e9);
            } else {
                System.out.printf(Locale.ROOT, "  import %s waits for review (--review-as NAME approves it)%n",
                        report.importId());
            }
            return report.imported() + report.rejectedCount() == lines ? 0 : 1;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The named staff member, or the bench analyst or bench supervisor of a bench agency created
     * for the purpose (with the given role; a random password nobody knows).
     */
    private Viewer viewer(String username, Role role) {
        return agencies.viewerFor(username).orElseGet(() -> {
            if (!BENCH_USER.equals(username) && !BENCH_REVIEWER.equals(username)) {
                throw new IllegalArgumentException("no staff member " + username);
            }
            if (agencies.find("pe-bench").isEmpty()) {
                agencies.register(new AgencyView("pe-bench", new CountryCode("PE"), "Benchmark agency", AgencyKind.POLICE));
            }
            agencies.createUser(username, BENCH_USER.equals(username) ? "Bench analyst" : "Bench supervisor",
                    UUID.randomUUID().toString(), "pe-bench", EnumSet.of(role));
            return agencies.viewerFor(username).orElseThrow();
        });
    }


    private static void resetHeapPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of the peak heap in use. */
    private static long heapPeakMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }
}
