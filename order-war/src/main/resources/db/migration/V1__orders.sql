-- Orders, their lines, and the saga progress that lets any instance finish an order after a
-- lost answer or a crash.
CREATE TABLE orders (
    id                  uuid         PRIMARY KEY,
    customer_id         uuid         NOT NULL,
    status              varchar(16)  NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'SHIPPED', 'CANCELLED', 'REJECTED')),
    -- The client's Idempotency-Key; a retry after a rejection for unavailability is a new attempt.
    idempotency_key     varchar(255) NOT NULL,
    attempt             integer      NOT NULL,
    request_hash        varchar(64)  NOT NULL,
    shipping_address_id uuid         NOT NULL,
    payment_method_id   uuid         NOT NULL,
    promo_code          varchar(32),
    currency            varchar(3)   NOT NULL,
    -- Snapshots taken from the customer service when the order was placed.
    ship_label          varchar(60),
    ship_line1          varchar(200),
    ship_line2          varchar(200),
    ship_city           varchar(100),
    ship_postal_code    varchar(20),
    ship_country        varchar(2),
    pay_type            varchar(16),
    pay_token           varchar(200),
    pay_payer_email     varchar(254),
    -- Prices, known once stock is reserved.
    subtotal            numeric(12, 2),
    discount            numeric(12, 2),
    shipping            numeric(12, 2),
    total               numeric(12, 2),
    -- Saga progress.
    reservation_id      uuid,
    reservation_state   varchar(16)  NOT NULL CHECK (reservation_state IN ('NONE', 'HELD', 'COMMITTED', 'RELEASED', 'RETURNED')),
    payment_id          uuid,
    payment_state       varchar(16)  NOT NULL CHECK (payment_state IN ('NONE', 'CAPTURED', 'REFUNDED')),
    step_in_doubt       varchar(16),
    failure_status      integer,
    failure_code        varchar(64),
    failure_title       varchar(100),
    failure_reason      varchar(500),
    failure_details     text,
    attempts            integer      NOT NULL,
    next_attempt_at     timestamp(6) with time zone,
    -- Which worker holds the order right now (not mapped by JPA: set and cleared by guarded updates).
    lease_until         timestamp(6) with time zone,
    created_at          timestamp(6) with time zone NOT NULL,
    updated_at          timestamp(6) with time zone NOT NULL,
    version             bigint       NOT NULL,
    CONSTRAINT orders_client_key UNIQUE (customer_id, idempotency_key, attempt)
);
CREATE INDEX orders_customer_idx ON orders (customer_id, created_at DESC);
CREATE INDEX orders_due_idx ON orders (next_attempt_at) WHERE next_attempt_at IS NOT NULL;
CREATE INDEX orders_pending_idx ON orders (created_at) WHERE status = 'PENDING';

CREATE TABLE order_lines (
    id           uuid        PRIMARY KEY,
    order_id     uuid        NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no      integer     NOT NULL,
    sku          varchar(64) NOT NULL,
    quantity     integer     NOT NULL CHECK (quantity BETWEEN 1 AND 1000),
    unit_price   numeric(12, 2),
    weight_grams integer,
    CONSTRAINT order_lines_sku UNIQUE (order_id, sku)
);

-- Promo codes: a small table (not configuration) so that a code can be added, ended or changed
-- by a migration or an operator's INSERT without a redeploy. Either percent_off or amount_off.
CREATE TABLE promo_codes (
    code          varchar(32)   PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]{1,32}$'),
    percent_off   numeric(5, 2) CHECK (percent_off IS NULL OR (percent_off > 0 AND percent_off <= 100)),
    amount_off    numeric(12, 2) CHECK (amount_off IS NULL OR amount_off > 0),
    minimum_spend numeric(12, 2) NOT NULL DEFAULT 0 CHECK (minimum_spend >= 0),
    valid_from    timestamp(6) with time zone NOT NULL,
    valid_until   timestamp(6) with time zone NOT NULL,
    CHECK ((percent_off IS NULL) <> (amount_off IS NULL)),
    CHECK (valid_from < valid_until)
);

INSERT INTO promo_codes (code, percent_off, amount_off, minimum_spend, valid_from, valid_until) VALUES
    ('WELCOME10', 10.00, NULL, 20.00, '2020-01-01T00:00:00Z', '2100-01-01T00:00:00Z'),
    ('SAVE5',     NULL,  5.00, 30.00, '2020-01-01T00:00:00Z', '2100-01-01T00:00:00Z'),
    ('SPRING2020', 20.00, NULL, 0.00, '2020-03-01T00:00:00Z', '2020-06-01T00:00:00Z'),
    ('FUTURE2099', 50.00, NULL, 0.00, '2099-01-01T00:00:00Z', '2100-01-01T00:00:00Z');
