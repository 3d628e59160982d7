package org.sabueso.agency;

import org.sabueso.shared.CountryCode;

public record AgencyView(String id, CountryCode country, String name, AgencyKind kind) {
}
