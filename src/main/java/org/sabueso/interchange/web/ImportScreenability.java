package org.sabueso.interchange.web;

import java.time.Duration;
import java.time.Instant;

import org.sabueso.agency.Viewer;
import org.sabueso.interchange.ImportReport;
import org.sabueso.notice.NoticeImports;
import org.sabueso.screening.ScreeningIndexStatus;
import org.sabueso.screening.ScreeningIndexes;
import org.springframework.stereotype.Component;

/**
 * Whether the notices of an import a screening can find yet, for the import's answer. An FtM
 * import's notices wait UNDER_REVIEW for a second person, so they are not screenable when it
 * answers; if none waits (every notice already reviewed, or none at all), the answer waits at most
 * {@link #BOUND} for the screening index to take in every change committed so far, so that
 * {@code screenable: true} means a screening finds them now.
 */
@Component
class ImportScreenability {

    /** The longest an answer waits for the index: an import of 100,000 notices is indexed well within it. */
    static final Duration BOUND = Duration.ofSeconds(5);

    private final NoticeImports imports;
    private final ScreeningIndexes indexes;

    ImportScreenability(NoticeImports imports, ScreeningIndexes indexes) {
        this.imports = imports;
        this.indexes = indexes;
    }

    /** The screening index's status, with the names of {@code GET /api/v1/screenings/index}. */
    record IndexJson(int notices, long pending, Instant lastChange) {
        static IndexJson of(ScreeningIndexStatus s) {
            return new IndexJson(s.notices(), s.pending(), s.lastChange());
        }
    }

    record Answer(boolean screenable, long underReview, IndexJson index) {
    }

    Answer of(Viewer viewer, ImportReport report) {
        long underReview = report.notices() == 0 ? 0 : imports.summary(viewer, report.importId()).underReview();
        if (underReview > 0) {
            return new Answer(false, underReview, IndexJson.of(indexes.status()));
        }
        ScreeningIndexStatus status = indexes.awaitCaughtUp(BOUND);
        return new Answer(status.caughtUp(), 0, IndexJson.of(status));
    }
}
