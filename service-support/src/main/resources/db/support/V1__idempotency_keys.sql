-- The idempotency store every service shares (service-support). One row per (scope, key):
-- claimed IN_FLIGHT by the first request, then COMPLETED with the response to replay.
CREATE TABLE idempotency_keys (
    scope             varchar(300)  NOT NULL,
    idem_key          varchar(255)  NOT NULL,
    request_hash      varchar(64)   NOT NULL,
    state             varchar(16)   NOT NULL CHECK (state IN ('IN_FLIGHT', 'COMPLETED')),
    response_status   integer,
    response_type     varchar(100),
    response_body     text,
    response_location varchar(2000),
    locked_until      timestamp(6) with time zone,
    created_at        timestamp(6) with time zone NOT NULL,
    completed_at      timestamp(6) with time zone,
    PRIMARY KEY (scope, idem_key),
    CHECK (state <> 'COMPLETED' OR response_status IS NOT NULL)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
