-- custody module: prison facilities and their units, daily figures, prisoner files with an
-- append-only history (Nelson Mandela Rules 6-9), roll calls, incidents (Rule 71), operations.
CREATE SEQUENCE custody_case_seq;

CREATE TABLE facility (
    id                   uuid PRIMARY KEY,
    country              char(2) NOT NULL,
    name                 text NOT NULL,
    region               text,
    agency_id            text NOT NULL REFERENCES agency (id),   -- the agency whose staff run it
    status               text NOT NULL CHECK (status IN ('OPERATING','UNDER_INTERVENTION','CLOSED')),
    design_capacity      int NOT NULL CHECK (design_capacity > 0),
    operational_capacity int CHECK (operational_capacity IS NULL OR operational_capacity > 0),
    oversight_scope      text NOT NULL CHECK (oversight_scope IN ('AGENCY','NATIONAL','PARTNERS','ALL_MEMBERS','PUBLIC')),
    created_at           timestamptz NOT NULL DEFAULT now(),
    UNIQUE (country, name)
);
CREATE INDEX facility_country ON facility (country);

CREATE TABLE facility_partner (
    facility_id uuid NOT NULL REFERENCES facility (id) ON DELETE CASCADE,
    agency_id   text NOT NULL REFERENCES agency (id),
    PRIMARY KEY (facility_id, agency_id)
);

CREATE TABLE facility_unit (
    id                   uuid PRIMARY KEY,
    facility_id          uuid NOT NULL REFERENCES facility (id),
    parent_id            uuid REFERENCES facility_unit (id),
    kind                 text NOT NULL CHECK (kind IN ('WING','LANDING','CELL')),
    name                 text NOT NULL,
    cell_type            text CHECK (cell_type IN ('SINGLE','DORMITORY')),
    floor_area_m2        numeric(10,2) CHECK (floor_area_m2 IS NULL OR floor_area_m2 > 0),
    design_capacity      int CHECK (design_capacity IS NULL OR design_capacity >= 0),
    operational_capacity int CHECK (operational_capacity IS NULL OR operational_capacity >= 0),
    UNIQUE (facility_id, parent_id, name)
);
CREATE INDEX facility_unit_facility ON facility_unit (facility_id);

-- one row per facility and day for each kind of figure; a later figure for the same day replaces it
CREATE TABLE population_snapshot (
    facility_id uuid NOT NULL REFERENCES facility (id),
    on_date     date NOT NULL,
    population  int NOT NULL CHECK (population >= 0),
    source      text,
    PRIMARY KEY (facility_id, on_date)
);

CREATE TABLE staff_shift (
    facility_id        uuid NOT NULL REFERENCES facility (id),
    on_date            date NOT NULL,
    shift              text NOT NULL CHECK (shift IN ('DAY','NIGHT')),
    custodial_officers int NOT NULL CHECK (custodial_officers >= 0),
    PRIMARY KEY (facility_id, on_date, shift)
);

CREATE TABLE food_provision (
    facility_id            uuid NOT NULL REFERENCES facility (id),
    on_date                date NOT NULL,
    state_meals_served     int NOT NULL CHECK (state_meals_served >= 0),
    fed_by_families_pct    int CHECK (fed_by_families_pct BETWEEN 0 AND 100),
    water_litres_per_person numeric(6,1) CHECK (water_litres_per_person IS NULL OR water_litres_per_person >= 0),
    PRIMARY KEY (facility_id, on_date)
);

CREATE TABLE visitor_count (
    facility_id  uuid NOT NULL REFERENCES facility (id),
    on_date      date NOT NULL,
    visitors_in  int NOT NULL CHECK (visitors_in >= 0),
    visitors_out int NOT NULL CHECK (visitors_out >= 0),
    PRIMARY KEY (facility_id, on_date)
);

CREATE TABLE prisoner_file (
    id                   uuid PRIMARY KEY,
    file_number          text NOT NULL,
    facility_id          uuid NOT NULL REFERENCES facility (id),
    unit_id              uuid REFERENCES facility_unit (id),
    person_id            uuid NOT NULL REFERENCES person (id),
    person_name          text NOT NULL,              -- copy for lists, as the notice table does
    admitted_on          date NOT NULL,
    commitment_authority text NOT NULL,
    commitment_reason    text NOT NULL,
    commitment_date      date NOT NULL,
    commitment_reference text NOT NULL,
    injuries_at_admission   text,
    complaints_at_admission text,
    property             text,
    family_contact       text,
    emergency_contact    text,
    classification       text,
    status               text NOT NULL CHECK (status IN ('IN_CUSTODY','ESCAPED','RELEASED','TRANSFERRED','DECEASED')),
    created_at           timestamptz NOT NULL DEFAULT now(),
    UNIQUE (facility_id, file_number)
);
CREATE INDEX prisoner_file_unit ON prisoner_file (unit_id, status);
CREATE INDEX prisoner_file_person ON prisoner_file (person_id);

-- Rules 7-8: every event of a prisoner's custody, in order; never changed, never removed
CREATE TABLE prisoner_file_entry (
    id           bigserial PRIMARY KEY,
    file_id      uuid NOT NULL REFERENCES prisoner_file (id),
    kind         text NOT NULL CHECK (kind IN ('ADMISSION','CLASSIFICATION','COURT_DATE','TRANSFER','RELEASE',
                                               'ESCAPE','RETURN','UNIT_CHANGE','NOTE','DEATH')),
    on_date      date NOT NULL,
    detail       text NOT NULL,
    actor        text NOT NULL,
    actor_agency text,
    at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX prisoner_file_entry_file ON prisoner_file_entry (file_id, id);

CREATE FUNCTION prisoner_file_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'prisoner_file_entry is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER prisoner_file_entry_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON prisoner_file_entry
    FOR EACH STATEMENT EXECUTE FUNCTION prisoner_file_entry_append_only();

CREATE TABLE incident (
    id             uuid PRIMARY KEY,
    facility_id    uuid NOT NULL REFERENCES facility (id),
    unit_id        uuid REFERENCES facility_unit (id),
    type           text NOT NULL,
    severity       text NOT NULL CHECK (severity IN ('LOW','MEDIUM','HIGH','CRITICAL')),
    status         text NOT NULL CHECK (status IN ('DRAFT','REPORTED','CLOSED')),
    occurred_at    timestamptz NOT NULL,
    description    text NOT NULL,
    escape_method  text,
    case_reference text UNIQUE,
    rule71_due_at  timestamptz,                  -- a death or disappearance: report within 24 h
    rule71_filed_at timestamptz,
    rule71_report  text,
    created_by     text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    reported_at    timestamptz,
    closed_at      timestamptz
);
CREATE INDEX incident_facility ON incident (facility_id, occurred_at);

CREATE TABLE incident_person (
    incident_id uuid NOT NULL REFERENCES incident (id),
    file_id     uuid REFERENCES prisoner_file (id),
    person_id   uuid NOT NULL REFERENCES person (id),
    role        text NOT NULL CHECK (role IN ('ESCAPEE','VICTIM','PERPETRATOR','WITNESS','DECEASED','INVOLVED')),
    notice_id   uuid,
    PRIMARY KEY (incident_id, person_id, role)
);

CREATE TABLE roll_call (
    id           uuid PRIMARY KEY,
    facility_id  uuid NOT NULL REFERENCES facility (id),
    unit_id      uuid NOT NULL REFERENCES facility_unit (id),
    expected     int NOT NULL CHECK (expected >= 0),
    counted      int NOT NULL CHECK (counted >= 0),
    missing      uuid[] NOT NULL DEFAULT '{}',   -- prisoner files the officer marked absent
    note         text,
    counted_by   text NOT NULL,
    counted_by_agency text,
    counted_at   timestamptz NOT NULL,
    resolve_by   timestamptz,                    -- a discrepancy must be resolved before this
    resolved_at  timestamptz,
    resolution   text,
    incident_id  uuid REFERENCES incident (id)
);
CREATE INDEX roll_call_unit ON roll_call (unit_id, counted_at DESC);
CREATE INDEX roll_call_facility ON roll_call (facility_id, counted_at DESC);
CREATE INDEX roll_call_open ON roll_call (resolve_by) WHERE resolve_by IS NOT NULL AND resolved_at IS NULL;

CREATE TABLE custody_operation (
    id               uuid PRIMARY KEY,
    facility_id      uuid NOT NULL REFERENCES facility (id),
    kind             text NOT NULL CHECK (kind IN ('RAID','RETAKING','MASS_TRANSFER')),
    on_date          date NOT NULL,
    forces           text NOT NULL,
    headcount_before int NOT NULL CHECK (headcount_before >= 0),
    headcount_after  int NOT NULL CHECK (headcount_after >= 0),
    transferred      int NOT NULL CHECK (transferred >= 0),
    released         int NOT NULL CHECK (released >= 0),
    deceased         int NOT NULL CHECK (deceased >= 0),
    escaped          int NOT NULL CHECK (escaped >= 0),
    family_members_inside int NOT NULL DEFAULT 0 CHECK (family_members_inside >= 0),
    injuries         text,
    deaths           text,
    complaints       text,
    recorded_by      text NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (headcount_before = headcount_after + transferred + released + deceased + escaped)
);

CREATE TABLE custody_operation_destination (
    operation_id uuid NOT NULL REFERENCES custody_operation (id),
    destination  text NOT NULL,
    prisoners    int NOT NULL CHECK (prisoners > 0),
    recorded_at  timestamptz NOT NULL,
    PRIMARY KEY (operation_id, destination)
);
