package org.sabueso.network;

import java.util.Set;

import org.sabueso.agency.SharingScope;

/** Who issued a link or event and how widely it is shared: the notice's sharing, applied by the sharing policy. */
public record Share(String issuingAgencyId, String issuingCountry, SharingScope scope, Set<String> partnerAgencyIds) {

    public Share {
        partnerAgencyIds = partnerAgencyIds == null ? Set.of() : Set.copyOf(partnerAgencyIds);
    }
}
