-- The built-in payment gateway's ledger: every charge it was asked for, under the caller's
-- idempotency key, so that a repeated or retried request is answered from here and charged once.
-- A charge is authorized, then captured (in one step when the caller asks); a refund ends it, under
-- an idempotency key of its own.
create table gateway_charge (
    id               varchar(64)  primary key,
    idempotency_key  varchar(255) not null unique,
    request_hash     varchar(64)  not null,
    token            varchar(64)  not null references gateway_card (token),
    amount_cents     integer      not null check (amount_cents > 0),
    currency         varchar(3)   not null,
    status           varchar(20)  not null check (status in ('AUTHORIZED', 'CAPTURED', 'DECLINED', 'REFUNDED')),
    decline_code     varchar(40),
    refund_key       varchar(255) unique,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0
);

-- Tokenizing honours an idempotency key too: the same key and card give the same token.
alter table gateway_card add column idempotency_key varchar(255) unique;
alter table gateway_card add column request_hash varchar(64);

-- Marquee's side: a payment whose money must go back (its order was cancelled, or it never became
-- an order) is REFUND_DUE from the moment that is decided until the gateway confirms the refund;
-- the reconciler finishes what an interrupted refund left.
alter table payment drop constraint payment_status_check;
alter table payment add constraint ck_payment_status
    check (status in ('PENDING', 'CAPTURED', 'DECLINED', 'FAILED', 'REFUND_DUE', 'REFUNDED'));
create index ix_payment_open on payment (updated_at) where status in ('PENDING', 'REFUND_DUE');
