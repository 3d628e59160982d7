package org.sabueso.notice.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticePagePart;
import org.sabueso.notice.SubjectPhotos;
import org.sabueso.person.PersonPhoto;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The subject's photos at the top of the console's notice page, with the file field to add one.
 * First of the page's parts: an officer compares the face before reading anything else.
 */
@Component
@Order(0)
class PhotoPagePart implements NoticePagePart {

    private final SubjectPhotos photos;

    PhotoPagePart(SubjectPhotos photos) {
        this.photos = photos;
    }

    /** What the panel shows: the photos (main first) and whether the form to add one is offered. */
    record Panel(UUID noticeId, String subjectName, List<Item> photos, boolean mayAttach) {
    }

    record Item(String href, PersonPhoto photo) {
    }

    @Override
    public Optional<Fragment> of(Viewer viewer, NoticeDetail notice, Locale locale) {
        UUID person = notice.subject().id();
        List<Item> items = photos.mayView(viewer, person)
                ? photos.list(viewer, person).stream().map(p -> new Item(PhotoLinks.href(person, p.id()), p)).toList()
                : List.of();
        boolean mayAttach = viewer.isAgencyAnalystOrSupervisor() || viewer.agencyId() != null && viewer.has(Role.PRISON_OFFICER);
        return Optional.of(new Fragment("notice/photos", "panel",
                new Panel(notice.id(), notice.subject().writtenName(), items, mayAttach)));
    }
}
