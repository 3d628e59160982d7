package org.sabueso.screening.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.Capability;
import org.sabueso.agency.Viewer;
import org.sabueso.screening.KeptScreening;
import org.sabueso.screening.KeptScreenings;
import org.sabueso.screening.ScreeningRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kept screenings as their agency sees them: only the agency that screened, and among its staff
 * those who screen or answer hits. Another agency gets nothing, as if it did not exist.
 */
@Service
class KeptScreeningService implements KeptScreenings {

    private final KeptScreeningRepository repository;
    private final Clock clock;
    private final Duration retain;

    KeptScreeningService(KeptScreeningRepository repository, Clock clock,
                         @Value("${sabueso.screening.retain:P90D}") Duration retain) {
        this.repository = repository;
        this.clock = clock;
        this.retain = retain;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<KeptScreening> get(Viewer viewer, UUID id) {
        if (viewer.isPublic() || viewer.agencyId() == null
                || !(Capability.SCREEN.allows(viewer) || Capability.ANSWER_HITS.allows(viewer))) {
            return Optional.empty();
        }
        return repository.find(id, viewer.agencyId(), clock.instant().minus(retain))
                .map(k -> new KeptScreening(k.id(), k.screenedBy(), k.agencyId(), k.name(), k.birthDate(),
                        k.nationality(), k.documents().stream()
                                .map(d -> new ScreeningRequest.Document(d.type(), d.number(), d.country())).toList(),
                        k.purpose(), k.place(), k.screenedAt(), k.screenedAt().plus(retain)));
    }
}
