-- The recommendation tables: everything here is derived from the events and can be rebuilt by
-- replaying the topics (POST /api/admin/recommendations/rebuild).

-- Every event applied (or deliberately skipped), by its CloudEvents id: the consumer is
-- at-least-once, and a second delivery of an id changes nothing.
CREATE TABLE processed_events (
    event_id   UUID PRIMARY KEY,
    topic      VARCHAR(100) NOT NULL,
    type       VARCHAR(100) NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The lines of the orders that count: confirmed and not cancelled. A cancellation subtracts
-- exactly what these rows added, so it subtracts only a confirmation that was counted.
CREATE TABLE purchases (
    order_id    UUID NOT NULL,
    sku         VARCHAR(64) NOT NULL,
    customer_id UUID NOT NULL,
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, sku)
);
CREATE INDEX purchases_by_customer ON purchases (customer_id, sku);

-- In how many counted orders two products were bought together, stored both ways round (a, b)
-- and (b, a) so that a product's partners are one index range. Rows that reach 0 are deleted.
CREATE TABLE co_purchases (
    sku_a  VARCHAR(64) NOT NULL,
    sku_b  VARCHAR(64) NOT NULL,
    orders INTEGER NOT NULL,
    PRIMARY KEY (sku_a, sku_b)
);
CREATE INDEX co_purchases_ranked ON co_purchases (sku_a, orders DESC, sku_b);

-- Units sold per product in counted orders. Rows that reach 0 are deleted.
CREATE TABLE sku_units (
    sku   VARCHAR(64) PRIMARY KEY,
    units BIGINT NOT NULL
);
CREATE INDEX sku_units_ranked ON sku_units (units DESC, sku);

-- A product's category, as the inventory service last reported it (stock.changed events).
CREATE TABLE sku_categories (
    sku      VARCHAR(64) PRIMARY KEY,
    category VARCHAR(100) NOT NULL
);
CREATE INDEX sku_categories_by_category ON sku_categories (category);
