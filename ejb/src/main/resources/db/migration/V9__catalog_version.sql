-- The catalog's generation: a new random value written by every transaction that changes the
-- programme. Nodes keep it in a replicated cache to know when their cached catalog is stale; the
-- catalog is read from a streaming replica only once the replica shows this row's latest value,
-- that is once it has replayed the last change.
create table catalog_version (
    id         smallint    primary key check (id = 1),
    generation varchar(36) not null,
    changed_at timestamptz not null
);
insert into catalog_version (id, generation, changed_at) values (1, 'first', now());
