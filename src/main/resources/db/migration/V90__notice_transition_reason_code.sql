-- notice module: what the system writes into a notice's history (drafted, expired, approved with an
-- import…) becomes a code and its arguments, put into words in the reader's language when shown.
-- `reason` keeps only what a person typed. Rows written before this stored English sentences; the
-- known ones are turned into codes here, any other stays readable as the text it is.
ALTER TABLE notice_transition ADD COLUMN reason_code text, ADD COLUMN reason_args text[];

UPDATE notice_transition SET reason_code = 'drafted', reason = NULL WHERE reason = 'drafted';
UPDATE notice_transition SET reason_code = 'submitted', reason = NULL WHERE reason = 'submitted for review';
UPDATE notice_transition SET reason_code = 'approved', reason = NULL WHERE reason = 'approved';
UPDATE notice_transition SET reason_code = 'importedActive', reason = NULL
    WHERE reason = 'imported as active from FollowTheMoney data (demo)';
UPDATE notice_transition SET reason_code = 'approvedWith',
    reason_args = regexp_match(reason, '^approved: (.*)$', 's'), reason = NULL
    WHERE reason ~ '^approved: ';
UPDATE notice_transition SET reason_code = 'returnedWith',
    reason_args = regexp_match(reason, '^returned: (.*)$', 's'), reason = NULL
    WHERE reason ~ '^returned: ';
UPDATE notice_transition SET reason_code = 'renewed',
    reason_args = regexp_match(reason, '^renewed until (\d{4}-\d{2}-\d{2}): (.*)$', 's'), reason = NULL
    WHERE reason ~ '^renewed until \d{4}-\d{2}-\d{2}: ';
UPDATE notice_transition SET reason_code = 'expired',
    reason_args = regexp_match(reason, '^review-by date (\S+) passed without renewal$'), reason = NULL
    WHERE reason ~ '^review-by date \S+ passed without renewal$';
UPDATE notice_transition SET reason_code = 'importedForReview',
    reason_args = regexp_match(reason, '^imported from FollowTheMoney data, under review with import (\S+)$'), reason = NULL
    WHERE reason ~ '^imported from FollowTheMoney data, under review with import \S+$';
UPDATE notice_transition SET reason_code = 'importApprovedWith',
    reason_args = regexp_match(reason, '^approved with import ([0-9a-f-]+): (.*)$', 's'), reason = NULL
    WHERE reason ~ '^approved with import [0-9a-f-]+: ';
UPDATE notice_transition SET reason_code = 'importApproved',
    reason_args = regexp_match(reason, '^approved with import ([0-9a-f-]+)$'), reason = NULL
    WHERE reason ~ '^approved with import [0-9a-f-]+$';
UPDATE notice_transition SET reason_code = 'importReturnedWith',
    reason_args = regexp_match(reason, '^returned with import ([0-9a-f-]+): (.*)$', 's'), reason = NULL
    WHERE reason ~ '^returned with import [0-9a-f-]+: ';
