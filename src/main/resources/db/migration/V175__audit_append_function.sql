-- Appending to the audit chain in one round trip (issue 14, item 7; ADR 0009, session 9).
-- Before, an append was three round trips to PostgreSQL (the chain lock with the read of the
-- last entry; the insert; the commit), each a wake-up of the backend and of the waiting thread.
-- This function takes the chain's advisory lock, reads the last entry after the lock is held (a
-- VOLATILE function's statements each take a new snapshot under READ COMMITTED, so it sees the
-- entry of whoever held the lock before), and inserts the entries hashed one onto the other.
--
-- The hash is exactly the one audit verify recomputes (AuditChain.hash, ADR 0002): SHA-256 over
-- each field as "<UTF-8 length>:<bytes>|", or "N|" for a null, in the order prev_hash, seq, at,
-- actor, actor_agency, action, target_type, target_id, detail. The service frames the fields
-- it knows (at..detail) itself and hands them in as hex ("tails"): the time is the service's
-- clock and its text Java's Instant form, which SQL should not try to imitate. Only prev_hash
-- and seq, which the service cannot know before the lock, are framed here; both are ASCII.
--
-- SECURITY INVOKER (the default): the service's role inserts as itself, with the SELECT and
-- INSERT it has on audit_entry and nothing more; the append-only trigger still guards the table.
CREATE FUNCTION audit_append(ats timestamptz[], actors text[], agencies text[], actions text[],
                             target_types text[], target_ids text[], details text[], tails text[])
RETURNS TABLE (last_seq bigint, last_hash text)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    s bigint;
    h text;
    next_hash text;
BEGIN
    -- the same lock as ChainAppend.CHAIN_LOCK (0x5AB0E50)
    PERFORM pg_advisory_xact_lock(95096400);
    SELECT e.seq, e.hash INTO s, h FROM audit_entry e ORDER BY e.seq DESC LIMIT 1;
    IF NOT FOUND THEN
        s := 0;
        h := repeat('0', 64);
    END IF;
    FOR i IN 1 .. coalesce(array_length(actors, 1), 0) LOOP
        s := s + 1;
        next_hash := encode(sha256(
                convert_to(octet_length(h) || ':' || h || '|' || octet_length(s::text) || ':' || s::text || '|', 'UTF8')
                || decode(tails[i], 'hex')), 'hex');
        INSERT INTO audit_entry (seq, at, actor, actor_agency, action, target_type, target_id, detail, prev_hash, hash)
        VALUES (s, ats[i], actors[i], agencies[i], actions[i], target_types[i], target_ids[i], details[i], h, next_hash);
        h := next_hash;
    END LOOP;
    last_seq := s;
    last_hash := h;
    RETURN NEXT;
END
$$;
