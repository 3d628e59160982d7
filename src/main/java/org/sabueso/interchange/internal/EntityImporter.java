package org.sabueso.interchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.interchange.ImportAborted;
import org.sabueso.interchange.ImportReport;
import org.sabueso.shared.NdjsonLines;
import org.sabueso.network.Network;
import org.sabueso.notice.NoticeImports;
import org.sabueso.person.Persons;
import org.sabueso.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams an FtM NDJSON body into persons and notices: reads a line at a time, checks it, and
 * writes {@value #BATCH} persons per transaction. The request thread reads and checks the next
 * batch ({@link ImportRun}) while a writer thread writes the one before ({@link ImportBatchWriter}),
 * so parsing hides behind the database.
 */
@Component
class EntityImporter {

    static final int BATCH = 2000;
    static final int MAX_LINE_BYTES = 64 * 1024;

    /** The scopes an import may have, as the refusals name them. */
    private static final String IMPORT_SCOPES = "PUBLIC, ALL_MEMBERS, NATIONAL, AGENCY";

    private static final Logger log = LoggerFactory.getLogger(EntityImporter.class);

    private final NoticeImports notices;
    private final Persons persons;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final int writers;
    private final Network network;
    private final FtmJson json = new FtmJson(union(PersonMapping.READ, NetworkMapping.READ));

    EntityImporter(NoticeImports notices, Persons persons, Network network, ApplicationEventPublisher events,
                   PlatformTransactionManager transactions,
                   @Value("${sabueso.interchange.import-writers:2}") int writers) {
        this.notices = notices;
        this.persons = persons;
        this.network = network;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.writers = Math.max(1, writers);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    static void onlyAnalystsAndSupervisorsOfAnAgencyMayImport(Viewer viewer) {
        if (!viewer.isAgencyAnalystOrSupervisor()) {
            throw new DomainException.NotAllowed(InterchangeRefusal.IMPORT_NOT_ALLOWED);
        }
    }

    static void importsNeedAScopeWithoutPartners(SharingScope scope) {
        if (scope == null) {
            throw new DomainException.InvalidInput("scope", InterchangeRefusal.SCOPE_REQUIRED, IMPORT_SCOPES);
        }
        if (scope == SharingScope.PARTNERS) {
            throw new DomainException.InvalidInput("scope", InterchangeRefusal.SCOPE_PARTNERS, IMPORT_SCOPES);
        }
    }

    ImportReport run(Viewer viewer, InputStream body, SharingScope scope, Consumer<ImportReport> progress) {
        onlyAnalystsAndSupervisorsOfAnAgencyMayImport(viewer);
        importsNeedAScopeWithoutPartners(scope);
        ExecutorService writer = Executors.newFixedThreadPool(writers,
                Thread.ofPlatform().name("ftm-import-writer-", 1).daemon().factory());
        // opened first, so that every batch's notices wait for review in the same import
        var importId = notices.open(viewer, scope);
        ImportRun run = new ImportRun(viewer, scope, importId, progress, writer, writers,
                new ImportBatchWriter(notices, persons, events, transaction, viewer, importId), json);
        NdjsonLines lines = new NdjsonLines(body, MAX_LINE_BYTES);
        try {
            while (lines.next()) {
                run.accept(lines);
            }
            run.flush();
            run.awaitAll();
            run.importNetwork(network, persons);
        } catch (IOException e) {
            // the client went away or stalled: what was read but not yet written is dropped
            run.drain();
            log.warn("FtM import by agency {} stopped: the body could not be read after line {}", viewer.agencyId(),
                    lines.lineNumber());
            throw new ImportAborted(run.report(), run.firstUnwrittenLine(lines.lineNumber()), e);
        } catch (RuntimeException e) {
            run.drain();
            throw e;
        } finally {
            writer.shutdown();
        }
        ImportReport report = run.report();
        log.info("FtM import by agency {} done: {} lines, {} persons imported, {} notices, {} skipped, {} rejected, {} lines/s",
                viewer.agencyId(), report.lines(), report.imported(), report.notices(), report.skipped(),
                report.rejectedCount(), run.rate());
        return report;
    }
}
