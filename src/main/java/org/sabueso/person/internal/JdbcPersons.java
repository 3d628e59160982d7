package org.sabueso.person.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

import org.sabueso.person.Alias;
import org.sabueso.person.IdentityDocument;
import org.sabueso.person.NewPerson;
import org.sabueso.person.PersonRefusal;
import org.sabueso.person.PersonView;
import org.sabueso.person.Persons;
import org.sabueso.person.PhysicalDescription;
import org.sabueso.person.Sex;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.InvalidValue;
import org.sabueso.shared.PartialDate;
import org.sabueso.shared.PersonName;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcPersons implements Persons {

    static final String COLUMNS = """
            id, external_id, full_name, given_names, first_surname, second_surname, particles, sex,
            birth_year, birth_month, birth_day, height_cm, build, marks, asserted_by""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcPersons(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    @Transactional
    public UUID record(NewPerson person, String assertingAgency) {
        return recordAll(List.of(person), assertingAgency).getFirst();
    }

    @Override
    @Transactional
    public List<UUID> recordAll(List<NewPerson> persons, String agency) {
        List<UUID> ids = new ArrayList<>(persons.size());
        List<Object[]> rows = new ArrayList<>(persons.size());
        for (NewPerson p : persons) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            rows.add(personRow(id, p, agency));
        }
        template.batchUpdate("INSERT INTO person (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows,
                new int[]{Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER,
                        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
        insertFacts(ids, persons, agency);
        return ids;
    }

    @Override
    @Transactional
    public void revise(UUID id, NewPerson p, String agency) {
        Object[] row = personRow(id, p, agency);
        int updated = jdbc.sql("""
                UPDATE person SET external_id = ?, full_name = ?, given_names = ?, first_surname = ?, second_surname = ?,
                particles = ?, sex = ?, birth_year = ?, birth_month = ?, birth_day = ?, height_cm = ?, build = ?,
                marks = ?, asserted_by = ?, updated_at = now() WHERE id = ?""")
                .params(row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9], row[10], row[11],
                        row[12], row[13], row[14], id)
                .update();
        if (updated == 0) {
            throw new InvalidValue(PersonRefusal.NOT_FOUND, id);
        }
        for (String table : List.of("person_alias", "person_nationality", "person_document")) {
            jdbc.sql("DELETE FROM " + table + " WHERE person_id = ?").param(id).update();
        }
        insertFacts(List.of(id), List.of(p), agency);
    }

    static Object[] personRow(UUID id, NewPerson p, String agency) {
        PersonName n = p.name();
        PartialDate b = p.birthDate();
        PhysicalDescription d = p.description();
        return new Object[]{id, p.externalId(), p.writtenName(), n.givenNames(), n.firstSurname(), n.secondSurname(),
                n.particles(), p.sex().name(), b == null ? null : b.year(), b == null ? null : b.month(),
                b == null ? null : b.day(), d.heightCm(), d.build(), d.marks(), agency};
    }

    void insertFacts(List<UUID> ids, List<NewPerson> persons, String agency) {
        List<Object[]> aliases = new ArrayList<>();
        List<Object[]> nationalities = new ArrayList<>();
        List<Object[]> documents = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            NewPerson p = persons.get(i);
            Set<String> seen = new java.util.HashSet<>();
            for (Alias a : p.aliases()) {
                if (seen.add(a.name() + a.nickname())) {
                    aliases.add(new Object[]{id, a.name(), a.nickname() ? "NICKNAME" : "ALIAS", agency});
                }
            }
            for (CountryCode c : p.nationalities()) {
                nationalities.add(new Object[]{id, c.value(), agency});
            }
            Set<String> docs = new java.util.HashSet<>();
            for (IdentityDocument d : p.documents()) {
                if (docs.add(d.type() + "\u0000" + d.number())) {
                    documents.add(new Object[]{id, d.type(), d.number(), d.country() == null ? null : d.country().value(), agency});
                }
            }
        }
        if (!aliases.isEmpty()) {
            template.batchUpdate("INSERT INTO person_alias (person_id, alias, kind, asserted_by) VALUES (?,?,?,?)", aliases);
        }
        if (!nationalities.isEmpty()) {
            template.batchUpdate("INSERT INTO person_nationality (person_id, country, asserted_by) VALUES (?,?,?)", nationalities);
        }
        if (!documents.isEmpty()) {
            template.batchUpdate("INSERT INTO person_document (person_id, type, number, country, asserted_by) VALUES (?,?,?,?,?)", documents);
        }
    }

    @Override
    public Optional<PersonView> get(UUID id) {
        return Optional.ofNullable(getAll(List.of(id)).get(id));
    }

    @Override
    public Map<UUID, PersonView> getAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        UUID[] array = ids.toArray(UUID[]::new);
        Map<UUID, Facts> facts = new HashMap<>();
        jdbc.sql("SELECT person_id, alias, kind FROM person_alias WHERE person_id = ANY(?) ORDER BY kind DESC, alias")
                .param(array).query((ResultSet rs) -> {
                    facts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new Facts()).aliases
                            .add(new Alias(rs.getString(2), "NICKNAME".equals(rs.getString(3))));
                });
        jdbc.sql("SELECT person_id, country FROM person_nationality WHERE person_id = ANY(?)")
                .param(array).query((ResultSet rs) -> {
                    facts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new Facts()).nationalities
                            .add(rs.getString(2));
                });
        jdbc.sql("SELECT person_id, type, number, country FROM person_document WHERE person_id = ANY(?) ORDER BY type")
                .param(array).query((ResultSet rs) -> {
                    String c = rs.getString(4);
                    facts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new Facts()).documents
                            .add(new IdentityDocument(rs.getString(2), rs.getString(3), c == null ? null : new CountryCode(c)));
                });
        Map<UUID, PersonView> out = new LinkedHashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE id = ANY(?)").param(array)
                .query((ResultSet rs) -> {
                    PersonView v = map(rs, facts.getOrDefault(rs.getObject(1, UUID.class), new Facts()));
                    out.put(v.id(), v);
                });
        return out;
    }

    @Override
    public Map<String, UUID> idsByExternalId(String assertingAgency, Collection<String> externalIds) {
        Map<String, UUID> out = new HashMap<>();
        if (externalIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT external_id, id FROM person WHERE asserted_by = ? AND external_id = ANY(?)")
                .params(assertingAgency, externalIds.toArray(String[]::new))
                .query((ResultSet rs) -> {
                    out.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        return out;
    }

    @Override
    public void forEachAssertedBy(String agencyId, Consumer<PersonView> action) {
        // PostgreSQL orders uuids by their bytes: the nil uuid is the smallest (Java's compareTo is signed)
        UUID after = new UUID(0L, 0L);
        while (true) {
            List<UUID> page = jdbc.sql("""
                    SELECT id FROM person WHERE asserted_by = ? AND id > ? ORDER BY id LIMIT 1000""")
                    .params(agencyId, after).query(UUID.class).list();
            if (page.isEmpty()) {
                return;
            }
            Map<UUID, PersonView> views = getAll(page);
            page.forEach(id -> action.accept(views.get(id)));
            after = page.getLast();
        }
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
    }

    private static PersonView map(ResultSet rs, Facts f) throws SQLException {
        Integer year = (Integer) rs.getObject(9);
        PartialDate birth = year == null ? null
                : new PartialDate(year, (Integer) rs.getObject(10), (Integer) rs.getObject(11));
        String sex = rs.getString(8);
        PersonName name;
        try {
            name = new PersonName(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7));
        } catch (IllegalArgumentException e) {
            name = PersonName.parse(rs.getString(3));
        }
        Set<CountryCode> nats = new TreeSet<>(java.util.Comparator.comparing(CountryCode::value));
        f.nationalities.forEach(c -> nats.add(new CountryCode(c)));
        return new PersonView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), name,
                List.copyOf(f.aliases), birth, nats, List.copyOf(f.documents),
                sex == null ? Sex.UNKNOWN : Sex.valueOf(sex),
                new PhysicalDescription((Integer) rs.getObject(12), rs.getString(13), rs.getString(14)),
                rs.getString(15));
    }

    private static final class Facts {
        final List<Alias> aliases = new ArrayList<>();
        final List<String> nationalities = new ArrayList<>();
        final List<IdentityDocument> documents = new ArrayList<>();
    }
}
