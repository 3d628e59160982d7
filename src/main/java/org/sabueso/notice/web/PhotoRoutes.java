package org.sabueso.notice.web;

import java.io.IOException;
import java.time.Duration;

import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.Notices;
import org.sabueso.notice.SubjectPhotos;
import org.sabueso.person.PersonRefusal;
import org.sabueso.person.Photos;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.PhotoRefusal;
import org.sabueso.web.RequestRefusal;
import org.sabueso.web.RequestValues;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages' photo routes: the console's upload on the notice page and its image addresses, and
 * the portal's photo of a public notice. Each answers through {@link SubjectPhotos}, so a photo
 * is served exactly where its notice may be seen.
 */
@Controller
class PhotoRoutes {

    /** The file input's name on the notice page, and the field a refusal names. */
    static final String FIELD = "file";

    private final SubjectPhotos photos;
    private final Notices notices;

    PhotoRoutes(SubjectPhotos photos, Notices notices) {
        this.photos = photos;
        this.notices = notices;
    }

    /**
     * Attaches the file to the notice's subject and comes back to the photo panel; a refusal is
     * shown beside the file field (flash attribute {@code photoProblem}), and nothing is stored.
     */
    @PostMapping("/console/notices/{id}/photos")
    String upload(Viewer viewer, @PathVariable String id, @RequestParam(name = FIELD, required = false) MultipartFile file,
                  RedirectAttributes redirect) {
        NoticeDetail n = notices.peek(viewer, RequestValues.pathId(id))
                .orElseThrow(() -> new DomainException.NotFound(RequestRefusal.NO_SUCH_RECORD));
        try {
            photos.attach(viewer, n.subject().id(), file == null ? null : file.getContentType(), bytes(file), FIELD);
            redirect.addFlashAttribute("done", "photo.added");
        } catch (DomainException.InvalidInput | DomainException.NotAllowed e) {
            redirect.addFlashAttribute("photoProblem", e.refusal());
        }
        return "redirect:/console/notices/" + n.id() + "#photos";
    }

    /** One photo for the console; its id names fixed bytes, so the officer's browser may keep it. */
    @GetMapping("/console/persons/{person}/photos/{photo}")
    ResponseEntity<byte[]> consoleImage(Viewer viewer, @PathVariable String person, @PathVariable String photo) {
        Photos.Image image = photos.image(viewer, RequestValues.pathId(person), RequestValues.pathId(photo))
                .orElseThrow(() -> new DomainException.NotFound(PersonRefusal.PHOTO_NOT_FOUND, photo));
        return answer(image, CacheControl.maxAge(Duration.ofDays(1)).cachePrivate());
    }

    /**
     * The main photo of a notice's subject for the public: only a PUBLIC, open notice's. Kept a
     * minute at most, so a notice withdrawn from the portal stops showing its photo soon after.
     */
    @GetMapping("/notices/{id}/photo.jpg")
    ResponseEntity<byte[]> publicImage(@PathVariable String id) {
        SubjectPhotos.MainPhoto main = photos.ofNotice(Viewer.PUBLIC, RequestValues.pathId(id))
                .orElseThrow(() -> new DomainException.NotFound(RequestRefusal.NO_SUCH_RECORD));
        Photos.Image image = photos.image(Viewer.PUBLIC, main.personId(), main.photoId())
                .orElseThrow(() -> new DomainException.NotFound(RequestRefusal.NO_SUCH_RECORD));
        return answer(image, CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic());
    }

    static ResponseEntity<byte[]> answer(Photos.Image image, CacheControl cache) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType())).cacheControl(cache)
                .header("Content-Disposition", "inline; filename=\"" + image.id() + (image.contentType().endsWith("png") ? ".png" : ".jpg") + "\"")
                .body(image.bytes());
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? null : file.getBytes();
        } catch (IOException e) {
            throw new DomainException.InvalidInput(FIELD, PhotoRefusal.PHOTO_UNREADABLE);
        }
    }
}
