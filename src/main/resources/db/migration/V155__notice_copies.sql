-- Federation (issue 16): a notice, its reward offers and its subject received from another node
-- are stored in this node's own tables, marked with the node they came from. Only that node
-- speaks for them: a copy is never edited, reviewed or moved here. NULL: a record of this node.
ALTER TABLE notice ADD COLUMN copy_of_node text;
-- when the owner withdrew the copy (its scope narrowed, or it stopped being shared with this
-- node): the row stays, as local tips, claims and hits may refer to it, but nobody here sees it
ALTER TABLE notice ADD COLUMN copy_withdrawn_at timestamptz;
CREATE INDEX notice_copy_of_node ON notice (copy_of_node) WHERE copy_of_node IS NOT NULL;

ALTER TABLE reward_offer ADD COLUMN copy_of_node text;
ALTER TABLE person ADD COLUMN copy_of_node text;
