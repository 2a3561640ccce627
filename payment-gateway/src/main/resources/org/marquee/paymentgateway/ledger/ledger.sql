-- The simulated processor's vault and ledger, in a schema of its own. Idempotent: run by every start.
create schema if not exists payment_gateway;

-- Cards as the processor vaulted them: no card number, no cvc; how the test card behaves.
create table if not exists payment_gateway.card (
    token            varchar(64)  primary key,
    brand            varchar(20)  not null,
    last4            varchar(4)   not null,
    exp_month        integer      not null check (exp_month between 1 and 12),
    exp_year         integer      not null,
    holder_name      varchar(100) not null,
    behaviour        varchar(30)  not null check (behaviour in ('APPROVE', 'DECLINE', 'INSUFFICIENT_FUNDS')),
    idempotency_key  varchar(255) unique,
    request_hash     varchar(64)  not null,
    created_at       timestamptz  not null
);

-- Every charge asked for, under the caller's idempotency key; a refund under a key of its own.
create table if not exists payment_gateway.charge (
    id               varchar(64)  primary key,
    idempotency_key  varchar(255) not null unique,
    request_hash     varchar(64)  not null,
    token            varchar(64)  not null references payment_gateway.card (token),
    amount_cents     integer      not null check (amount_cents > 0),
    currency         varchar(3)   not null,
    status           varchar(20)  not null check (status in ('AUTHORIZED', 'CAPTURED', 'DECLINED', 'REFUNDED')),
    decline_code     varchar(40),
    refund_key       varchar(255) unique,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0
);
