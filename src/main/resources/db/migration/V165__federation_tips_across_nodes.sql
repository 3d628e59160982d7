-- tip module, federation (issue 16): tips sealed on one node for an agency held by another.
-- A foreign agency's public tip key, learned from the node that holds its private half: kept in
-- the same table so a tip's recipient rows still name their key, with no private half here
-- (wrapped_private_key empty) and the holding node named.
ALTER TABLE tip_agency_key ADD COLUMN held_by text;

-- A tip received from the node whose tip line took it: the receiving agency's copy. The codename
-- was given on that node and opens nothing here, so neither its receipt hash nor the content key
-- sealed for the tipster ever cross; a received tip has neither, and names the node it came from.
ALTER TABLE tip ALTER COLUMN receipt_hash DROP NOT NULL;
ALTER TABLE tip ALTER COLUMN tipster_key DROP NOT NULL;
ALTER TABLE tip ADD COLUMN received_from text;
ALTER TABLE tip ADD CONSTRAINT tip_filed_here_or_received
    CHECK ((received_from IS NULL) = (receipt_hash IS NOT NULL AND tipster_key IS NOT NULL));
