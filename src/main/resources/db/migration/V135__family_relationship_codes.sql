-- A family link's relationship was stored as Spanish words ("hermano(a)", the demo's), which an
-- English page then showed as they were. Known relationships are now codes (LinkType.FAMILY_ROLES)
-- worded by the reader's bundle; free text someone typed stays as typed.
UPDATE network_link SET role = 'SIBLING'
 WHERE type = 'FAMILY' AND lower(role) IN ('hermano(a)', 'hermano', 'hermana', 'sibling', 'brother', 'sister');
UPDATE network_link SET role = 'COUSIN'
 WHERE type = 'FAMILY' AND lower(role) IN ('primo(a)', 'primo', 'prima', 'cousin');
UPDATE network_link SET role = 'SPOUSE'
 WHERE type = 'FAMILY' AND lower(role) IN ('cónyuge', 'esposo', 'esposa', 'spouse', 'husband', 'wife');
