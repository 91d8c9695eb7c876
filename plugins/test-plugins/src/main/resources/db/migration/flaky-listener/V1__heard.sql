-- The events the flaky listener finally took, with the try that succeeded.
create table flaky_listener_heard (
    id          varchar(36)  not null primary key,
    tenant_id   varchar(36)  not null,
    event_type  varchar(100) not null,
    tries       integer      not null
);
