-- The catalogue: one row per product, addressed by its sku. Prices in the deployment's currency.
CREATE TABLE products (
    sku            varchar(40)   PRIMARY KEY CHECK (sku ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
    name           varchar(200)  NOT NULL,
    description    varchar(2000),
    category       varchar(60)   NOT NULL CHECK (category ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
    price_amount   numeric(12, 2) NOT NULL CHECK (price_amount >= 0),
    price_currency varchar(3)    NOT NULL CHECK (price_currency ~ '^[A-Z]{3}$'),
    weight_grams   integer       NOT NULL CHECK (weight_grams > 0),
    created_at     timestamp(6) with time zone NOT NULL,
    updated_at     timestamp(6) with time zone NOT NULL,
    version        bigint        NOT NULL
);
CREATE INDEX products_category_idx ON products (category, sku);

-- Stock counters, one row per product, changed only by single guarded UPDATE statements.
-- The invariant 0 <= reserved <= on_hand holds here whatever the application does.
CREATE TABLE stock (
    sku      varchar(40) PRIMARY KEY REFERENCES products (sku),
    on_hand  integer     NOT NULL,
    reserved integer     NOT NULL,
    CONSTRAINT stock_reserved_not_negative CHECK (reserved >= 0),
    CONSTRAINT stock_reserved_within_on_hand CHECK (reserved <= on_hand)
);

-- Every change of on_hand, with why: the initial stock, admin adjustments, commits and returns.
CREATE TABLE stock_movements (
    id             uuid         PRIMARY KEY,
    sku            varchar(40)  NOT NULL REFERENCES products (sku),
    kind           varchar(16)  NOT NULL CHECK (kind IN ('INITIAL', 'ADJUSTMENT', 'COMMIT', 'RETURN')),
    delta          integer      NOT NULL CHECK (delta <> 0),
    on_hand_after  integer      NOT NULL CHECK (on_hand_after >= 0),
    reason         varchar(200) NOT NULL,
    reservation_id uuid,
    actor          varchar(255),
    created_at     timestamp(6) with time zone NOT NULL
);
CREATE INDEX stock_movements_sku_idx ON stock_movements (sku, created_at);

-- Stock held for an order: at most one reservation per order.
CREATE TABLE reservations (
    id             uuid        PRIMARY KEY,
    order_id       uuid        NOT NULL,
    status         varchar(16) NOT NULL CHECK (status IN ('HELD', 'COMMITTED', 'RELEASED', 'RETURNED')),
    release_reason varchar(16) CHECK (release_reason IN ('REQUESTED', 'EXPIRED')),
    expires_at     timestamp(6) with time zone NOT NULL,
    created_at     timestamp(6) with time zone NOT NULL,
    updated_at     timestamp(6) with time zone NOT NULL,
    version        bigint      NOT NULL,
    CONSTRAINT reservations_order_key UNIQUE (order_id),
    CONSTRAINT reservations_release_reason CHECK ((status = 'RELEASED') = (release_reason IS NOT NULL))
);
-- What the expiry job scans: held reservations by deadline.
CREATE INDEX reservations_held_expiry_idx ON reservations (expires_at) WHERE status = 'HELD';
CREATE INDEX reservations_created_idx ON reservations (created_at);

-- The lines of a reservation, with the price and weight of the product when it was reserved.
CREATE TABLE reservation_lines (
    reservation_id      uuid          NOT NULL REFERENCES reservations (id) ON DELETE CASCADE,
    line_no             integer       NOT NULL,
    sku                 varchar(40)   NOT NULL REFERENCES products (sku),
    quantity            integer       NOT NULL CHECK (quantity > 0),
    unit_price_amount   numeric(12, 2) NOT NULL CHECK (unit_price_amount >= 0),
    unit_price_currency varchar(3)    NOT NULL,
    weight_grams        integer       NOT NULL CHECK (weight_grams > 0),
    PRIMARY KEY (reservation_id, line_no),
    CONSTRAINT reservation_lines_one_per_sku UNIQUE (reservation_id, sku)
);
CREATE INDEX reservation_lines_sku_idx ON reservation_lines (sku);
