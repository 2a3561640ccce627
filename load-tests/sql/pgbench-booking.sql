-- pgbench: the raw booking ceiling, the database's share of a sale without the application around
-- it. Needs baseline-setup.sql (bench_place n = 1..60000, half of them sold) on the benchmark data
-- set.
--
--   pgbench -h HOST -p PORT -U marquee -n -M prepared -f load-tests/sql/pgbench-booking.sql \
--           -c 4 -j 2 -T 60 marquee
--   psql ... -c 'select * from bench_progress'      -- sales, refunds, seat changes of the run
--
-- No -D variables. (-n: there are no pgbench_* tables to vacuum; -M prepared: server-side prepared
-- statements, as the JDBC driver uses after a few executions.)
--
-- One transaction = one random seat of one showtime (a place: its showtime, seat and price, which
-- the application knows from its cached layouts and the showtime's price, read here by primary key
-- together with the seat's claim), then changed the way the new inventory (seat_claim, V12) changes
-- it:
--   * free (no claim): a sale, as SeatTracker.sell and PurchaseSteps.confirm write it: INSERT the
--     seat's claim, sold (hold_id, held_until null), "ON CONFLICT (showtime_id, seat_id) DO UPDATE
--     ... WHERE" the claim there is a hold that has run out, RETURNING the seat: no row back means
--     the seat was taken; then INSERT the order and its ticket (at the seat's price; a random
--     32-character code: unique, >= 20 characters; the application's are 27).
--   * sold: a refund, as RefundSteps and SeatTracker.releaseSold write it: DELETE the sold claim
--     (RETURNING: no row back means another client took it back first), its live ticket CANCELLED,
--     its order REFUNDED. This is what keeps the run sustainable: seats come back as fast as they
--     go, for minutes or hours.
-- Why toggling and not "sell, then free it again in the same transaction": every transaction is one
-- business operation of the application, each about as costly as the other (one claim written or
-- deleted and two row writes), so TPS counts operations honestly and no work is hidden inside a
-- "sale". A uniformly random seat toggled over and over stays sold half of the time, and
-- baseline-setup.sql starts at that balance, so about half of the transactions are sales from the
-- first second on: sales per second ~ TPS / 2. bench_progress gives the exact split after a run.
-- A lost race (another client sold or took back the seat between the read and the write) writes
-- nothing but that statement, as the application's 409 does; it still counts as a pgbench
-- transaction. With 8 clients on 60,000 seats that is rare; lost races = transactions -
-- bench_progress.seat_changes (bench_progress counts from baseline-setup.sql: rerun it before each
-- measured run, or subtract).
-- On db.sh's throwaway cluster (fsync=off, synchronous_commit=off) a commit costs no disk flush; on
-- a durable server the flush bounds TPS instead, so compare like with like.
-- Not included, on purpose: the hold (seat_hold row, the claim held before it is sold), the payment
-- rows, the audit entry and the idempotency record of a real purchase. This is the ceiling of the
-- seat sale itself; the application's purchase issues more statements over three transactions.
-- pgbench substitutes numbers only here (never a string: it would not be quoted); the currency is
-- the data set's, EUR.
-- The buyer is found by email through the unique index ux_account_email (lower(email)); a real
-- purchase looks its account up too, though with "where email = ?" (Account.BY_EMAIL), which that
-- index cannot serve: the application scans the account table instead, a cost left out here.

\set n random(1, 60000)
\set buyer random(1, 1000)
BEGIN;
SELECT p.showtime_id, p.seat_id, p.price_cents, (c.seat_id IS NOT NULL)::int AS sold
  FROM bench_place p
       LEFT JOIN bench_claim c ON c.showtime_id = p.showtime_id AND c.seat_id = p.seat_id
                              AND c.hold_id IS NULL
  WHERE p.n = :n \gset
\if :sold
-- a refund: the sold claim first (its row lock serializes this seat: of two refunds, one deletes it)
WITH freed AS (
  DELETE FROM bench_claim
  WHERE showtime_id = :showtime_id AND seat_id = :seat_id AND hold_id IS NULL
  RETURNING seat_id)
SELECT count(*) AS won FROM freed \gset
\if :won
UPDATE bench_ticket SET status = 'CANCELLED', version = version + 1
  WHERE showtime_id = :showtime_id AND seat_id = :seat_id AND status <> 'CANCELLED'
  RETURNING order_id \gset
UPDATE bench_order SET status = 'REFUNDED', refunded_at = now(), version = version + 1
  WHERE id = :order_id;
\endif
\else
-- a sale: the claim under its key; a seat sold, or held by a hold still running, stays as it is
WITH sold AS (
  INSERT INTO bench_claim (showtime_id, seat_id, hold_id, held_until)
  VALUES (:showtime_id, :seat_id, NULL, NULL)
  ON CONFLICT (showtime_id, seat_id) DO UPDATE SET hold_id = NULL, held_until = NULL
  WHERE bench_claim.held_until <= now()
  RETURNING seat_id)
SELECT count(*) AS won FROM sold \gset
\if :won
INSERT INTO bench_order (account_id, clerk_id, channel, showtime_id, status, total_cents, currency,
                         created_at)
  SELECT account.id, NULL, 'WEB', :showtime_id, 'CONFIRMED', :price_cents, 'EUR', now()
  FROM account WHERE lower(email) = 'load-' || :buyer || '@bench.example'
  RETURNING id AS order_id \gset
INSERT INTO bench_ticket (code, order_id, showtime_id, seat_id, status, created_at, price_cents)
  VALUES (replace(gen_random_uuid()::text, '-', ''), :order_id, :showtime_id, :seat_id, 'VALID',
          now(), :price_cents);
\endif
\endif
END;
