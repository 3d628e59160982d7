package org.sabueso.tools.federation;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.sabueso.tools.screening.BenchPopulation;

/**
 * Seeds a node's own database with {@code n} ACTIVE notices of one agency, on persons drawn by the
 * screening benchmark's generator ({@link BenchPopulation}, the same seed gives the same people),
 * with PostgreSQL's COPY: a million notices in a couple of minutes, where the API would take
 * hours. Written straight to the tables, as a node that had held them for years: no event, so no
 * outbox row and nothing sent until a node asks for a snapshot. One in a hundred more is NATIONAL,
 * which must never cross.
 */
final class JoinSeed {

    /** Rows per COPY: a few MB of text each, so the bench's own memory stays small. */
    private static final int BATCH = 20_000;
    /** One NATIONAL notice per this many shared ones. */
    static final int NATIONAL_EVERY = 100;

    /** A seeded shared notice: its id and the person, to screen for it. */
    record Seeded(UUID noticeId, BenchPopulation.Person person) {
    }

    private JoinSeed() {
    }

    /**
     * Writes {@code shared} ALL_MEMBERS notices (and one NATIONAL per {@link #NATIONAL_EVERY}) issued
     * by {@code agency} of {@code country}; returns every {@code sampleEvery}th shared one.
     */
    static List<Seeded> seed(String jdbcUrl, String agency, String country, int shared, long seed, int sampleEvery)
            throws SQLException, IOException {
        BenchPopulation population = new BenchPopulation(seed);
        List<Seeded> sample = new ArrayList<>();
        LocalDate reviewBy = LocalDate.now().plusYears(1);
        String activatedAt = java.time.Instant.now().toString();
        try (Connection c = Ledger.connect(jdbcUrl)) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            int total = shared + shared / NATIONAL_EVERY;
            int written = 0;
            while (written < total) {
                int n = Math.min(BATCH, total - written);
                StringBuilder persons = new StringBuilder();
                StringBuilder nationalities = new StringBuilder();
                StringBuilder documents = new StringBuilder();
                StringBuilder aliases = new StringBuilder();
                StringBuilder notices = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    int k = written + i;
                    boolean national = k % (NATIONAL_EVERY + 1) == NATIONAL_EVERY;
                    BenchPopulation.Person p = population.person();
                    UUID personId = UUID.randomUUID();
                    UUID noticeId = UUID.randomUUID();
                    String given = String.join(" ", p.given());
                    row(persons, personId, p.fullName(), given, p.firstSurname(), p.secondSurname(),
                            p.female() ? "FEMALE" : "MALE", p.year(), p.month(), p.day(), agency);
                    row(nationalities, personId, p.country(), agency);
                    if (p.document() != null) {
                        row(documents, personId, "national_id", p.document(), p.country(), agency);
                    }
                    if (p.nickname() != null) {
                        row(aliases, personId, p.nickname(), "NICKNAME", agency);
                    }
                    row(notices, noticeId, "%s-BJ-%08d".formatted(country, k), personId, p.fullName(), agency, country,
                            "{HOMICIDE}", "ORD-BJ-" + k, "orden de captura", "LOCATE", "ACTIVE",
                            national ? "NATIONAL" : "ALL_MEMBERS", reviewBy, "bench", activatedAt);
                    if (!national && sample.size() * (long) sampleEvery <= k) {
                        sample.add(new Seeded(noticeId, p));
                    }
                }
                copy.copyIn("COPY person (id, full_name, given_names, first_surname, second_surname, sex, birth_year, "
                        + "birth_month, birth_day, asserted_by) FROM STDIN (FORMAT csv)", new StringReader(persons.toString()));
                copy.copyIn("COPY person_nationality (person_id, country, asserted_by) FROM STDIN (FORMAT csv)",
                        new StringReader(nationalities.toString()));
                copy.copyIn("COPY person_document (person_id, type, number, country, asserted_by) FROM STDIN (FORMAT csv)",
                        new StringReader(documents.toString()));
                copy.copyIn("COPY person_alias (person_id, alias, kind, asserted_by) FROM STDIN (FORMAT csv)",
                        new StringReader(aliases.toString()));
                copy.copyIn("COPY notice (id, reference, subject_id, subject_name, issuing_agency_id, issuing_country, "
                        + "offences, warrant_reference, legal_basis, requested_action, status, sharing_scope, review_by, "
                        + "created_by, activated_at) FROM STDIN (FORMAT csv)", new StringReader(notices.toString()));
                written += n;
            }
            c.createStatement().execute("ANALYZE");
        }
        return sample;
    }

    /** One CSV line: null as an empty unquoted field, every other value quoted. */
    private static void row(StringBuilder sb, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            if (values[i] != null) {
                sb.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
            }
        }
        sb.append('\n');
    }
}
