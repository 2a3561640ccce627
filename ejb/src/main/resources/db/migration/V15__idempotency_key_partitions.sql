-- Idempotency keys are kept 30 days, then dropped a month at a time.
--
-- idempotency_key grows with every purchase sent with a key (the stored answers too). It is now
-- partitioned by the month of created_at, and the job of IdempotencyKeys drops a month's partition
-- once all of it is older than marquee.retention.idempotency-keys (30 days): a key lives 30 to 61
-- days. A repeat after that is a new request, as with any payment API's keys.
--
-- A partitioned table's unique key must hold its partition key, so (owner_id, idempotency_key)
-- alone is no longer unique across months: a repeat just after midnight on the 1st would not
-- conflict with its first request of the day before. IdempotencyKeys.claim therefore takes a
-- transaction lock of the (owner, key) (pg_advisory_xact_lock(3, ...)) and inserts only where no
-- month holds the key yet: the lock makes two first requests of one key wait for each other, and
-- the check sees every month.
--
-- Months are made ahead by monthly_partitions_ensure and dropped by monthly_partitions_retire, the
-- same for every table partitioned by month; both give up after a few seconds rather than queue
-- the application behind a long transaction (a partition is made or dropped under a brief
-- exclusive lock of its table).

-- Makes the partitions of p_table for the months from p_from's through p_until's, named
-- <table>_yYYYYmMM, bounded at midnight UTC. Existing ones are left alone. Returns how many it made.
create function monthly_partitions_ensure(p_table regclass, p_from timestamptz, p_until timestamptz)
returns integer language plpgsql as $$
declare
    month_start timestamp := date_trunc('month', p_from at time zone 'UTC');
    name text;
    made integer := 0;
begin
    perform set_config('lock_timeout', '5s', true);
    while month_start <= p_until at time zone 'UTC' loop
        name := p_table::text || '_y' || to_char(month_start, 'YYYY"m"MM');
        if to_regclass(name) is null then
            execute format('create table %I partition of %s for values from (%L) to (%L)', name,
                           p_table, month_start at time zone 'UTC',
                           (month_start + interval '1 month') at time zone 'UTC');
            made := made + 1;
        end if;
        month_start := month_start + interval '1 month';
    end loop;
    return made;
end $$;

-- Drops the partitions of p_table whose month ended at or before p_before. Returns the months
-- dropped (YYYY-MM, comma separated).
create function monthly_partitions_retire(p_table regclass, p_before timestamptz)
returns text language plpgsql as $$
declare
    part record;
    month_start timestamptz;
    dropped text := '';
begin
    perform set_config('lock_timeout', '5s', true);
    for part in
        select c.relname
          from pg_inherits i join pg_class c on c.oid = i.inhrelid
         where i.inhparent = p_table
           and c.relname ~ '_y\d{4}m\d{2}$'
         order by c.relname
    loop
        month_start := to_timestamp(right(part.relname, 7), 'YYYY"m"MM')::timestamp
                       at time zone 'UTC';
        if ((month_start at time zone 'UTC') + interval '1 month') at time zone 'UTC'
               <= p_before then
            execute format('alter table %s detach partition %I', p_table, part.relname);
            execute format('drop table %I', part.relname);
            dropped := dropped || case when dropped = '' then '' else ', ' end
                       || to_char(month_start at time zone 'UTC', 'YYYY-MM');
        end if;
    end loop;
    return dropped;
end $$;

create table idempotency_key_monthly (
    owner_id         bigint       not null references account (id),
    idempotency_key  varchar(255) not null,
    request_hash     varchar(64)  not null,
    order_id         bigint       references ticket_order (id),
    response_status  integer,
    response_body    text,
    created_at       timestamptz  not null,
    payment_id       bigint       references payment (id),
    worker           varchar(100),
    claimed_at       timestamptz,
    attempts         integer      not null default 0,
    constraint pk_idempotency_key primary key (owner_id, idempotency_key, created_at)
) partition by range (created_at);

-- every month a key of today's table was made in, and two ahead
select monthly_partitions_ensure('idempotency_key_monthly',
                                 least(coalesce((select min(created_at) from idempotency_key),
                                                now()), now()),
                                 now() + interval '2 months');

insert into idempotency_key_monthly
    (owner_id, idempotency_key, request_hash, order_id, response_status, response_body,
     created_at, payment_id, worker, claimed_at, attempts)
select owner_id, idempotency_key, request_hash, order_id, response_status, response_body,
       created_at, payment_id, worker, claimed_at, attempts
from idempotency_key;

drop table idempotency_key;
alter table idempotency_key_monthly rename to idempotency_key;
-- the partitions are named after the table as it is called now
do $$
declare part record;
begin
    for part in select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                 where i.inhparent = 'idempotency_key'::regclass loop
        execute format('alter table %I rename to %I', part.relname,
                       replace(part.relname, 'idempotency_key_monthly_', 'idempotency_key_'));
    end loop;
end $$;
-- the keys a node that left the cluster was working on (DepartedNodes)
create index ix_idempotency_key_worker on idempotency_key (worker) where worker is not null;
