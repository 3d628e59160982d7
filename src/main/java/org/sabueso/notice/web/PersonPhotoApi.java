package org.sabueso.notice.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.SubjectPhotos;
import org.sabueso.person.PersonPhoto;
import org.sabueso.person.PersonRefusal;
import org.sabueso.shared.DomainException;
import org.sabueso.web.RequestValues;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos of a person for API clients. Photos follow the sharing scope of the notices about the
 * person: a person the caller may not see is a 404, as an unknown one is.
 */
@RestController
@RequestMapping("/api/v1/persons/{id}/photos")
@Tag(name = "Photos", description = "Photos of a person: attach (cleaned: a real JPEG or PNG, re-encoded, metadata "
        + "stripped), list and fetch; visible where a notice about the person is")
class PersonPhotoApi {

    private final SubjectPhotos photos;

    PersonPhotoApi(SubjectPhotos photos) {
        this.photos = photos;
    }

    /** A photo as the list shows it, with the address of its bytes. */
    record PhotoJson(UUID id, String contentType, int width, int height, int size, String attachedBy,
                     String attachedByAgency, Instant attachedAt, boolean main, String href) {
        static PhotoJson of(PersonPhoto p, boolean main) {
            return new PhotoJson(p.id(), p.contentType(), p.width(), p.height(), p.size(), p.attachedBy(),
                    p.attachedByAgency(), p.attachedAt(), main, "/api/v1/persons/" + p.personId() + "/photos/" + p.id());
        }
    }

    record Attached(UUID id, String href) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a photo to a person (multipart field `file`, JPEG or PNG, at most 5 MB and 4096 × 4096 "
            + "pixels); answers 201 with the photo's id. Refusals: photo.empty, photo.type, photo.unreadable, "
            + "photo.too-large, photo.too-many-pixels (400), person.photo.not-allowed (403), person.not-found (404), "
            + "person.copy-read-only (409: a copy of another node's person)")
    ResponseEntity<Attached> attach(Viewer viewer, @PathVariable String id,
                                    @RequestParam(name = PhotoRoutes.FIELD, required = false) MultipartFile file) {
        UUID person = RequestValues.pathId(id);
        UUID photo = photos.attach(viewer, person, file == null ? null : file.getContentType(), PhotoRoutes.bytes(file),
                PhotoRoutes.FIELD);
        String href = "/api/v1/persons/" + person + "/photos/" + photo;
        return ResponseEntity.created(URI.create(href)).body(new Attached(photo, href));
    }

    @GetMapping
    @Operation(summary = "The person's photos, newest (the main photo) first")
    List<PhotoJson> list(Viewer viewer, @PathVariable String id) {
        List<PersonPhoto> list = photos.list(viewer, RequestValues.pathId(id));
        return list.stream().map(p -> PhotoJson.of(p, p == list.getFirst())).toList();
    }

    @GetMapping("/{photo}")
    @Operation(summary = "One photo's bytes (image/jpeg)")
    ResponseEntity<byte[]> image(Viewer viewer, @PathVariable String id, @PathVariable String photo) {
        return PhotoRoutes.answer(photos.image(viewer, RequestValues.pathId(id), RequestValues.pathId(photo))
                        .orElseThrow(() -> new DomainException.NotFound(PersonRefusal.PHOTO_NOT_FOUND, photo)),
                CacheControl.maxAge(Duration.ofDays(1)).cachePrivate());
    }
}
