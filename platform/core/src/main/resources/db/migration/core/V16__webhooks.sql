-- Outbound webhooks (issue 17). An organisation's endpoints (organisation-private: row-level security on
-- PostgreSQL) with the event types they want and the secret their deliveries are signed with (Standard
-- Webhooks: the receiver needs it, so it is kept, shown to the organisation's administrators only). Each event
-- becomes one delivery per endpoint, written in the transaction of the change (exactly once per event per
-- endpoint), with every attempt's response kept as the delivery log. webhook_queue is the platform's list of
-- deliveries waiting for an attempt, without payloads: servers claim from it (claimed_until, the version) and
-- read the delivery itself under its organisation's binding.
create table webhook_endpoint (
    tenant_id             varchar(36)   not null references organisation (id),
    id                    varchar(36)   not null,
    url                   varchar(2000) not null,
    description           varchar(300),
    event_types           varchar(4000) not null,
    secret                varchar(100)  not null,
    enabled               boolean       not null,
    disabled_reason       varchar(300),
    consecutive_failures  integer       not null,
    created_at            timestamp with time zone not null,
    created_by            varchar(255)  not null,
    version               bigint        not null,
    primary key (tenant_id, id)
);

create table webhook_delivery (
    tenant_id        varchar(36)   not null references organisation (id),
    id               varchar(40)   not null,
    endpoint_id      varchar(36)   not null,
    event_type       varchar(100)  not null,
    payload          text          not null,
    status           varchar(10)   not null,
    attempts         integer       not null,
    next_attempt_at  timestamp with time zone,
    last_status_code integer,
    last_error       varchar(500),
    created_at       timestamp with time zone not null,
    delivered_at     timestamp with time zone,
    version          bigint        not null,
    primary key (tenant_id, id)
);
create index webhook_delivery_endpoint_idx on webhook_delivery (tenant_id, endpoint_id, created_at desc);

create table webhook_attempt (
    tenant_id     varchar(36)   not null references organisation (id),
    id            varchar(36)   not null,
    delivery_id   varchar(40)   not null,
    attempted_at  timestamp with time zone not null,
    status_code   integer,
    error         varchar(500),
    duration_ms   bigint        not null,
    version       bigint        not null,
    primary key (tenant_id, id)
);
create index webhook_attempt_delivery_idx on webhook_attempt (tenant_id, delivery_id, attempted_at);

create table webhook_queue (
    delivery_id      varchar(40)  not null primary key,
    organisation_id  varchar(36)  not null,
    next_attempt_at  timestamp with time zone not null,
    claimed_by       varchar(100),
    claimed_until    timestamp with time zone,
    version          bigint       not null
);
create index webhook_queue_due_idx on webhook_queue (next_attempt_at);
