package org.sabueso.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.Shared;
import org.sabueso.agency.SharingScope;
import org.sabueso.person.PersonView;

/** A notice with its subject, as the notice page and the API show it. */
public record NoticeDetail(UUID id, String reference, NoticeStatus status, String issuingAgencyId,
                           String issuingCountry, PersonView subject, List<String> offences, String summary,
                           String warrantReference, String legalBasis, RequestedAction requestedAction,
                           SharingScope sharingScope, Set<String> partnerAgencyIds, LocalDate reviewBy,
                           String createdBy, Instant createdAt, Instant updatedAt, Instant activatedAt,
                           int version) implements Shared {

    @Override
    public boolean released() {
        return status.released();
    }

    @Override
    public boolean publiclyListed() {
        return status.open();
    }
}
