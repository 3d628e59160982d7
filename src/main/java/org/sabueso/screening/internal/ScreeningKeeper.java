package org.sabueso.screening.internal;

import java.time.Clock;
import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.screening.KeptScreeningRefusal;
import org.sabueso.screening.internal.matching.Query;
import org.sabueso.shared.Refusal;
import org.springframework.stereotype.Component;

/**
 * What is kept of every screening (one at a time or a manifest's line) for re-matching: the row
 * and its keys. The {@link ScreeningWriter} writes it in the same commit as the screening's audit
 * entry and hits, and the screening answers only once it is committed: a notice that goes ACTIVE
 * after the answer always finds it.
 *
 * <p>What is kept is what is needed to screen again (README, "Re-matching"); nothing of it is
 * logged. A viewer without agency keeps nothing: nobody could see it.
 */
@Component
class ScreeningKeeper {

    /** A place is a border post, a prison, an airport: a line, not a paragraph. */
    static final int MAX_PLACE = 120;

    private final Clock clock;

    ScreeningKeeper(Clock clock) {
        this.clock = clock;
    }

    /** Why the request's place cannot be kept, or null when it can (absent, or one line of at most {@link #MAX_PLACE}). */
    static Refusal placeFault(String place) {
        if (place == null) {
            return null;
        }
        String p = place.strip();
        if (p.length() > MAX_PLACE) {
            return Refusal.of(KeptScreeningRefusal.PLACE_LONG, MAX_PLACE);
        }
        if (p.chars().anyMatch(Character::isISOControl)) {
            return Refusal.of(KeptScreeningRefusal.PLACE_CONTROL);
        }
        return null;
    }

    /** The place as kept: stripped, null when blank. */
    static String place(String place) {
        return place == null || place.isBlank() ? null : place.strip();
    }

    /** The screening as it is kept, or null when the viewer has no agency (nothing is kept). */
    KeptScreeningKeys.Row row(UUID screeningId, Viewer viewer, String name, Query q, String purpose, String place) {
        if (viewer.agencyId() == null) {
            return null;
        }
        KeptScreeningRepository.Kept kept = new KeptScreeningRepository.Kept(screeningId, viewer.agencyId(),
                viewer.country(), viewer.username(), name, q.birthDate() == null ? null : q.birthDate().toString(),
                q.nationality(), q.documents(), purpose, place(place), clock.instant());
        return KeptScreeningKeys.of(kept, q);
    }
}
