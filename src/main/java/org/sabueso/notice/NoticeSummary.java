package org.sabueso.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.sabueso.agency.SharingScope;

/** A notice as lists show it. */
public record NoticeSummary(UUID id, String reference, NoticeStatus status, String issuingAgencyId,
                            String issuingCountry, UUID subjectId, String subjectName, List<String> offences,
                            RequestedAction requestedAction, SharingScope sharingScope, LocalDate reviewBy,
                            Instant updatedAt) {
}
