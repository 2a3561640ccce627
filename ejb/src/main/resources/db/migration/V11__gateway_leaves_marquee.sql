-- The simulated payment gateway is no longer part of Marquee: it is a deployment of its own
-- (payment-gateway.war, for the demo run and the tests only) that keeps its vault and ledger in a
-- schema of its own, payment_gateway. Its old tables leave Marquee's schema; a production database
-- never had anything in them. Marquee's payments keep their gateway references and tokens.
drop table if exists gateway_charge;
drop table if exists gateway_card;
