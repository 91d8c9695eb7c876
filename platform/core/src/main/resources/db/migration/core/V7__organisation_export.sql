-- Every download of an organisation's data (issue 18 #16): who took it and when. Organisation-
-- private (row-level security by tenant_id); writing the row puts the export into the audit log.
create table organisation_export (
    id               varchar(36)  not null primary key,
    tenant_id        varchar(36)  not null references organisation (id),
    requested_by     varchar(255) not null,
    requested_name   varchar(200) not null,
    requested_at     timestamp with time zone not null,
    version          bigint       not null
);
create index organisation_export_tenant_idx on organisation_export (tenant_id, requested_at);
