-- Every query path of a table that grows with history has its index (QueryPlansIT plans the
-- application's statements on a data set of a realistic shape and fails on a sequential scan of
-- such a table).
--
-- A plain CREATE INDEX blocks writes to its table while it is built: Flyway runs each migration in
-- a transaction, and CREATE INDEX CONCURRENTLY cannot run in one. On a small database (a new
-- installation, the tests) that is a moment. The operator of a big one creates the same indexes
-- beforehand, while Marquee runs, one at a time with psql:
--     create index concurrently if not exists ix_payment_order on payment (order_id);
--     ... (each statement below, with "concurrently")
-- checks that none was left invalid by a failed build (select indexrelid::regclass from pg_index
-- where not indisvalid; drop such an index concurrently and create it again), and then deploys:
-- "if not exists" makes this migration find them and do nothing.

-- Cancelling an order finds its payments; the reconciler and the order views too
create index if not exists ix_payment_order on payment (order_id);
-- Cancelling a showtime finds its orders
create index if not exists ix_order_showtime on ticket_order (showtime_id);
-- The sales rollup and the dashboard read the orders of one day
create index if not exists ix_order_created on ticket_order (created_at);
-- The sales rollup finds the days whose orders were refunded since it last ran
create index if not exists ix_order_refunded on ticket_order (refunded_at) where refunded_at is not null;
-- Retention of idempotency keys (removed 30 days after they were made)
create index if not exists ix_idempotency_key_created on idempotency_key (created_at);
