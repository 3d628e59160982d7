package org.sabueso.network.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.sabueso.network.Designation;
import org.sabueso.network.NewDesignation;
import org.sabueso.network.NewOrganisation;
import org.sabueso.network.OrganisationKind;
import org.sabueso.network.OrganisationSummary;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.Page;
import org.sabueso.shared.PartialDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for organisations and their designations: reference facts every staff member sees. */
@Repository
class OrganisationRepository {

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertOrganisation(UUID id, NewOrganisation o, String agency, String actor) {
        jdbc.sql("""
                INSERT INTO organisation (id, external_id, name, aliases, kind, founded, countries, activities, summary,
                  asserted_by, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)""")
                .params(id, o.externalId(), o.name(), o.aliases().toArray(String[]::new), o.kind().name(),
                        o.founded() == null ? null : o.founded().toString(),
                        o.countries().stream().map(CountryCode::value).sorted().toArray(String[]::new),
                        o.activities().toArray(String[]::new), o.summary(), agency, actor)
                .update();
    }

    Optional<OrganisationSummary> organisation(UUID id) {
        return jdbc.sql("SELECT * FROM organisation WHERE id = ?").param(id).query(OrganisationRepository::organisation)
                .optional();
    }

    Page<OrganisationSummary> searchOrganisations(String text, int page, int size) {
        String where = "";
        List<Object> params = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            where = " WHERE lower(unaccent(name || ' ' || array_to_string(aliases, ' '))) LIKE ? ESCAPE '\\'";
            params.add(Sql.contains(text));
        }
        long total = jdbc.sql("SELECT count(*) FROM organisation" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<OrganisationSummary> items = jdbc.sql("SELECT * FROM organisation" + where + " ORDER BY name, id LIMIT ? OFFSET ?")
                .params(pageParams).query(OrganisationRepository::organisation).list();
        return new Page<>(items, total, page, size);
    }

    void forEachOrganisation(Consumer<OrganisationSummary> action) {
        jdbc.sql("SELECT * FROM organisation ORDER BY created_at, id").query(OrganisationRepository::organisation).stream()
                .forEach(action);
    }

    private static OrganisationSummary organisation(ResultSet rs, int row) throws SQLException {
        Set<CountryCode> countries = new LinkedHashSet<>();
        for (String c : Sql.strings(rs.getArray("countries"))) {
            countries.add(new CountryCode(c.strip()));
        }
        String founded = rs.getString("founded");
        return new OrganisationSummary(rs.getObject("id", UUID.class), rs.getString("name"),
                List.of(Sql.strings(rs.getArray("aliases"))), OrganisationKind.valueOf(rs.getString("kind")),
                founded == null ? null : PartialDate.parse(founded), countries,
                List.of(Sql.strings(rs.getArray("activities"))), rs.getString("summary"), rs.getString("external_id"),
                rs.getString("asserted_by"));
    }

    void insertDesignation(UUID id, UUID organisationId, NewDesignation d, String actor) {
        jdbc.sql("""
                INSERT INTO designation (id, organisation_id, authority, program, designated_on, source, created_by)
                VALUES (?,?,?,?,?,?,?)""")
                .params(id, organisationId, d.authority(), d.program(), d.designatedOn(), d.source(), actor).update();
    }

    List<Designation> designations(UUID organisationId) {
        return jdbc.sql("SELECT * FROM designation WHERE organisation_id = ? ORDER BY designated_on, id")
                .param(organisationId)
                .query((rs, i) -> new Designation(rs.getObject("id", UUID.class), organisationId, rs.getString("authority"),
                        rs.getString("program"), rs.getObject("designated_on", LocalDate.class), rs.getString("source")))
                .list();
    }
}
