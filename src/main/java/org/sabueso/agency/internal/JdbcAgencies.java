package org.sabueso.agency.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyKind;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.shared.CountryCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAgencies implements Agencies {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    JdbcAgencies(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public List<AgencyView> all() {
        return jdbc.sql("SELECT id, country, name, kind FROM agency ORDER BY country, id")
                .query((rs, i) -> new AgencyView(rs.getString(1), new CountryCode(rs.getString(2)), rs.getString(3),
                        AgencyKind.valueOf(rs.getString(4))))
                .list();
    }

    @Override
    public Optional<AgencyView> find(String agencyId) {
        return all().stream().filter(a -> a.id().equals(agencyId)).findFirst();
    }

    @Override
    @Transactional
    public void register(AgencyView a) {
        jdbc.sql("INSERT INTO agency (id, country, name, kind) VALUES (?, ?, ?, ?)")
                .params(a.id(), a.country().value(), a.name(), a.kind().name()).update();
    }

    @Override
    @Transactional
    public void createUser(String username, String displayName, String rawPassword, String agencyId, Set<Role> roles) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO app_user (id, username, display_name, password_hash, agency_id) VALUES (?, ?, ?, ?, ?)")
                .params(id, username, displayName, passwords.encode(rawPassword), agencyId).update();
        for (Role r : roles) {
            jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (?, ?)").params(id, r.name()).update();
        }
    }

    @Override
    public boolean hasAnyAgency() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM agency)").query(Boolean.class).single();
    }

    @Override
    public Optional<Viewer> viewerFor(String username) {
        return loadAccount(username).map(StaffAccount::viewer);
    }

    Optional<StaffAccount> loadAccount(String username) {
        if (username.indexOf('\u0000') >= 0) {
            // PostgreSQL text cannot hold a NUL, so no account has one, and asking would be an
            // error: a name tried at sign-in is anything an HTTP Basic header decodes to
            return Optional.empty();
        }
        Optional<StaffAccount> account = jdbc.sql("""
                SELECT u.id, u.username, u.display_name, u.password_hash, u.enabled, u.agency_id, a.country
                FROM app_user u LEFT JOIN agency a ON a.id = u.agency_id WHERE u.username = ?""")
                .param(username)
                .query((rs, i) -> new StaffAccount(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5), rs.getString(6), rs.getString(7), EnumSet.noneOf(Role.class)))
                .optional();
        account.ifPresent(a -> jdbc.sql("SELECT role FROM user_role WHERE user_id = ?").param(a.id())
                .query(String.class).list().forEach(r -> a.roles().add(Role.valueOf(r))));
        return account;
    }
}
