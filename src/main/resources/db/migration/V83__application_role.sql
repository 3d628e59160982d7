-- The service connects as its own role (${app_role}; spring.flyway.placeholders.app_role), not as
-- the owner who runs these migrations. It may read and write the tables it works with, but on
-- audit_entry only SELECT and INSERT, and since it owns no table it cannot ALTER TABLE ...
-- DISABLE TRIGGER either. The role must exist before this runs: the embedded database creates it
-- at start; an external database gets it from its administrator (README, "Database roles").
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${app_role}') THEN
        RAISE EXCEPTION 'database role ${app_role} does not exist: create it first (README, "Database roles")';
    END IF;
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = '${app_role}') THEN
        RAISE EXCEPTION 'database role ${app_role} is a superuser: the application role must not be one';
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app_role};

-- tables and sequences that later migrations create, as the same owner, get the same grants
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app_role};

-- the audit trail is append-only for the service: reading and appending, nothing else
REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_entry FROM ${app_role};
-- the migration history is the owner's business
REVOKE ALL ON ${flyway:table} FROM ${app_role};
