package org.sabueso.person.internal;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.person.PersonId;
import org.sabueso.person.PersonPhoto;
import org.sabueso.person.PersonRefusal;
import org.sabueso.person.PhotoAttached;
import org.sabueso.person.Photos;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.PhotoCleaner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcPhotos implements Photos {

    /**
     * Photos are kept as JPEG at most this many pixels on their longer side: a notice page shows
     * a portrait at 180 × 225 and a printed A4 poster at about 9 cm, 1,000 px at 280 dpi; a
     * 12-megapixel original would cost 3–6 MB a page view for nothing.
     */
    static final int KEPT_SIDE = 1200;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    JdbcPhotos(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public Optional<byte[]> mainPhotoJpeg(PersonId person) {
        return jdbc.sql("""
                        SELECT bytes FROM person_photo WHERE person_id = ? AND content_type = 'image/jpeg'
                        ORDER BY attached_at DESC, id DESC LIMIT 1""")
                .param(person.value()).query(byte[].class).optional();
    }

    @Override
    @Transactional
    public UUID attach(PersonId person, String declaredType, byte[] bytes, String field, String attachedBy, String agency) {
        // the person first: an unknown person is refused before any pixel is decoded
        Optional<Optional<String>> known = jdbc.sql("SELECT copy_of_node FROM person WHERE id = ?").param(person.value())
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional();
        if (known.isEmpty()) {
            throw new DomainException.NotFound(PersonRefusal.NOT_FOUND, person.value());
        }
        if (known.get().isPresent()) {
            throw new DomainException.Conflict(PersonRefusal.COPY_READ_ONLY, known.get().get());
        }
        PhotoCleaner.Clean clean = PhotoCleaner.clean(declaredType, bytes, field, PhotoCleaner.Output.jpegWithin(KEPT_SIDE));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO person_photo (id, person_id, content_type, bytes, width, height, attached_by, attached_by_agency)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, person.value(), clean.contentType(), clean.bytes(), clean.width(), clean.height(),
                        attachedBy, agency)
                .update();
        events.publishEvent(new PhotoAttached(id, person.value(), attachedBy, agency));
        return id;
    }

    @Override
    public List<PersonPhoto> list(PersonId person) {
        return jdbc.sql("""
                        SELECT id, person_id, content_type, width, height, octet_length(bytes), attached_by,
                               attached_by_agency, attached_at
                        FROM person_photo WHERE person_id = ? ORDER BY attached_at DESC, id DESC""")
                .param(person.value())
                .query((rs, n) -> new PersonPhoto(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getString(8),
                        rs.getTimestamp(9).toInstant()))
                .list();
    }

    @Override
    public Optional<Image> image(PersonId person, UUID photoId) {
        return jdbc.sql("SELECT id, content_type, bytes FROM person_photo WHERE id = ? AND person_id = ?")
                .params(photoId, person.value())
                .query((rs, n) -> new Image(rs.getObject(1, UUID.class), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    @Override
    public Map<UUID, UUID> mainPhotoIds(Collection<UUID> persons) {
        Map<UUID, UUID> out = new HashMap<>();
        if (persons.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        SELECT DISTINCT ON (person_id) person_id, id FROM person_photo WHERE person_id = ANY(?)
                        ORDER BY person_id, attached_at DESC, id DESC""")
                .param(persons.toArray(UUID[]::new))
                .query((ResultSet rs) -> {
                    out.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                });
        return out;
    }
}
