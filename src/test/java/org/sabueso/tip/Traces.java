package org.sabueso.tip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where a client could have left a trace: every column of every table in the database, as text
 * (bytea as hex), and the access log. The anonymity tests search them for the test client.
 */
public final class Traces {

    public static final Path ACCESS_LOGS = Path.of("target/tomcat/logs");

    private Traces() {
    }

    /** Every row of every table, each written as PostgreSQL writes a row as text. */
    public static String database(JdbcClient jdbc) {
        List<String> tables = jdbc.sql("""
                SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables
                WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')""")
                .query(String.class).list();
        StringBuilder all = new StringBuilder();
        for (String table : tables) {
            all.append("== ").append(table).append('\n');
            jdbc.sql("SELECT t::text FROM " + table + " t").query(String.class).list()
                    .forEach(row -> all.append(row).append('\n'));
        }
        return all.toString();
    }

    public static String accessLog() {
        if (!Files.isDirectory(ACCESS_LOGS)) {
            return "";
        }
        try (Stream<Path> files = Files.list(ACCESS_LOGS)) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8));
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The needle as it would show in a bytea column written as hex. */
    public static String hex(String needle) {
        return HexFormat.of().formatHex(needle.getBytes(StandardCharsets.UTF_8));
    }
}
