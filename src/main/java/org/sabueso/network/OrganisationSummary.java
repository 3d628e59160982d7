package org.sabueso.network;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sabueso.shared.CountryCode;
import org.sabueso.shared.PartialDate;

public record OrganisationSummary(UUID id, String name, List<String> aliases, OrganisationKind kind,
                                  PartialDate founded, Set<CountryCode> countries, List<String> activities,
                                  String summary, String externalId, String assertedBy) {
}
