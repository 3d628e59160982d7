package org.sabueso.network;

import org.sabueso.shared.CountryCode;

/** A place (town, region, border crossing) or facility (prison, port, mine) to record. */
public record NewPlace(String name, NodeType kind, CountryCode country, String locality, String address,
                       String externalId) {
}
