package org.sabueso.network;

import java.time.LocalDate;
import java.util.UUID;

public record Designation(UUID id, UUID organisationId, String authority, String program, LocalDate designatedOn,
                          String source) {
}
