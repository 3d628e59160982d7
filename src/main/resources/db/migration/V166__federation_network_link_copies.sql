-- network module, federation (issue 16): a link received from the node of its issuing agency is a
-- copy (replaced or removed only by that node's messages); copy_of names that node, null for a
-- link recorded here.
ALTER TABLE network_link ADD COLUMN copy_of text;
