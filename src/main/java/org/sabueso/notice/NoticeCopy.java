package org.sabueso.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.Shared;
import org.sabueso.agency.SharingScope;

/**
 * A notice of another node as this node keeps it (issue 16): the issuing node's own id,
 * reference and issuing agency, what it says and how widely it is shared, marked with the node it
 * came from ({@code fromNode}), which alone speaks for it. Its subject is a person copy with
 * {@code subjectId} kept as well ({@code person.PersonCopies}), stored before the notice.
 */
public record NoticeCopy(UUID id, String reference, NoticeStatus status, String issuingAgencyId,
                         String issuingCountry, UUID subjectId, String subjectName, List<String> offences,
                         String summary, String warrantReference, String legalBasis, RequestedAction requestedAction,
                         SharingScope sharingScope, Set<String> partnerAgencyIds, LocalDate reviewBy,
                         String createdBy, Instant activatedAt, String fromNode) implements Shared {

    public NoticeCopy {
        offences = offences == null ? List.of() : List.copyOf(offences);
        partnerAgencyIds = partnerAgencyIds == null ? Set.of() : Set.copyOf(partnerAgencyIds);
    }

    @Override
    public boolean released() {
        return status.released();
    }

    @Override
    public boolean publiclyListed() {
        return status.open();
    }
}
