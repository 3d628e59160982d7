package org.sabueso.interchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.interchange.InterchangeEvents;
import org.sabueso.notice.NoticeImports;
import org.sabueso.notice.Notices.ImportedNotice;
import org.sabueso.person.NewPerson;
import org.sabueso.person.Persons;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one batch of an import's persons, with the notices of the wanted ones, in one
 * transaction: all of the batch or, on failure, nothing of it. Runs on a writer thread.
 */
final class ImportBatchWriter {

    /**
     * Attempts per batch: a concurrent writer (another import, or a neighbouring batch of this one)
     * may write one of its ids since we looked, or deadlock with it on such an id; the third
     * failure in a row is a real one.
     */
    private static final int ATTEMPTS = 3;

    /** One person of the batch being filled, with the notice facts a following Sanction line may add. */
    static final class Pending {
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
    record Written(int persons, int notices, List<Pending> duplicates) {
    }

    private final NoticeImports notices;
    private final Persons persons;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Viewer viewer;
    private final UUID importId;

    ImportBatchWriter(NoticeImports notices, Persons persons, ApplicationEventPublisher events,
                      TransactionTemplate transaction, Viewer viewer, UUID importId) {
        this.notices = notices;
        this.persons = persons;
        this.events = events;
        this.transaction = transaction;
        this.viewer = viewer;
        this.importId = importId;
    }

    /** Writes the batch, and again if a concurrent writer raced it on one of its ids. */
    Written writeOnce(List<Pending> handed) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write(handed);
            } catch (DuplicateKeyException | ConcurrencyFailureException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

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
}
