package org.sabueso.person.internal;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sabueso.person.NewPerson;
import org.sabueso.person.PersonCopies;
import org.sabueso.person.PersonRefusal;
import org.sabueso.person.PersonView;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.PhotoCleaner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Persons copied from other nodes (issue 16), in the same tables as this node's own, with the
 * same fact rows ({@link JdbcPersons#insertFacts}) so that screening, pages and exports read them
 * as any person.
 */
@Service
class JdbcPersonCopies implements PersonCopies {

    private final JdbcClient jdbc;
    private final JdbcPersons persons;

    JdbcPersonCopies(JdbcClient jdbc, JdbcPersons persons) {
        this.jdbc = jdbc;
        this.persons = persons;
    }

    @Override
    @Transactional
    public void upsert(PersonView p, List<PhotoCopy> photos, String fromNode) {
        Optional<Optional<String>> held = holder(p.id());
        if (held.isPresent() && !held.get().equals(Optional.of(fromNode))) {
            throw new DomainException.Conflict(PersonRefusal.COPY_OF_OWN, p.id());
        }
        NewPerson asserted = new NewPerson(p.writtenName(), p.name(), p.aliases(), p.birthDate(), p.nationalities(),
                p.documents(), p.sex(), p.description(), p.externalId());
        Object[] row = JdbcPersons.personRow(p.id(), asserted, p.assertedBy());
        Object[] params = java.util.Arrays.copyOf(row, row.length + 1);
        params[row.length] = fromNode;
        jdbc.sql("INSERT INTO person (" + JdbcPersons.COLUMNS + ", copy_of_node) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                        + """
                         ON CONFLICT (id) DO UPDATE SET external_id = excluded.external_id, full_name = excluded.full_name,
                          given_names = excluded.given_names, first_surname = excluded.first_surname,
                          second_surname = excluded.second_surname, particles = excluded.particles, sex = excluded.sex,
                          birth_year = excluded.birth_year, birth_month = excluded.birth_month,
                          birth_day = excluded.birth_day, height_cm = excluded.height_cm, build = excluded.build,
                          marks = excluded.marks, asserted_by = excluded.asserted_by, updated_at = now()""")
                .params(params).update();
        clearFacts(p.id());
        persons.insertFacts(List.of(p.id()), List.of(asserted), p.assertedBy());
        replacePhotos(p.id(), photos);
    }

    /** Photos keep their ids: those held stay as they are, new ones are cleaned, those gone are deleted. */
    private void replacePhotos(UUID personId, List<PhotoCopy> photos) {
        Set<UUID> held = new HashSet<>(jdbc.sql("SELECT id FROM person_photo WHERE person_id = ?").param(personId)
                .query(UUID.class).list());
        Set<UUID> sent = new HashSet<>();
        for (PhotoCopy photo : photos) {
            sent.add(photo.id());
            if (held.contains(photo.id())) {
                continue;
            }
            // the owner cleaned it already; cleaned again here, a photo is never stored on another node's word
            PhotoCleaner.Clean clean = PhotoCleaner.clean(photo.contentType(), photo.bytes(), "photos",
                    PhotoCleaner.Output.jpegWithin(JdbcPhotos.KEPT_SIDE));
            jdbc.sql("""
                            INSERT INTO person_photo (id, person_id, content_type, bytes, width, height, attached_by,
                              attached_by_agency, attached_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(photo.id(), personId, clean.contentType(), clean.bytes(), clean.width(), clean.height(),
                            photo.attachedBy(), photo.attachedByAgency(),
                            Timestamp.from(photo.attachedAt() == null ? java.time.Instant.now() : photo.attachedAt()))
                    .update();
        }
        held.removeAll(sent);
        if (!held.isEmpty()) {
            jdbc.sql("DELETE FROM person_photo WHERE person_id = ? AND id = ANY(?)")
                    .params(personId, held.toArray(UUID[]::new)).update();
        }
    }

    private void clearFacts(UUID id) {
        for (String table : List.of("person_alias", "person_nationality", "person_document")) {
            jdbc.sql("DELETE FROM " + table + " WHERE person_id = ?").param(id).update();
        }
    }

    @Override
    @Transactional
    public boolean remove(UUID id, String fromNode) {
        if (!holder(id).equals(Optional.of(Optional.of(fromNode)))) {
            return false;
        }
        clearFacts(id);
        jdbc.sql("DELETE FROM person_photo WHERE person_id = ?").param(id).update();
        jdbc.sql("""
                UPDATE person SET external_id = NULL, sex = 'UNKNOWN', birth_year = NULL, birth_month = NULL,
                  birth_day = NULL, height_cm = NULL, build = NULL, marks = NULL, updated_at = now() WHERE id = ?""")
                .param(id).update();
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> copyOf(UUID id) {
        return holder(id).flatMap(h -> h);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean held(UUID id) {
        return holder(id).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PhotoCopy> photos(UUID id) {
        return jdbc.sql("""
                        SELECT id, content_type, bytes, width, height, attached_by, attached_by_agency, attached_at
                        FROM person_photo WHERE person_id = ? ORDER BY attached_at DESC, id DESC""")
                .param(id)
                .query((rs, n) -> new PhotoCopy(rs.getObject(1, UUID.class), rs.getString(2), rs.getBytes(3),
                        rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** Empty: not held; holding empty: a person of this node; else the node it is a copy of. */
    private Optional<Optional<String>> holder(UUID id) {
        return jdbc.sql("SELECT copy_of_node FROM person WHERE id = ?").param(id)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional();
    }
}
