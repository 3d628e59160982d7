package org.sabueso.network;

import java.util.List;
import java.util.Set;

import org.sabueso.shared.CountryCode;
import org.sabueso.shared.PartialDate;

/** An organisation to record. {@code externalId} is its FtM id when imported, else null. */
public record NewOrganisation(String name, List<String> aliases, OrganisationKind kind, PartialDate founded,
                              Set<CountryCode> countries, List<String> activities, String summary, String externalId) {

    public NewOrganisation {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }
}
