package org.sabueso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import javax.sql.DataSource;

/**
 * The embedded database's two roles: the superuser {@code postgres}, which owns the schema and
 * runs the migrations, and {@code sabueso_app}, the service's own login: no superuser, no
 * CREATEROLE or CREATEDB, owner of nothing. Its password is made on first start and kept in
 * {@code <data-dir>/db-app.password} (mode 600). The embedded server authenticates local
 * connections by trust, so the password matters once pg_hba.conf asks for one; what the role
 * split buys in every set-up is that SQL run through the service's connections cannot change or
 * delete audit entries nor switch the table's trigger off.
 */
record EmbeddedRoles(String appPassword) {

    static final String OWNER = "postgres";
    static final String APP = "sabueso_app";
    static final String PASSWORD_FILE = "db-app.password";
    /** 32 random bytes, written as hex so the password needs no quoting in SQL. */
    private static final int PASSWORD_BYTES = 32;

    static EmbeddedRoles ensure(DataSource superuser, Path dataDir) {
        String password = password(dataDir.resolve(PASSWORD_FILE));
        try (Connection c = superuser.getConnection(); Statement st = c.createStatement()) {
            st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + APP + "') THEN CREATE ROLE "
                    + APP + "; END IF; END $$");
            st.execute("ALTER ROLE " + APP + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
                    + " PASSWORD '" + password + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database role " + APP + ": " + e.getMessage(), e);
        }
        return new EmbeddedRoles(password);
    }

    private static String password(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            byte[] random = new byte[PASSWORD_BYTES];
            new SecureRandom().nextBytes(random);
            String password = HexFormat.of().formatHex(random);
            Files.createDirectories(file.getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + "\n", StandardCharsets.US_ASCII);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the database password in " + file, e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedRoles[appPassword=***]";
    }
}
