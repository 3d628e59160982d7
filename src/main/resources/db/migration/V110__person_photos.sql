-- Photos of a person, as staff attach them (console or API) and the demo draws them. Only the
-- cleaned image is kept: re-encoded as JPEG from its pixels, so no metadata of the original
-- file survives. The newest photo is the person's main photo (portal, poster, screening).
CREATE TABLE person_photo (
    id                 uuid PRIMARY KEY,
    person_id          uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    content_type       text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    bytes              bytea NOT NULL,
    width              integer NOT NULL CHECK (width > 0),
    height             integer NOT NULL CHECK (height > 0),
    attached_by        text NOT NULL,
    attached_by_agency text,
    attached_at        timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX person_photo_by_person ON person_photo (person_id, attached_at DESC, id DESC);
