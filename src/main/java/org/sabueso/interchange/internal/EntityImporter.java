package org.sabueso.interchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.sabueso.agency.Role;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.interchange.ImportAborted;
import org.sabueso.interchange.ImportReport;
import org.sabueso.interchange.InterchangeEvents;
import org.sabueso.network.Network;
import org.sabueso.network.NetworkImport;
import org.sabueso.notice.NoticeImports;
import org.sabueso.notice.Notices.ImportedNotice;
import org.sabueso.person.NewPerson;
import org.sabueso.person.Persons;
import org.sabueso.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams an FtM NDJSON body into persons and notices: reads a line at a time, checks it, and
 * writes {@value #BATCH} persons per transaction. The request thread reads and checks the next
 * batch while a writer thread writes the one before, so parsing hides behind the database. Only
 * the batches in hand and the first rejected lines are held in memory, whatever the body's size.
 */
@Component
class EntityImporter {

    static final int BATCH = 2000;
    static final int MAX_LINE_BYTES = 64 * 1024;
    static final long PROGRESS_EVERY = 100_000;

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

    /** At most this many organisations, addresses and links in one import; they are written together at the end. */
    static final int MAX_NETWORK_ENTITIES = 200_000;

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    static void onlyAnalystsAndSupervisorsOfAnAgencyMayImport(Viewer viewer) {
        if (viewer.agencyId() == null || !(viewer.has(Role.ANALYST) || viewer.has(Role.SUPERVISOR))) {
            throw new DomainException.NotAllowed("only analysts and supervisors of an agency may import");
        }
    }

    static void importsNeedAScopeWithoutPartners(SharingScope scope) {
        if (scope == null) {
            throw new DomainException.InvalidInput("scope", "say how widely imported notices are shared: "
                    + "PUBLIC, ALL_MEMBERS, NATIONAL or AGENCY");
        }
        if (scope == SharingScope.PARTNERS) {
            throw new DomainException.InvalidInput("scope", "imports cannot name partner agencies; choose "
                    + "PUBLIC, ALL_MEMBERS, NATIONAL or AGENCY");
        }
    }

    ImportReport run(Viewer viewer, InputStream body, SharingScope scope, Consumer<ImportReport> progress) {
        onlyAnalystsAndSupervisorsOfAnAgencyMayImport(viewer);
        importsNeedAScopeWithoutPartners(scope);
        ExecutorService writer = Executors.newFixedThreadPool(writers,
                Thread.ofPlatform().name("ftm-import-writer-", 1).daemon().factory());
        // opened first, so that every batch's notices wait for review in the same import
        Run run = new Run(viewer, scope, notices.open(viewer, scope), progress, writer);
        NdjsonLines lines = new NdjsonLines(body, MAX_LINE_BYTES);
        try {
            while (lines.next()) {
                run.accept(lines);
            }
            run.flush();
            run.awaitAll();
            run.importNetwork();
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

    /** One person of the batch being filled, with the notice facts a following Sanction line may add. */
    private static final class Pending {
        final long line;
        final PersonMapping.Imported entity;
        List<String> offences = List.of();
        String summary;
        String reference;

        Pending(long line, PersonMapping.Imported entity) {
            this.line = line;
            this.entity = entity;
            this.summary = entity.summary();
            this.reference = entity.externalId();
        }

        ImportedNotice notice() {
            return new ImportedNotice(entity.person(), offences, summary, reference);
        }
    }

    /** What writing a batch did; duplicates are persons the agency had already imported. */
    private record Written(int persons, int notices, List<Pending> duplicates) {
    }

    /** A batch handed to the writer. */
    private record InFlight(long firstLine, Future<Written> result) {
    }

    /** The state of one import; touched by the reading thread only. */
    private final class Run {
        private final Viewer viewer;
        private final SharingScope scope;
        private final UUID importId;
        private final Consumer<ImportReport> progress;
        private final ExecutorService writer;
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
        private final List<NetworkImport.Organisation> organisations = new ArrayList<>();
        private final List<NetworkImport.Place> places = new ArrayList<>();
        private final List<NetworkImport.Link> links = new ArrayList<>();
        private NetworkImport.Outcome networkOutcome = new NetworkImport.Outcome(0, 0, 0, Map.of());

        Run(Viewer viewer, SharingScope scope, UUID importId, Consumer<ImportReport> progress, ExecutorService writer) {
            this.viewer = viewer;
            this.scope = scope;
            this.importId = importId;
            this.progress = progress;
            this.writer = writer;
        }

        void accept(NdjsonLines line) {
            lines = line.lineNumber();
            try {
                if (line.tooLong()) {
                    throw new LineRejected("the line is longer than " + MAX_LINE_BYTES / 1024 + " kB");
                }
                if (!line.isBlank()) {
                    take(json.read(line.bytes(), line.length()), line.lineNumber());
                }
            } catch (LineRejected e) {
                reject(line.lineNumber(), e.getMessage());
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
                        throw new LineRejected("id: duplicate of line " + earlier.line + " (skipped)");
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
                case NetworkMapping.ORGANIZATION -> holdNetwork(() -> organisations.add(NetworkMapping.organisation(e, lineNumber)));
                case NetworkMapping.ADDRESS -> holdNetwork(() -> places.add(NetworkMapping.place(e, lineNumber)));
                case NetworkMapping.MEMBERSHIP, NetworkMapping.FAMILY, NetworkMapping.ASSOCIATE, NetworkMapping.UNKNOWN_LINK ->
                        holdNetwork(() -> links.add(NetworkMapping.link(e, lineNumber)));
                default -> skipped++;
            }
        }

        /** Network entities wait for the end: their links may name persons of any batch. */
        private void holdNetwork(Runnable add) {
            if (organisations.size() + places.size() + links.size() >= MAX_NETWORK_ENTITIES) {
                throw new LineRejected("more than " + MAX_NETWORK_ENTITIES + " organizations, addresses and links "
                        + "in one import; split the file");
            }
            add.run();
        }

        /** Writes the organisations, addresses and links in one transaction, once every person is written. */
        void importNetwork() {
            if (organisations.isEmpty() && places.isEmpty() && links.isEmpty()) {
                return;
            }
            java.util.Set<String> ends = new java.util.LinkedHashSet<>();
            links.forEach(l -> {
                ends.add(l.from());
                ends.add(l.to());
            });
            Map<String, org.sabueso.network.NodeRef> people = new HashMap<>();
            persons.idsByExternalId(viewer.agencyId(), ends)
                    .forEach((ftm, id) -> people.put(ftm, org.sabueso.network.NodeRef.person(id)));
            for (String end : ends) {
                if (!people.containsKey(end) && end.startsWith(PersonMapping.SABUESO_PERSON)) {
                    try {
                        UUID id = UUID.fromString(end.substring(PersonMapping.SABUESO_PERSON.length()));
                        people.put(end, org.sabueso.network.NodeRef.person(id));
                    } catch (IllegalArgumentException ignored) {
                        // not one of ours: left unresolved, the link is rejected
                    }
                }
            }
            networkOutcome = network.importNetwork(viewer, new NetworkImport(organisations, places, links, people, scope));
            networkOutcome.rejected().forEach(this::reject);
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
            inFlight.addLast(new InFlight(handed.getFirst().line, writer.submit(() -> writeOnce(handed))));
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
            w.duplicates().forEach(p -> reject(p.line, "id: already imported by your agency (skipped; "
                    + "imports do not update existing persons)"));
        }

        private ImportAborted abort(InFlight f, Throwable cause) {
            log.warn("FtM import by agency {} stopped at the batch from line {}: {}", viewer.agencyId(),
                    f.firstLine(), cause.getClass().getSimpleName());
            drain();
            return new ImportAborted(report(), f.firstLine(), cause);
        }

        /**
         * Writes the batch, and again if a concurrent writer (another import, or a neighbouring batch
         * of this one) wrote one of its ids since we looked, or the two deadlocked on such an id.
         */
        private Written writeOnce(List<Pending> handed) {
            for (int attempt = 1; ; attempt++) {
                try {
                    return write(handed);
                } catch (DuplicateKeyException | ConcurrencyFailureException raced) {
                    if (attempt == 3) {
                        throw raced;
                    }
                }
            }
        }

        /** One transaction: all of the batch, or (on failure) nothing of it. Runs on the writer thread. */
        private Written write(List<Pending> handed) {
            return transaction.execute(status -> {
                Map<String, UUID> existing = persons.idsByExternalId(viewer.agencyId(),
                        handed.stream().map(p -> p.entity.externalId()).toList());
                List<Pending> duplicates = new ArrayList<>();
                List<ImportedNotice> wanted = new ArrayList<>();
                List<NewPerson> plain = new ArrayList<>();
                for (Pending p : handed) {
                    if (existing.containsKey(p.entity.externalId())) {
                        duplicates.add(p);
                    } else if (p.entity.wanted()) {
                        wanted.add(p.notice());
                    } else {
                        plain.add(p.entity.person());
                    }
                }
                // Audit events last: appending to the audit chain takes a lock held until commit, and
                // a batch written beside this one waits for it. Written first, persons without notice
                // would keep that lock held through their inserts.
                if (!plain.isEmpty()) {
                    persons.recordAll(plain, viewer.agencyId());
                }
                if (!wanted.isEmpty()) {
                    notices.add(viewer, importId, wanted);
                }
                if (!plain.isEmpty()) {
                    events.publishEvent(new InterchangeEvents.PersonsImported(viewer.username(), viewer.agencyId(),
                            plain.size()));
                }
                return new Written(wanted.size() + plain.size(), wanted.size(), duplicates);
            });
        }

        private void reject(long line, String error) {
            rejectedCount++;
            if (rejected.size() < ImportReport.MAX_LISTED) {
                rejected.add(new ImportReport.RejectedLine(line, error));
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
}
