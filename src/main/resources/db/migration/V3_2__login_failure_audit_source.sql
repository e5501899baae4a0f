-- Login throttling (issue 8): failed password logins counted per (account, source address), so an attacker's
-- failures slow down that attacker only. Rows are deleted on success and reset once expired.
create table login_failure (
    username         varchar(100) not null,
    source_address   varchar(64) not null,
    failures         integer not null,
    last_failure_at  timestamp with time zone not null,
    primary key (username, source_address)
);
create index login_failure_time_idx on login_failure (last_failure_at);

-- Who was refused, when nobody is logged in: the client's address (after a trusted proxy's X-Forwarded-For).
alter table audit_event add column source_address varchar(64);
