package org.sabueso.person;

import java.util.UUID;

/**
 * A photo was attached to a person. The federation module listens (issue 16): the photos of a
 * shared notice's subject travel with the notice's copies.
 */
public record PhotoAttached(UUID photoId, UUID personId, String attachedBy, String agency) {
}
