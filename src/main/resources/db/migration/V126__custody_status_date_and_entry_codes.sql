-- custody module: a facility's status carries the day it began (null: not recorded), and a prisoner
-- file's history line may be a message code with its arguments, worded in the reader's language.
ALTER TABLE facility ADD COLUMN status_since date;
ALTER TABLE prisoner_file_entry ADD COLUMN code text, ADD COLUMN args text[];
