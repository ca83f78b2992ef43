-- The transactional outbox every publishing service shares (service-support): an event row is
-- written in the same transaction as the change it reports, and the relay publishes the rows in
-- position order, then marks them published (kept a while for operators, then purged).
CREATE TABLE outbox_events (
    position     bigserial     PRIMARY KEY,
    id           uuid          NOT NULL UNIQUE,
    topic        varchar(200)  NOT NULL,
    record_key   varchar(200)  NOT NULL,
    envelope     text          NOT NULL,
    created_at   timestamp(6) with time zone NOT NULL DEFAULT now(),
    published_at timestamp(6) with time zone
);
CREATE INDEX outbox_events_unpublished_idx ON outbox_events (position) WHERE published_at IS NULL;
CREATE INDEX outbox_events_published_idx ON outbox_events (published_at) WHERE published_at IS NOT NULL;
