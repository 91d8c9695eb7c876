-- A person's subscription to a plugin's feed behind a secret address (contract 1.4.0, issue 14's calendar
-- of milestones). Only the SHA-256 of the secret is kept: the address is shown once, at subscription.
-- Organisation-private (row-level security by tenant_id): a read of the address names the organisation
-- in its path, which is bound before the secret is looked up. Revoked rows stay, for the audit trail.
create table feed_subscription (
    id               varchar(36)  not null primary key,
    tenant_id        varchar(36)  not null references organisation (id),
    subject          varchar(255) not null,
    subscriber_name  varchar(200) not null,
    plugin_id        varchar(64)  not null,
    feed_id          varchar(40)  not null,
    mission_id       varchar(36),
    secret_hash      varchar(64)  not null,
    created_at       timestamp with time zone not null,
    last_read_at     timestamp with time zone,
    revoked_at       timestamp with time zone,
    version          bigint       not null,
    constraint feed_subscription_secret_uq unique (secret_hash)
);
create index feed_subscription_person_idx on feed_subscription (tenant_id, subject);
