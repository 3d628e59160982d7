package org.sabueso.screening.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.screening.internal.matching.Entry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of kept screenings ({@code screening_kept}, V100). */
@Repository
class KeptScreeningRepository {

    private static final String COLUMNS = """
            id, agency_id, agency_country, screened_by, name, birth_date, nationality, documents::text AS documents,
            purpose, place, screened_at""";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Entry.Doc>> DOCS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    KeptScreeningRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * A screening as kept: the name as asked, the birth date as asked (YYYY, YYYY-MM or
     * YYYY-MM-DD), the nationality, the documents normalised as the scorer compares them; who,
     * which agency (and its country, for the sharing policy), why, where and when.
     */
    record Kept(UUID id, String agencyId, String agencyCountry, String screenedBy, String name, String birthDate,
                String nationality, List<Entry.Doc> documents, String purpose, String place, Instant screenedAt) {
    }

    /** One batch for all: the keeper hands in the screenings of many requests at once. */
    void insert(List<KeptScreeningKeys.Row> rows) {
        List<Object[]> args = new ArrayList<>(rows.size());
        for (KeptScreeningKeys.Row r : rows) {
            Kept k = r.kept();
            args.add(new Object[] {k.id(), k.agencyId(), k.agencyCountry(), k.screenedBy(), k.name(), k.birthDate(),
                    k.nationality(), JSON.writeValueAsString(k.documents()), k.purpose(), k.place(),
                    Timestamp.from(k.screenedAt()), r.nameKeys().toArray(String[]::new),
                    r.documentNumbers().toArray(String[]::new)});
        }
        batch.batchUpdate("""
                INSERT INTO screening_kept (id, agency_id, agency_country, screened_by, name, birth_date, nationality,
                  documents, purpose, place, screened_at, name_keys, document_numbers)
                VALUES (?,?,?,?,?,?,?, ?::jsonb, ?,?,?,?,?) ON CONFLICT (id) DO NOTHING""", args);
    }

    /** The agency's own kept screening, if it is still kept. */
    Optional<Kept> find(UUID id, String agencyId, Instant since) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM screening_kept WHERE id = ? AND agency_id = ? AND screened_at >= ?")
                .params(id, agencyId, Timestamp.from(since)).query(this::map).optional();
    }

    /**
     * Kept screenings since {@code since} that share a name key ({@link KeptScreeningKeys}) or a
     * document number with the notice, and have no hit on it yet: the GIN indexes find them, the
     * scorer decides.
     */
    List<Kept> sharingKeys(UUID noticeId, Collection<String> nameKeys, Collection<String> documentNumbers,
                           Instant since) {
        // the planner guesses that an overlap with a hundred keys matches most rows, and scans the
        // table comparing every array (measured: seconds per notice at 100,000 kept screenings);
        // the GIN indexes answer in milliseconds. For this transaction only.
        jdbc.sql("SET LOCAL enable_seqscan = off").update();
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM screening_kept s
                        WHERE s.screened_at >= ?
                          AND (s.name_keys && ?::text[] OR s.document_numbers && ?::text[])
                          AND NOT EXISTS (SELECT 1 FROM screening_hit h WHERE h.screening_id = s.id AND h.notice_id = ?)""")
                .params(Timestamp.from(since), nameKeys.toArray(String[]::new), documentNumbers.toArray(String[]::new),
                        noticeId)
                .query(this::map).list();
    }

    /** Deletes what was screened before {@code before}; how many. */
    int purge(Instant before) {
        return jdbc.sql("DELETE FROM screening_kept WHERE screened_at < ?").param(Timestamp.from(before)).update();
    }

    private Kept map(ResultSet rs, int i) throws SQLException {
        return new Kept(rs.getObject("id", UUID.class), rs.getString("agency_id"), rs.getString("agency_country"),
                rs.getString("screened_by"), rs.getString("name"), rs.getString("birth_date"),
                rs.getString("nationality"), JSON.readValue(rs.getString("documents"), DOCS), rs.getString("purpose"),
                rs.getString("place"), rs.getTimestamp("screened_at").toInstant());
    }
}
