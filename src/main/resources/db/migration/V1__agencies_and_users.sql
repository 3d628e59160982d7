-- agency module: member agencies and their staff
CREATE TABLE agency (
    id          text PRIMARY KEY,               -- e.g. VE-CICPC
    country     char(2) NOT NULL,
    name        text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('POLICE','PROSECUTOR','PRISON_SERVICE','BORDER','MINISTRY')),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agency_country ON agency (country);

CREATE TABLE app_user (
    id            uuid PRIMARY KEY,
    username      text NOT NULL UNIQUE,
    display_name  text NOT NULL,
    password_hash text NOT NULL,
    agency_id     text REFERENCES agency (id),
    enabled       boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_role (
    user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    text NOT NULL CHECK (role IN ('ANALYST','SUPERVISOR','BORDER_OFFICER','PRISON_OFFICER','AUDITOR','ADMIN')),
    PRIMARY KEY (user_id, role)
);
