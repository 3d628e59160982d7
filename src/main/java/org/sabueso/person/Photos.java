package org.sabueso.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Photos of persons. Every photo is cleaned on the way in as a tip photo is (a real JPEG or PNG,
 * bounded in bytes and pixels, re-encoded from its pixels so no metadata survives) and kept as a
 * JPEG; the newest is the person's main photo. Like {@link Persons}, reads here do not apply the
 * sharing policy: callers reach a person through a record they may see (the notice module's
 * {@code SubjectPhotos} does this for pages and the API: photos follow the notice's sharing scope).
 */
public interface Photos {

    /** The newest photo of the person as JPEG bytes, or empty when they have none. */
    Optional<byte[]> mainPhotoJpeg(PersonId person);

    /**
     * Cleans and stores a photo of the person; returns its id. Refuses with a
     * {@link org.sabueso.shared.PhotoRefusal} code on {@code field} (not an image, truncated, too
     * large, too many pixels), or {@link PersonRefusal#NOT_FOUND} for an unknown person; nothing is
     * stored then.
     */
    UUID attach(PersonId person, String declaredType, byte[] bytes, String field, String attachedBy, String agency);

    /** The person's photos, newest (the main photo) first. */
    List<PersonPhoto> list(PersonId person);

    /** One photo's bytes and type, if it is a photo of this person. */
    Optional<Image> image(PersonId person, UUID photoId);

    /** The main photo's id of each of the given persons that has one. */
    Map<UUID, UUID> mainPhotoIds(Collection<UUID> persons);

    /** A stored photo: its type and its cleaned bytes. */
    record Image(UUID id, String contentType, byte[] bytes) {
    }
}
