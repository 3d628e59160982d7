-- audit module: the trail is append-only. Any UPDATE, DELETE or TRUNCATE of audit_entry fails,
-- whatever role runs it, as long as the table's triggers fire. A superuser can still switch them
-- off (ALTER TABLE ... DISABLE TRIGGER, session_replication_role = replica); the hash chain and a
-- head written down outside the database are what catch that (docs/adr/0002-audit-chain.md).
CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();

-- nobody but the owner gets to ask; a deployment with its own application role grants it
-- SELECT and INSERT only
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM PUBLIC;

-- the auditor page filters by action and agency and shows the newest first
CREATE INDEX audit_entry_action ON audit_entry (action, seq);
CREATE INDEX audit_entry_agency ON audit_entry (actor_agency, seq);
