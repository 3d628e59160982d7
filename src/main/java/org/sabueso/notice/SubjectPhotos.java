package org.sabueso.notice;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.person.PersonPhoto;
import org.sabueso.person.Photos;

/**
 * Photos of persons as a viewer may reach them: photos follow the sharing scope of the notices
 * about the person. A staff member sees a person's photos when the sharing policy lets them see
 * a notice about the person, or when their own agency recorded the person (a prisoner's file,
 * before any notice); the public only when the person is the subject of a PUBLIC, open notice.
 * A person the viewer may not see is reported as not found, never as forbidden.
 */
public interface SubjectPhotos {

    /** Whether the viewer may see the person's photos. */
    boolean mayView(Viewer viewer, UUID personId);

    /** The main photo's id of each given person whose photos the viewer may see and who has one. */
    Map<UUID, UUID> mainPhotoIds(Viewer viewer, Collection<UUID> personIds);

    /** The subject's main photo of a notice the viewer may see, when it has one. */
    Optional<MainPhoto> ofNotice(Viewer viewer, UUID noticeId);

    /** The person's photos, newest (main) first; not found when the viewer may not see them. */
    List<PersonPhoto> list(Viewer viewer, UUID personId);

    /** A photo's bytes, when the viewer may see the person's photos and it is one of them. */
    Optional<Photos.Image> image(Viewer viewer, UUID personId, UUID photoId);

    /**
     * Cleans and attaches a photo to the person. Analysts, supervisors and prison officers of the
     * agency that recorded the person or issued a notice on them may; staff who only see a notice
     * of another agency may not change what that notice shows.
     */
    UUID attach(Viewer viewer, UUID personId, String declaredType, byte[] bytes, String field);

    /** A person's main photo, as a page links to it. */
    record MainPhoto(UUID personId, UUID photoId) {
    }
}
