-- Federation (issue 16). A hit opened here on another node's notice is sent to that node and waits
-- for its answer: awaiting_node names the node ("VE") until the answer comes back, so the officer
-- sees "waiting for Venezuela". A hit another node's officer opened on one of this node's notices
-- keeps the id that node gave it and remembers where it came from (from_node), so the issuing
-- agency's answer goes back there. Both stay null for hits that never crossed.
ALTER TABLE screening_hit ADD COLUMN awaiting_node text;
ALTER TABLE screening_hit ADD COLUMN from_node text;
