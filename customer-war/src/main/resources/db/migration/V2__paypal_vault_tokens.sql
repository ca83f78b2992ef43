-- PayPal methods are bound to their customer by a vault token the payment service issued
-- (pp_ + 32 letters or digits), kept in the token column cards already use; a payer email alone
-- is no longer enough, and is kept for display only. Rows added before this rule keep their
-- (unverified) payer email and no token: NOT VALID leaves them, the payment service refuses to
-- charge them, and every new row must carry a token.
ALTER TABLE payment_methods DROP CONSTRAINT payment_methods_check;
ALTER TABLE payment_methods ADD CONSTRAINT payment_methods_token_check CHECK (
    (type = 'CARD' AND token IS NOT NULL)
    OR (type = 'PAYPAL' AND token ~ '^pp_[A-Za-z0-9]{32}$')
) NOT VALID;
