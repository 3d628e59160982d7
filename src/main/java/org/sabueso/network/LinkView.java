package org.sabueso.network;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.SharingScope;
import org.sabueso.shared.PartialDate;

/** A link as recorded, with the labels of its two ends. */
public record LinkView(UUID id, LinkType type, NodeRef from, String fromLabel, NodeRef to, String toLabel, String role,
                       PartialDate started, PartialDate ended, String source, Confidence confidence,
                       String issuingAgencyId, String issuingCountry, SharingScope sharingScope,
                       Set<String> partnerAgencyIds, String externalId, String createdBy, Instant createdAt)
        implements ReleasedWhenRecorded {
}
