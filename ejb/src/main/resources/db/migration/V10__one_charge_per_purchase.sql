-- One charge per purchase, at every moment.
--
-- A payment knows the hold it pays for, the gateway token it charges and the node working on it
-- while it is pending. At most one payment of a hold is live (pending, or captured) at a time:
-- two browser tabs paying the same hold cannot both charge.
alter table payment add column hold_id bigint references seat_hold (id);
alter table payment add column gateway_token varchar(100);
alter table payment add column node varchar(100);
create unique index ux_payment_live_hold on payment (hold_id) where status in ('PENDING', 'CAPTURED');
-- the payments a node that left the cluster was working on
create index ix_payment_pending_node on payment (node) where status = 'PENDING';

-- An Idempotency-Key's purchase remembers the payment of its latest attempt, so that a repeat after
-- a timeout adopts that payment (and the gateway charge under its key) instead of making a second
-- one; which node works on it right now (null: nobody, a repeat may take it over); and how many
-- attempts it made, which numbers the gateway keys derived from the client's key.
alter table idempotency_key add column payment_id bigint references payment (id);
alter table idempotency_key add column worker varchar(100);
alter table idempotency_key add column claimed_at timestamptz;
alter table idempotency_key add column attempts integer not null default 0;
create index ix_idempotency_key_worker on idempotency_key (worker) where worker is not null;

-- An account's active holds, counted against its limits on every hold.
create index ix_seat_hold_account on seat_hold (account_id) where status = 'ACTIVE';
