package org.sabueso.notice.web;

import java.util.UUID;

import org.sabueso.agency.CurrentViewer;
import org.sabueso.notice.SubjectPhotos;
import org.springframework.stereotype.Component;

/**
 * The address of a person's main photo for the console's pages ({@code ${@photoLinks.ofPerson(id)}}),
 * or null when the signed-in viewer may not see it or there is none: a page then shows no photo.
 * Pages of several modules (screening results, the hit inbox, the roll call) show the same photo
 * this way without each reaching into the notices.
 */
@Component("photoLinks")
class PhotoLinks {

    private final SubjectPhotos photos;

    PhotoLinks(SubjectPhotos photos) {
        this.photos = photos;
    }

    public String ofPerson(UUID personId) {
        if (personId == null) {
            return null;
        }
        UUID photo = photos.mainPhotoIds(CurrentViewer.get(), java.util.List.of(personId)).get(personId);
        return photo == null ? null : href(personId, photo);
    }

    public String ofNotice(UUID noticeId) {
        return noticeId == null ? null
                : photos.ofNotice(CurrentViewer.get(), noticeId).map(m -> href(m.personId(), m.photoId())).orElse(null);
    }

    static String href(UUID person, UUID photo) {
        return "/console/persons/" + person + "/photos/" + photo;
    }
}
