package org.sabueso.person;

import java.util.Optional;

/**
 * Photographs of persons, as other modules read them. Callers show a photo only where they may
 * show the record it belongs to (the poster, for instance, only for public notices).
 */
public interface Photos {

    /**
     * The person's main photograph as a cleaned JPEG (re-encoded, metadata stripped), or empty
     * when the person has none.
     */
    Optional<byte[]> mainPhotoJpeg(PersonId person);
}
