package org.sabueso.person.internal;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.person.NewPerson;
import org.sabueso.person.PersonCopyBatches;
import org.sabueso.person.PersonView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Person copies in bulk: the same rows {@link JdbcPersonCopies#upsert} writes for one not held, in batches. */
@Service
class JdbcPersonCopyBatches implements PersonCopyBatches {

    private final JdbcTemplate jdbc;
    private final JdbcPersons persons;

    JdbcPersonCopyBatches(JdbcTemplate jdbc, JdbcPersons persons) {
        this.jdbc = jdbc;
        this.persons = persons;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Optional<String>> holders(Collection<UUID> ids) {
        Map<UUID, Optional<String>> held = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("SELECT id, copy_of_node FROM person WHERE id = ANY(?)",
                    rs -> {
                        held.put(rs.getObject(1, UUID.class), Optional.ofNullable(rs.getString(2)));
                    }, (Object) ids.toArray(UUID[]::new));
        }
        return held;
    }

    @Override
    @Transactional
    public void insertAll(List<PersonView> copies, String fromNode) {
        if (copies.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(copies.size());
        Map<String, List<UUID>> idsByAgency = new LinkedHashMap<>();
        Map<String, List<NewPerson>> factsByAgency = new LinkedHashMap<>();
        for (PersonView p : copies) {
            NewPerson asserted = new NewPerson(p.writtenName(), p.name(), p.aliases(), p.birthDate(), p.nationalities(),
                    p.documents(), p.sex(), p.description(), p.externalId());
            Object[] row = JdbcPersons.personRow(p.id(), asserted, p.assertedBy());
            Object[] withNode = Arrays.copyOf(row, row.length + 1);
            withNode[row.length] = fromNode;
            rows.add(withNode);
            idsByAgency.computeIfAbsent(p.assertedBy(), a -> new ArrayList<>()).add(p.id());
            factsByAgency.computeIfAbsent(p.assertedBy(), a -> new ArrayList<>()).add(asserted);
        }
        jdbc.batchUpdate("INSERT INTO person (" + JdbcPersons.COLUMNS + ", copy_of_node) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                rows, new int[] {Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER,
                        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
        idsByAgency.forEach((agency, ids) -> persons.insertFacts(ids, factsByAgency.get(agency), agency));
    }
}
