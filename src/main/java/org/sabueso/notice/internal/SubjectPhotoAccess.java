package org.sabueso.notice.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.Role;
import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.SubjectPhotos;
import org.sabueso.person.PersonId;
import org.sabueso.person.PersonPhoto;
import org.sabueso.person.PersonRefusal;
import org.sabueso.person.PersonView;
import org.sabueso.person.Persons;
import org.sabueso.person.Photos;
import org.sabueso.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Decides who reaches a person's photos with the same SQL filter the notice lists use, so a photo
 * is never visible where its notice is not.
 */
@Service
class SubjectPhotoAccess implements SubjectPhotos {

    private final JdbcClient jdbc;
    private final Persons persons;
    private final Photos photos;

    SubjectPhotoAccess(JdbcClient jdbc, Persons persons, Photos photos) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.photos = photos;
    }

    @Override
    public boolean mayView(Viewer viewer, UUID personId) {
        return personId != null && visible(viewer, List.of(personId)).contains(personId);
    }

    @Override
    public Map<UUID, UUID> mainPhotoIds(Viewer viewer, Collection<UUID> personIds) {
        Set<UUID> given = new HashSet<>(personIds);
        given.remove(null);
        Map<UUID, UUID> main = photos.mainPhotoIds(given);
        if (main.isEmpty()) {
            return main;
        }
        // the visibility query only for persons who have a photo at all
        Set<UUID> visible = visible(viewer, main.keySet());
        main.keySet().retainAll(visible);
        return main;
    }

    @Override
    public Optional<MainPhoto> ofNotice(Viewer viewer, UUID noticeId) {
        SharingPolicy.SqlFilter filter = SharingPolicy.sqlFilter(viewer, NoticeRepository.COLUMNS);
        List<Object> params = new ArrayList<>(filter.params());
        params.add(noticeId);
        Optional<UUID> subject = jdbc.sql("SELECT n.subject_id FROM notice n WHERE " + filter.condition() + " AND n.id = ?")
                .params(params).query(UUID.class).optional();
        return subject.flatMap(s -> Optional.ofNullable(photos.mainPhotoIds(List.of(s)).get(s))
                .map(photo -> new MainPhoto(s, photo)));
    }

    @Override
    public List<PersonPhoto> list(Viewer viewer, UUID personId) {
        if (!mayView(viewer, personId)) {
            throw new DomainException.NotFound(PersonRefusal.NOT_FOUND, personId);
        }
        return photos.list(PersonId.of(personId));
    }

    @Override
    public Optional<Photos.Image> image(Viewer viewer, UUID personId, UUID photoId) {
        return mayView(viewer, personId) ? photos.image(PersonId.of(personId), photoId) : Optional.empty();
    }

    @Override
    public UUID attach(Viewer viewer, UUID personId, String declaredType, byte[] bytes, String field) {
        if (!mayView(viewer, personId)) {
            throw new DomainException.NotFound(PersonRefusal.NOT_FOUND, personId);
        }
        boolean attaches = viewer.isAgencyAnalystOrSupervisor() || viewer.agencyId() != null && viewer.has(Role.PRISON_OFFICER);
        if (!attaches || !ownAgencyKnows(viewer, personId)) {
            throw new DomainException.NotAllowed(PersonRefusal.PHOTO_NOT_ALLOWED);
        }
        return photos.attach(PersonId.of(personId), declaredType, bytes, field, viewer.username(), viewer.agencyId());
    }

    /** The viewer's agency recorded the person or issued a notice on them (in any state). */
    private boolean ownAgencyKnows(Viewer viewer, UUID personId) {
        boolean recorded = persons.get(personId).map(p -> viewer.belongsTo(p.assertedBy())).orElse(false);
        return recorded || jdbc.sql("SELECT EXISTS (SELECT 1 FROM notice WHERE subject_id = ? AND issuing_agency_id = ?)")
                .params(personId, viewer.agencyId()).query(Boolean.class).single();
    }

    /** Of the given persons, those the viewer may see: a visible notice about them, or recorded by their own agency. */
    private Set<UUID> visible(Viewer viewer, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        SharingPolicy.SqlFilter filter = SharingPolicy.sqlFilter(viewer, NoticeRepository.COLUMNS);
        List<Object> params = new ArrayList<>(filter.params());
        params.add(personIds.toArray(UUID[]::new));
        Set<UUID> out = new HashSet<>(jdbc.sql("SELECT DISTINCT n.subject_id FROM notice n WHERE " + filter.condition()
                        + " AND n.subject_id = ANY(?)")
                .params(params).query(UUID.class).list());
        if (!viewer.isPublic() && viewer.agencyId() != null) {
            List<UUID> rest = personIds.stream().filter(id -> !out.contains(id)).toList();
            Map<UUID, PersonView> recorded = rest.isEmpty() ? new HashMap<>() : persons.getAll(rest);
            recorded.values().stream().filter(p -> viewer.belongsTo(p.assertedBy())).map(PersonView::id).forEach(out::add);
        }
        return out;
    }
}
