-- Strateg schema, version 1. Portable between PostgreSQL (15+) and H2 in PostgreSQL mode.
-- ${c} is COLLATE "C" on PostgreSQL (code-point order, the order Java sorts in) and empty on H2.
-- Every decimal is a NUMERIC plus its scale: H2 drops trailing zeros (0.10 -> 0.1) and PostgreSQL has no
-- negative scale (1E+3 -> 1000), so the scale is kept beside the value to give back exactly what was saved.

-- One row per strategy: its current revision (the optimistic lock) and current territory (the scope).
CREATE TABLE strategy (
    id               VARCHAR(128) ${c} NOT NULL,
    territory        VARCHAR(40) ${c} NOT NULL,
    current_revision BIGINT NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT strategy_pk PRIMARY KEY (id)
);
CREATE INDEX strategy_territory_idx ON strategy (territory, id);

-- Every revision ever saved; lifecycle_state = 'ADOPTED' marks adopted revisions.
CREATE TABLE strategy_revision (
    strategy_id       VARCHAR(128) ${c} NOT NULL,
    revision          BIGINT NOT NULL,
    saved_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    territory         VARCHAR(40) ${c} NOT NULL,
    territory_name    VARCHAR(20000) NOT NULL,
    territory_level   VARCHAR(20) NOT NULL,
    territory_parent  VARCHAR(40),
    title             VARCHAR(20000) NOT NULL,
    kind              VARCHAR(40) NOT NULL,
    period_from       INTEGER NOT NULL,
    period_to         INTEGER NOT NULL,
    lifecycle_state   VARCHAR(20) NOT NULL,
    adopted_on        DATE,
    resolution        VARCHAR(20000),
    archived_on       DATE,
    vision            VARCHAR(20000),
    CONSTRAINT strategy_revision_pk PRIMARY KEY (strategy_id, revision),
    CONSTRAINT strategy_revision_strategy_fk FOREIGN KEY (strategy_id) REFERENCES strategy (id)
);
CREATE INDEX strategy_revision_adopted_idx ON strategy_revision (strategy_id, lifecycle_state, revision);

CREATE TABLE strategy_level (
    strategy_id VARCHAR(128) ${c} NOT NULL,
    revision    BIGINT NOT NULL,
    position    INTEGER NOT NULL,
    name        VARCHAR(20000) NOT NULL,
    CONSTRAINT strategy_level_pk PRIMARY KEY (strategy_id, revision, position),
    CONSTRAINT strategy_level_revision_fk FOREIGN KEY (strategy_id, revision) REFERENCES strategy_revision (strategy_id, revision)
);

CREATE TABLE element (
    strategy_id   VARCHAR(128) ${c} NOT NULL,
    revision      BIGINT NOT NULL,
    position      INTEGER NOT NULL,
    code          VARCHAR(64) ${c} NOT NULL,
    parent_code   VARCHAR(64) ${c},
    kind          VARCHAR(20) NOT NULL,
    title         VARCHAR(20000) NOT NULL,
    description   VARCHAR(20000),
    responsible   VARCHAR(20000),
    weight        NUMERIC NOT NULL,
    weight_scale  INTEGER NOT NULL,
    CONSTRAINT element_pk PRIMARY KEY (strategy_id, revision, code),
    CONSTRAINT element_position_uq UNIQUE (strategy_id, revision, position),
    CONSTRAINT element_revision_fk FOREIGN KEY (strategy_id, revision) REFERENCES strategy_revision (strategy_id, revision)
);

CREATE TABLE element_indicator (
    strategy_id     VARCHAR(128) ${c} NOT NULL,
    revision        BIGINT NOT NULL,
    element_code    VARCHAR(64) ${c} NOT NULL,
    position        INTEGER NOT NULL,
    indicator_code  VARCHAR(64) ${c} NOT NULL,
    CONSTRAINT element_indicator_pk PRIMARY KEY (strategy_id, revision, element_code, position),
    CONSTRAINT element_indicator_element_fk FOREIGN KEY (strategy_id, revision, element_code) REFERENCES element (strategy_id, revision, code)
);

-- Links to external references; the index answers "which elements link to sdg/11.2" across all strategies.
CREATE TABLE element_link (
    strategy_id   VARCHAR(128) ${c} NOT NULL,
    revision      BIGINT NOT NULL,
    element_code  VARCHAR(64) ${c} NOT NULL,
    position      INTEGER NOT NULL,
    scheme        VARCHAR(200) ${c} NOT NULL,
    code          VARCHAR(128) ${c} NOT NULL,
    label         VARCHAR(20000),
    CONSTRAINT element_link_pk PRIMARY KEY (strategy_id, revision, element_code, position),
    CONSTRAINT element_link_element_fk FOREIGN KEY (strategy_id, revision, element_code) REFERENCES element (strategy_id, revision, code)
);
CREATE INDEX element_link_reference_idx ON element_link (scheme, code, strategy_id, revision);

CREATE TABLE indicator (
    strategy_id          VARCHAR(128) ${c} NOT NULL,
    revision             BIGINT NOT NULL,
    position             INTEGER NOT NULL,
    code                 VARCHAR(64) ${c} NOT NULL,
    name                 VARCHAR(20000) NOT NULL,
    description          VARCHAR(20000),
    unit                 VARCHAR(20000) NOT NULL,
    indicator_type       VARCHAR(20) NOT NULL,
    direction            VARCHAR(30) NOT NULL,
    periodicity          VARCHAR(20) NOT NULL,
    baseline_period      VARCHAR(10),
    baseline_value       NUMERIC,
    baseline_scale       INTEGER,
    target_value         NUMERIC,
    target_scale         INTEGER,
    target_high          NUMERIC,
    target_high_scale    INTEGER,
    target_year          INTEGER,
    natural_limit        NUMERIC,
    natural_limit_scale  INTEGER,
    method               VARCHAR(41),
    display_decimals     INTEGER NOT NULL,
    source               VARCHAR(20000),
    formula              VARCHAR(20000),
    responsible          VARCHAR(20000),
    weight               NUMERIC NOT NULL,
    weight_scale         INTEGER NOT NULL,
    CONSTRAINT indicator_pk PRIMARY KEY (strategy_id, revision, code),
    CONSTRAINT indicator_position_uq UNIQUE (strategy_id, revision, position),
    CONSTRAINT indicator_revision_fk FOREIGN KEY (strategy_id, revision) REFERENCES strategy_revision (strategy_id, revision)
);
-- "Every strategy that uses indicator X": by code across strategies.
CREATE INDEX indicator_code_idx ON indicator (code, strategy_id, revision);

CREATE TABLE milestone (
    strategy_id     VARCHAR(128) ${c} NOT NULL,
    revision        BIGINT NOT NULL,
    indicator_code  VARCHAR(64) ${c} NOT NULL,
    position        INTEGER NOT NULL,
    milestone_year  INTEGER NOT NULL,
    target_value    NUMERIC NOT NULL,
    target_scale    INTEGER NOT NULL,
    CONSTRAINT milestone_pk PRIMARY KEY (strategy_id, revision, indicator_code, position),
    CONSTRAINT milestone_indicator_fk FOREIGN KEY (strategy_id, revision, indicator_code) REFERENCES indicator (strategy_id, revision, code)
);

CREATE TABLE project (
    strategy_id    VARCHAR(128) ${c} NOT NULL,
    revision       BIGINT NOT NULL,
    position       INTEGER NOT NULL,
    code           VARCHAR(64) ${c} NOT NULL,
    title          VARCHAR(20000) NOT NULL,
    description    VARCHAR(20000),
    status         VARCHAR(20) NOT NULL,
    planned_start  DATE,
    planned_end    DATE,
    actual_start   DATE,
    actual_end     DATE,
    responsible    VARCHAR(20000),
    CONSTRAINT project_pk PRIMARY KEY (strategy_id, revision, code),
    CONSTRAINT project_position_uq UNIQUE (strategy_id, revision, position),
    CONSTRAINT project_revision_fk FOREIGN KEY (strategy_id, revision) REFERENCES strategy_revision (strategy_id, revision)
);

CREATE TABLE project_measure (
    strategy_id   VARCHAR(128) ${c} NOT NULL,
    revision      BIGINT NOT NULL,
    project_code  VARCHAR(64) ${c} NOT NULL,
    position      INTEGER NOT NULL,
    measure_code  VARCHAR(64) ${c} NOT NULL,
    CONSTRAINT project_measure_pk PRIMARY KEY (strategy_id, revision, project_code, position),
    CONSTRAINT project_measure_project_fk FOREIGN KEY (strategy_id, revision, project_code) REFERENCES project (strategy_id, revision, code),
    CONSTRAINT project_measure_element_fk FOREIGN KEY (strategy_id, revision, measure_code) REFERENCES element (strategy_id, revision, code)
);

CREATE TABLE project_indicator (
    strategy_id     VARCHAR(128) ${c} NOT NULL,
    revision        BIGINT NOT NULL,
    project_code    VARCHAR(64) ${c} NOT NULL,
    position        INTEGER NOT NULL,
    indicator_code  VARCHAR(64) ${c} NOT NULL,
    CONSTRAINT project_indicator_pk PRIMARY KEY (strategy_id, revision, project_code, position),
    CONSTRAINT project_indicator_project_fk FOREIGN KEY (strategy_id, revision, project_code) REFERENCES project (strategy_id, revision, code)
);

CREATE TABLE budget_line (
    strategy_id       VARCHAR(128) ${c} NOT NULL,
    revision          BIGINT NOT NULL,
    project_code      VARCHAR(64) ${c} NOT NULL,
    position          INTEGER NOT NULL,
    budget_year       INTEGER NOT NULL,
    financing_source  VARCHAR(20) NOT NULL,
    planned_amount    NUMERIC NOT NULL,
    planned_scale     INTEGER NOT NULL,
    planned_currency  CHAR(3) NOT NULL,
    actual_amount     NUMERIC,
    actual_scale      INTEGER,
    actual_currency   CHAR(3),
    CONSTRAINT budget_line_pk PRIMARY KEY (strategy_id, revision, project_code, position),
    CONSTRAINT budget_line_project_fk FOREIGN KEY (strategy_id, revision, project_code) REFERENCES project (strategy_id, revision, code)
);

-- Measured values, every version kept. A series is (indicator_code, series_key); series_key is the
-- disaggregation as canonical text ({} for the headline, {district=Sever, sex=F} otherwise, with \ = , { }
-- escaped by a backslash), so it orders like the in-memory store and parses back to the map.
-- A period is identified by its first and last day; period holds its notation (2024, 2024-Q3, ...).
-- is_current marks the latest version of each series and period. No foreign key to strategy: observations
-- may be loaded before the strategy that uses them is saved.
CREATE TABLE observation (
    strategy_id     VARCHAR(128) ${c} NOT NULL,
    indicator_code  VARCHAR(64) ${c} NOT NULL,
    series_key      VARCHAR(1000) ${c} NOT NULL,
    period_start    DATE NOT NULL,
    period_end      DATE NOT NULL,
    version         INTEGER NOT NULL,
    period          VARCHAR(10) NOT NULL,
    num_value       NUMERIC NOT NULL,
    num_scale       INTEGER NOT NULL,
    status          VARCHAR(12) NOT NULL,
    source          VARCHAR(20000),
    note            VARCHAR(20000),
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    is_current      BOOLEAN NOT NULL,
    -- Serves upsert look-ups, the result order, and "one strategy, some indicators, a period range, as of a time".
    CONSTRAINT observation_pk PRIMARY KEY (strategy_id, indicator_code, series_key, period_start, period_end, version)
);
