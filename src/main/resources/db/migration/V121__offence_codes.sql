-- Offences become a coded list (issue 15, item 4): each value of notice.offences that names an
-- offence of the catalogue (notice.Offences, labels in i18n/offences*.properties) is replaced by its
-- code; a value that names none is kept as written, so nothing becomes unreadable. The wordings
-- below are those Offences maps in Java (the region's criminal codes and the demo), folded the
-- same way: lower case, no accents, words of letters and digits joined by one space.
CREATE TEMPORARY TABLE offence_wording (wording text PRIMARY KEY, code text NOT NULL) ON COMMIT DROP;
INSERT INTO offence_wording (wording, code) VALUES
    ('arms trafficking', 'FIREARMS'),
    ('asesinato', 'HOMICIDE'),
    ('asociacion criminal', 'ORGANISED_CRIME'),
    ('asociacion para delinquir', 'ORGANISED_CRIME'),
    ('concierto para delinquir', 'ORGANISED_CRIME'),
    ('concierto para delinquir agravado', 'ORGANISED_CRIME'),
    ('contract killing', 'CONTRACT_KILLING'),
    ('corrupcion', 'CORRUPTION'),
    ('corruption', 'CORRUPTION'),
    ('criminal association', 'ORGANISED_CRIME'),
    ('delincuencia organizada', 'ORGANISED_CRIME'),
    ('drug trafficking', 'DRUG_TRAFFICKING'),
    ('escape', 'ESCAPE'),
    ('escape from custody', 'ESCAPE'),
    ('estafa', 'FRAUD'),
    ('evasion', 'ESCAPE'),
    ('extorsion', 'EXTORTION'),
    ('extorsion agravada', 'EXTORTION'),
    ('extortion', 'EXTORTION'),
    ('fabricacion trafico o porte de armas de fuego', 'FIREARMS'),
    ('firearms', 'FIREARMS'),
    ('firearms offences', 'FIREARMS'),
    ('fraud', 'FRAUD'),
    ('fuga', 'ESCAPE'),
    ('homicide', 'HOMICIDE'),
    ('homicidio', 'HOMICIDE'),
    ('homicidio agravado', 'HOMICIDE'),
    ('homicidio agravado por precio o promesa remuneratoria', 'CONTRACT_KILLING'),
    ('homicidio calificado', 'HOMICIDE'),
    ('homicidio calificado por premio o promesa remuneratoria', 'CONTRACT_KILLING'),
    ('homicidio intencional', 'HOMICIDE'),
    ('homicidio intencional calificado', 'HOMICIDE'),
    ('human trafficking', 'HUMAN_TRAFFICKING'),
    ('hurto calificado y agravado', 'ROBBERY'),
    ('illegal mining', 'ILLEGAL_MINING'),
    ('kidnapping', 'KIDNAPPING'),
    ('lavado de activos', 'MONEY_LAUNDERING'),
    ('lavado de dinero', 'MONEY_LAUNDERING'),
    ('legitimacion de capitales', 'MONEY_LAUNDERING'),
    ('migrant smuggling', 'MIGRANT_SMUGGLING'),
    ('mineria ilegal', 'ILLEGAL_MINING'),
    ('money laundering', 'MONEY_LAUNDERING'),
    ('murder', 'HOMICIDE'),
    ('narcotrafico', 'DRUG_TRAFFICKING'),
    ('organised crime', 'ORGANISED_CRIME'),
    ('organizacion criminal', 'ORGANISED_CRIME'),
    ('porte ilegal de arma de fuego', 'FIREARMS'),
    ('porte ilicito de arma de fuego', 'FIREARMS'),
    ('porte o trafico de armas', 'FIREARMS'),
    ('robbery', 'ROBBERY'),
    ('robo', 'ROBBERY'),
    ('robo agravado', 'ROBBERY'),
    ('robo con violencia', 'ROBBERY'),
    ('secuestro', 'KIDNAPPING'),
    ('secuestro extorsivo', 'KIDNAPPING'),
    ('sexual violence', 'SEXUAL_VIOLENCE'),
    ('sicariato', 'CONTRACT_KILLING'),
    ('tenencia ilegal de armas de fuego', 'FIREARMS'),
    ('tenencia y porte de armas', 'FIREARMS'),
    ('terrorism', 'TERRORISM'),
    ('terrorismo', 'TERRORISM'),
    ('trafico de armas', 'FIREARMS'),
    ('trafico de drogas', 'DRUG_TRAFFICKING'),
    ('trafico de migrantes', 'MIGRANT_SMUGGLING'),
    ('trafico fabricacion o porte de estupefacientes', 'DRUG_TRAFFICKING'),
    ('trafico ilicito de drogas', 'DRUG_TRAFFICKING'),
    ('trafico ilicito de estupefacientes', 'DRUG_TRAFFICKING'),
    ('trafico ilicito de estupefacientes ley 20 000', 'DRUG_TRAFFICKING'),
    ('trafico ilicito de migrantes', 'MIGRANT_SMUGGLING'),
    ('trafico ilicito de sustancias catalogadas sujetas a fiscalizacion', 'DRUG_TRAFFICKING'),
    ('trafico ilicito de sustancias estupefacientes y psicotropicas', 'DRUG_TRAFFICKING'),
    ('trata de personas', 'HUMAN_TRAFFICKING'),
    ('violencia sexual', 'SEXUAL_VIOLENCE');

UPDATE notice n SET offences = ARRAY(
    SELECT v FROM (
        SELECT coalesce(w.code, btrim(o)) AS v, min(i) AS first
        FROM unnest(n.offences) WITH ORDINALITY AS t(o, i)
        LEFT JOIN offence_wording w
          ON w.wording = btrim(regexp_replace(lower(unaccent(o)), '[^a-z0-9]+', ' ', 'g'))
        GROUP BY 1) mapped
    ORDER BY first)
WHERE EXISTS (SELECT 1 FROM unnest(n.offences) o);
