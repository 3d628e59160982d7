package org.sabueso;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to serve over a database role that could rewrite the audit trail: a superuser, or the
 * owner of {@code audit_entry} (an owner may disable the table's trigger). Runs after the
 * migrations, before the web server opens, in the embedded set-up and with an external database
 * alike; sub-commands such as {@code audit verify} only read and are exempt.
 */
@Component
class DatabaseRoleCheck implements SmartInitializingSingleton {

    private final JdbcClient jdbc;
    private final boolean commandMode;

    DatabaseRoleCheck(JdbcClient jdbc, @Value("${sabueso.command-mode:false}") boolean commandMode) {
        this.jdbc = jdbc;
        this.commandMode = commandMode;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (commandMode) {
            return;
        }
        record Role(String name, boolean superuser, boolean ownsAudit) {
        }
        Role role = jdbc.sql("""
                SELECT current_user, r.rolsuper,
                       coalesce((SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c
                                 WHERE c.oid = to_regclass('audit_entry')), false)
                FROM pg_roles r WHERE r.rolname = current_user""")
                .query((rs, i) -> new Role(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3))).single();
        if (role.superuser() || role.ownsAudit()) {
            throw new IllegalStateException("the service's database role " + role.name() + " is "
                    + (role.superuser() ? "a superuser" : "the owner of audit_entry")
                    + " and could rewrite the audit trail; connect as the application role (README, \"Database roles\")");
        }
    }
}
