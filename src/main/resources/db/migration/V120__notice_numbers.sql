-- A notice's own numbers, kept whole so that search finds them (issue 15, item 3): the reference
-- (VE-2026-003001), the warrant reference (ORD-REV-001) and the subject's document numbers
-- (V-16.555.321), as keys of letters and digits. Documents are normalised as screening compares
-- them (shared.DocumentNumbers: no V-/E- prefix, no leading zeros). Full-text parsing splits such
-- numbers at their dashes and dots, which is why they were not found before.
ALTER TABLE notice ADD COLUMN numbers text[] NOT NULL DEFAULT '{}';
CREATE INDEX notice_numbers ON notice USING gin (numbers);

CREATE FUNCTION pg_temp.reference_key(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT upper(regexp_replace(unaccent(coalesce(v, '')), '[^A-Za-z0-9]', '', 'g'))
$$;
CREATE FUNCTION pg_temp.document_key(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN s ~ '^0+$' THEN '0' ELSE ltrim(s, '0') END
    FROM (SELECT CASE WHEN length(s0) > 5 AND s0 ~ '^[VE][0-9]' THEN substr(s0, 2) ELSE s0 END AS s
          FROM (SELECT pg_temp.reference_key(v) AS s0) a) b
$$;

-- keys under four characters are left out, as SearchTerms.MIN_NUMBER leaves them out
UPDATE notice n SET numbers = ARRAY(
    SELECT DISTINCT k FROM (
        SELECT pg_temp.reference_key(n.reference) AS k
        UNION ALL SELECT pg_temp.reference_key(n.warrant_reference)
        UNION ALL SELECT pg_temp.document_key(d.number) FROM person_document d WHERE d.person_id = n.subject_id
    ) keys WHERE length(k) >= 4);
