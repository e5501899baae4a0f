-- One counter shared by every application instance: bumped in the transaction that revokes an API token, disables a
-- user or changes a password. Each instance reads it at most once a second and empties its authentication caches
-- (verified HTTP Basic credentials, API token lookups) when it changed (SecurityEpoch, docs/security.md).
create table security_epoch (
    id integer primary key,
    epoch bigint not null
);
insert into security_epoch (id, epoch) values (1, 0);
