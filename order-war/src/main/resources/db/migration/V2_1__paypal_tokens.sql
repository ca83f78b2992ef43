-- PayPal is now charged like a card, with the token the customer service holds for the customer
-- ("pp_…", from the payment service's PayPal vault) in pay_token. The payer e-mail the order
-- service used to forward let any customer be charged against any PayPal account; nothing reads
-- it any more. (Numbered 2.1 so that it never collides with a V2 written beside it.)
ALTER TABLE orders DROP COLUMN pay_payer_email;
