package org.sabueso.interchange.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.interchange.ImportAborted;
import org.sabueso.interchange.ImportReport;
import org.sabueso.shared.NdjsonLines;
import org.sabueso.interchange.internal.ImportBatchWriter.Pending;
import org.sabueso.interchange.internal.ImportBatchWriter.Written;
import org.sabueso.network.Network;
import org.sabueso.network.NetworkImport;
import org.sabueso.person.Persons;
import org.sabueso.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of one import, touched by the reading thread only: the batch being filled, the batches
 * in flight on the writer threads, the network entities held for the end, and the counts. Only
 * the batches in hand and the first rejected lines are held in memory, whatever the body's size.
 */
final class ImportRun {

    /** Persons per transaction (see {@link EntityImporter#BATCH}). */
    static final int BATCH = EntityImporter.BATCH;

    /** A progress line in the log every this many lines, so a long import shows it is alive. */
    static final long PROGRESS_EVERY = 100_000;

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

    /** A batch handed to the writer. */
    private record InFlight(long firstLine, Future<Written> result) {
    }

    private final Viewer viewer;
    private final SharingScope scope;
    private final UUID importId;
    private final Consumer<ImportReport> progress;
    private final ExecutorService writer;
    private final int writers;
    private final ImportBatchWriter batches;
    private final FtmJson json;
    private final long started = System.nanoTime();
    private long lines;
    private long imported;
    private long noticeCount;
    private long skipped;
    private long rejectedCount;
    private final List<ImportReport.RejectedLine> rejected = new ArrayList<>();
    private List<Pending> batch = new ArrayList<>(BATCH);
    private Map<String, Pending> batchByExternalId = new HashMap<>(BATCH * 2);
    private final Deque<InFlight> inFlight = new ArrayDeque<>();
    private final ImportedNetwork network = new ImportedNetwork();
    private NetworkImport.Outcome networkOutcome = new NetworkImport.Outcome(0, 0, 0, Map.of());

    ImportRun(Viewer viewer, SharingScope scope, UUID importId, Consumer<ImportReport> progress,
              ExecutorService writer, int writers, ImportBatchWriter batches, FtmJson json) {
        this.viewer = viewer;
        this.scope = scope;
        this.importId = importId;
        this.progress = progress;
        this.writer = writer;
        this.writers = writers;
        this.batches = batches;
        this.json = json;
    }

    void accept(NdjsonLines line) {
        lines = line.lineNumber();
        try {
            if (line.tooLong()) {
                throw new LineRejected(null, InterchangeRefusal.LINE_TOO_LONG, EntityImporter.MAX_LINE_BYTES / 1024);
            }
            if (!line.isBlank()) {
                take(json.read(line.bytes(), line.length()), line.lineNumber());
            }
        } catch (LineRejected e) {
            reject(e.at(line.lineNumber()));
        }
        if (lines % PROGRESS_EVERY == 0) {
            log.info("FtM import by agency {}: {} lines, {} persons imported, {} rejected, {} lines/s",
                    viewer.agencyId(), lines, imported, rejectedCount, rate());
            if (progress != null) {
                progress.accept(report());
            }
        }
    }

    private void take(FtmEntity e, long lineNumber) {
        switch (e.schema()) {
            case FtmEntity.PERSON -> {
                PersonMapping.Imported person = PersonMapping.person(e);
                Pending earlier = batchByExternalId.get(person.externalId());
                if (earlier != null) {
                    throw new LineRejected("id", InterchangeRefusal.DUPLICATE, earlier.line);
                }
                if (batch.size() >= BATCH) {
                    flush();
                }
                Pending p = new Pending(lineNumber, person);
                batch.add(p);
                batchByExternalId.put(person.externalId(), p);
            }
            case FtmEntity.SANCTION -> {
                // completes the notice of a wanted person read just before, as exports write them
                PersonMapping.NoticeFacts facts = PersonMapping.noticeFacts(e);
                Pending subject = batchByExternalId.get(facts.entityId());
                if (subject == null || !subject.entity.wanted()) {
                    skipped++;
                    return;
                }
                if (!facts.offences().isEmpty()) {
                    subject.offences = facts.offences();
                }
                if (facts.summary() != null) {
                    subject.summary = facts.summary();
                }
                if (facts.reference() != null) {
                    subject.reference = facts.reference();
                }
            }
            default -> {
                if (!network.take(e, lineNumber)) {
                    skipped++;
                }
            }
        }
    }

    /** Writes the organisations, addresses and links in one transaction, once every person is written. */
    void importNetwork(Network writerOfNetworks, Persons persons) {
        networkOutcome = network.write(writerOfNetworks, persons, viewer, scope);
        // the network module words its own rejections; they are shown as it wrote them
        networkOutcome.rejected().forEach((line, error) ->
                reject(new ImportReport.RejectedLine(line, null, Refusal.sentence(error))));
    }

    /** Hands the batch to the writer, first waiting while {@code writers} batches are in flight. */
    void flush() {
        if (batch.isEmpty()) {
            return;
        }
        while (inFlight.size() >= writers) {
            settle(inFlight.removeFirst());
        }
        List<Pending> handed = batch;
        batch = new ArrayList<>(BATCH);
        batchByExternalId = new HashMap<>(BATCH * 2);
        inFlight.addLast(new InFlight(handed.getFirst().line, writer.submit(() -> batches.writeOnce(handed))));
    }

    long firstUnwrittenLine(long current) {
        return batch.isEmpty() ? current + 1 : batch.getFirst().line;
    }

    void awaitAll() {
        while (!inFlight.isEmpty()) {
            settle(inFlight.removeFirst());
        }
    }

    /**
     * After a failure: waits for the batches still in flight, so that none is written after we
     * answer, and counts those that were.
     */
    void drain() {
        while (!inFlight.isEmpty()) {
            try {
                count(inFlight.removeFirst().result().get());
            } catch (ExecutionException | RuntimeException e) {
                // the first failure is the one reported
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void settle(InFlight f) {
        try {
            count(f.result().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw abort(f, e);
        } catch (ExecutionException e) {
            throw abort(f, e.getCause());
        }
    }

    private void count(Written w) {
        imported += w.persons();
        noticeCount += w.notices();
        w.duplicates().forEach(p -> reject(new LineRejected("id", InterchangeRefusal.ALREADY_IMPORTED).at(p.line)));
    }

    private ImportAborted abort(InFlight f, Throwable cause) {
        log.warn("FtM import by agency {} stopped at the batch from line {}: {}", viewer.agencyId(),
                f.firstLine(), cause.getClass().getSimpleName());
        drain();
        return new ImportAborted(report(), f.firstLine(), cause);
    }

    private void reject(ImportReport.RejectedLine line) {
        rejectedCount++;
        if (rejected.size() < ImportReport.MAX_LISTED) {
            rejected.add(line);
        }
    }

    long rate() {
        double seconds = (System.nanoTime() - started) / 1e9;
        return seconds <= 0 ? 0 : Math.round(lines / seconds);
    }

    ImportReport report() {
        List<ImportReport.RejectedLine> inOrder = new ArrayList<>(rejected);
        inOrder.sort(Comparator.comparingLong(ImportReport.RejectedLine::line));
        return new ImportReport(importId, lines, imported, noticeCount, skipped, rejectedCount, inOrder,
                networkOutcome.organisations(), networkOutcome.places(), networkOutcome.links());
    }
}
