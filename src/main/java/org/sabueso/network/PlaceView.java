package org.sabueso.network;

import java.util.UUID;

import org.sabueso.shared.CountryCode;

public record PlaceView(UUID id, String name, NodeType kind, CountryCode country, String locality, String address,
                        String externalId) {
}
