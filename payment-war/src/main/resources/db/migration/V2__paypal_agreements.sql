-- PayPal agreements: a payer's e-mail vaulted once and bound to the customer who linked it, the way
-- a real billing agreement works. Charges name the token; the e-mail is never taken from a charge.
CREATE TABLE paypal_agreements (
    token       varchar(35)  PRIMARY KEY CHECK (token ~ '^pp_[A-Za-z0-9]{32}$'),
    customer_id uuid         NOT NULL,
    payer_email varchar(254) NOT NULL,
    created_at  timestamp(6) with time zone NOT NULL,
    version     bigint       NOT NULL
);
CREATE INDEX paypal_agreements_customer_idx ON paypal_agreements (customer_id);

-- Which agreement a PayPal payment was charged through (payer_email keeps the e-mail it named then).
ALTER TABLE payments ADD COLUMN paypal_token varchar(35) REFERENCES paypal_agreements (token);
