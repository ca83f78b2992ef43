-- Customers (standard and premium in one table, told apart by tier), their addresses and
-- payment-method references.
CREATE TABLE customers (
    id            uuid         PRIMARY KEY,
    tier          varchar(16)  NOT NULL CHECK (tier IN ('STANDARD', 'PREMIUM')),
    role          varchar(16)  NOT NULL CHECK (role IN ('CUSTOMER', 'ADMIN')),
    name          varchar(200) NOT NULL,
    email         varchar(254) NOT NULL,
    password_hash varchar(200) NOT NULL,
    discount_rate numeric(4, 2) CHECK (discount_rate IS NULL OR (discount_rate > 0 AND discount_rate <= 0.50)),
    created_at    timestamp(6) with time zone NOT NULL,
    updated_at    timestamp(6) with time zone NOT NULL,
    version       bigint       NOT NULL,
    CONSTRAINT customers_email_key UNIQUE (email),
    CONSTRAINT customers_premium_has_rate CHECK (tier <> 'PREMIUM' OR discount_rate IS NOT NULL)
);

CREATE TABLE addresses (
    id          uuid         PRIMARY KEY,
    customer_id uuid         NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    label       varchar(60)  NOT NULL,
    line1       varchar(200) NOT NULL,
    line2       varchar(200),
    city        varchar(100) NOT NULL,
    postal_code varchar(20)  NOT NULL,
    country     varchar(2)   NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    created_at  timestamp(6) with time zone NOT NULL
);
CREATE INDEX addresses_customer_idx ON addresses (customer_id);

CREATE TABLE payment_methods (
    id          uuid         PRIMARY KEY,
    customer_id uuid         NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    type        varchar(16)  NOT NULL CHECK (type IN ('CARD', 'PAYPAL')),
    token       varchar(100),
    brand       varchar(20),
    last4       varchar(4),
    exp_month   integer CHECK (exp_month IS NULL OR exp_month BETWEEN 1 AND 12),
    exp_year    integer,
    payer_email varchar(254),
    created_at  timestamp(6) with time zone NOT NULL,
    CHECK ((type = 'CARD' AND token IS NOT NULL) OR (type = 'PAYPAL' AND payer_email IS NOT NULL))
);
CREATE INDEX payment_methods_customer_idx ON payment_methods (customer_id);

-- Failed sign-ins per account (email or client id), for throttling across every instance.
CREATE TABLE login_failures (
    principal         varchar(300) PRIMARY KEY,
    failures          integer      NOT NULL,
    window_started_at timestamp(6) with time zone NOT NULL,
    blocked_until     timestamp(6) with time zone
);

-- The token signing key, when none is configured: generated once, shared by every instance.
CREATE TABLE signing_keys (
    kid         varchar(64) PRIMARY KEY,
    private_key bytea       NOT NULL,
    created_at  timestamp(6) with time zone NOT NULL
);
