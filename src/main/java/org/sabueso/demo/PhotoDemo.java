package org.sabueso.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.AgencyView;
import org.sabueso.agency.Agencies;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.Custody;
import org.sabueso.custody.CustodyViews;
import org.sabueso.notice.NoticeQuery;
import org.sabueso.notice.NoticeSummary;
import org.sabueso.notice.Notices;
import org.sabueso.person.PersonId;
import org.sabueso.person.PersonView;
import org.sabueso.person.Persons;
import org.sabueso.person.Photos;
import org.sabueso.shared.PhotoCleaner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gives the demo's people photos: {@link Portraits}, drawn by the application, never a real face.
 * Not every person of the thousands generated gets one (each costs a drawing and a cleaning,
 * measured at 30–300 ms on the busy 2-core test machine, and a real register has people without
 * photos too): the persons an officer or the public meets
 * first do, namely the subjects of the portal's first pages, of each agency's most recent notices
 * (the Tocorón case among them) and review queue (the escapees' notices), and the prisoners in
 * custody.
 */
@Component
class PhotoDemo {

    private static final Logger log = LoggerFactory.getLogger(PhotoDemo.class);

    private final Agencies agencies;
    private final Notices notices;
    private final Persons persons;
    private final Photos photos;
    private final Custody custody;
    private final Clock clock;
    private final int perList;

    PhotoDemo(Agencies agencies, Notices notices, Persons persons, Photos photos, Custody custody, Clock clock,
              @Value("${sabueso.demo.photos-per-list:12}") int perList) {
        this.agencies = agencies;
        this.notices = notices;
        this.persons = persons;
        this.photos = photos;
        this.custody = custody;
        this.clock = clock;
        this.perList = perList;
    }

    /** Draws and attaches the portraits; returns how many. */
    int load() {
        long started = System.currentTimeMillis();
        Set<UUID> people = new LinkedHashSet<>();
        subjects(Viewer.PUBLIC, perList * 2, people);
        LocalDate today = LocalDate.now(clock);
        for (AgencyView a : DemoData.AGENCIES) {
            String cc = a.country().value().toLowerCase();
            agencies.viewerFor(cc + ".supervisor").ifPresent(v -> {
                subjects(v, perList, people);
                // the review queue holds the notices drafted for escapees from their prisoner files
                notices.reviewQueue(v, 0).items().stream().map(NoticeSummary::subjectId).forEach(people::add);
            });
            agencies.viewerFor(cc + ".prison").ifPresent(v -> prisoners(v, a.country().value(), today, people));
        }
        people.removeAll(photos.mainPhotoIds(people).keySet());
        Map<UUID, PersonView> views = persons.getAll(people);
        int drawn = 0;
        for (PersonView p : views.values()) {
            Integer age = p.birthDate() == null ? null : today.getYear() - p.birthDate().year();
            long seed = (p.writtenName() + "|" + p.birthDate()).hashCode() * 0x9E3779B97F4A7C15L;
            byte[] jpeg = PhotoCleaner.jpeg(Portraits.draw(seed, p.sex(), age));
            photos.attach(PersonId.of(p.id()), "image/jpeg", jpeg, "file", "demo", p.assertedBy());
            drawn++;
        }
        log.info("Demo portraits: {} drawn in {} ms", drawn, System.currentTimeMillis() - started);
        return drawn;
    }

    private void subjects(Viewer viewer, int count, Set<UUID> into) {
        notices.search(viewer, new NoticeQuery("", null, null, null, 0, count)).items().stream()
                .map(NoticeSummary::subjectId).forEach(into::add);
    }

    private void prisoners(Viewer viewer, String country, LocalDate today, Set<UUID> into) {
        for (CustodyViews.FacilityRow row : custody.facilities(viewer, country, today)) {
            if (!custody.mayReadPrisonerFiles(viewer, row.facility())) {
                continue;
            }
            for (CustodyViews.Unit unit : custody.units(viewer, row.facility().id())) {
                custody.inUnit(viewer, unit.id()).forEach(f -> into.add(f.personId()));
            }
        }
    }
}
