package org.sabueso.network.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.sabueso.network.NewPlace;
import org.sabueso.network.NodeType;
import org.sabueso.network.PlaceView;
import org.sabueso.shared.CountryCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for places and facilities: reference facts every staff member sees. */
@Repository
class PlaceRepository {

    private final JdbcClient jdbc;

    PlaceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertPlace(UUID id, NewPlace p, String agency, String actor) {
        jdbc.sql("""
                INSERT INTO place (id, external_id, name, kind, country, locality, address, asserted_by, created_by)
                VALUES (?,?,?,?,?,?,?,?,?)""")
                .params(id, p.externalId(), p.name(), p.kind().name(), p.country() == null ? null : p.country().value(),
                        p.locality(), p.address(), agency, actor)
                .update();
    }

    Optional<PlaceView> place(UUID id) {
        return jdbc.sql("SELECT * FROM place WHERE id = ?").param(id).query(PlaceRepository::place).optional();
    }

    void forEachPlace(Consumer<PlaceView> action) {
        jdbc.sql("SELECT * FROM place ORDER BY created_at, id").query(PlaceRepository::place).stream().forEach(action);
    }

    private static PlaceView place(ResultSet rs, int row) throws SQLException {
        String country = rs.getString("country");
        return new PlaceView(rs.getObject("id", UUID.class), rs.getString("name"), NodeType.valueOf(rs.getString("kind")),
                country == null ? null : new CountryCode(country.strip()), rs.getString("locality"),
                rs.getString("address"), rs.getString("external_id"));
    }
}
