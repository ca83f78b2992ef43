-- Card tokens: what the simulated card gateway needs to charge a card again, and what may be shown
-- of it. Never the card number or the cvc, in any form.
CREATE TABLE card_tokens (
    token           varchar(40)  PRIMARY KEY CHECK (token ~ '^tok_[A-Za-z0-9]{32}$'),
    customer_id     uuid,
    brand           varchar(20)  NOT NULL,
    last4           varchar(4)   NOT NULL CHECK (last4 ~ '^[0-9]{4}$'),
    exp_month       integer      NOT NULL CHECK (exp_month BETWEEN 1 AND 12),
    exp_year        integer      NOT NULL CHECK (exp_year BETWEEN 2000 AND 2100),
    gateway_profile varchar(32)  NOT NULL,
    created_at      timestamp(6) with time zone NOT NULL,
    version         bigint       NOT NULL
);

-- Every charge attempt, whatever its outcome. A PENDING row is a claim on its order while the
-- gateway is asked; it ends CAPTURED, DECLINED or FAILED.
CREATE TABLE payments (
    id                uuid          PRIMARY KEY,
    order_id          uuid          NOT NULL,
    customer_id       uuid          NOT NULL,
    amount            numeric(12, 2) NOT NULL CHECK (amount > 0),
    currency          varchar(3)    NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    refunded_total    numeric(12, 2) NOT NULL DEFAULT 0,
    processor         varchar(32)   NOT NULL,
    method_type       varchar(16)   NOT NULL,
    card_token        varchar(40)   REFERENCES card_tokens (token),
    card_brand        varchar(20),
    card_last4        varchar(4),
    payer_email       varchar(254),
    status            varchar(16)   NOT NULL CHECK (status IN ('PENDING', 'CAPTURED', 'DECLINED', 'FAILED')),
    decline_code      varchar(40),
    failure_reason    varchar(200),
    gateway_reference varchar(64),
    created_at        timestamp(6) with time zone NOT NULL,
    updated_at        timestamp(6) with time zone NOT NULL,
    version           bigint        NOT NULL,
    -- Refunds never add up to more than the capture, whatever the application does.
    CONSTRAINT payments_refunds_within_capture CHECK (refunded_total >= 0 AND refunded_total <= amount),
    CONSTRAINT payments_refunds_only_captured CHECK (refunded_total = 0 OR status = 'CAPTURED'),
    CONSTRAINT payments_declined_has_code CHECK (status <> 'DECLINED' OR decline_code IS NOT NULL)
);

-- At most one payment per order is being charged or has been captured: a second charge for the
-- order finds the first, whatever key it carries and however many run at once.
CREATE UNIQUE INDEX payments_one_capture_per_order ON payments (order_id) WHERE status IN ('PENDING', 'CAPTURED');
CREATE INDEX payments_order_idx ON payments (order_id, created_at);
CREATE INDEX payments_customer_idx ON payments (customer_id, created_at);

CREATE TABLE refunds (
    id         uuid           PRIMARY KEY,
    payment_id uuid           NOT NULL REFERENCES payments (id),
    amount     numeric(12, 2) NOT NULL CHECK (amount > 0),
    currency   varchar(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    reason     varchar(500)   NOT NULL,
    created_at timestamp(6) with time zone NOT NULL
);
CREATE INDEX refunds_payment_idx ON refunds (payment_id, created_at);
