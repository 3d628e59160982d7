-- agency module: the public tip line of each agency, printed on its wanted posters and on the
-- portal. Optional: an agency without one is simply not listed. Bounded so a poster can print it.
ALTER TABLE agency ADD COLUMN hotline text
    CHECK (hotline IS NULL OR (length(hotline) BETWEEN 1 AND 60 AND hotline !~ '[[:cntrl:]]'));
