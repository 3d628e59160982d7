package org.sabueso.person;

import java.time.Instant;
import java.util.UUID;

/** A photo of a person as lists show it: what it is and who attached it, not its bytes. */
public record PersonPhoto(UUID id, UUID personId, String contentType, int width, int height, int size,
                          String attachedBy, String attachedByAgency, Instant attachedAt) {
}
