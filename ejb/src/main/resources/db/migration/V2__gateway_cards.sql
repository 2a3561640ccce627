-- The built-in payment gateway (a simulated card processor, reached over HTTP like a real one)
-- keeps the cards it tokenized. Like a real processor's vault, and unlike Marquee's own tables,
-- it knows how a card behaves; it keeps no card number and no cvc all the same.
create table gateway_card (
    token        varchar(64)  primary key,
    brand        varchar(20)  not null,
    last4        varchar(4)   not null,
    exp_month    integer      not null check (exp_month between 1 and 12),
    exp_year     integer      not null,
    holder_name  varchar(100) not null,
    behaviour    varchar(30)  not null check (behaviour in ('APPROVE', 'DECLINE', 'INSUFFICIENT_FUNDS')),
    created_at   timestamptz  not null
);
