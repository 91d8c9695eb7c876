-- Which plugins each organisation enabled, with its settings (a JSON object of strings, validated by the
-- platform against the plugin's definitions). Organisation-private: tenant_id is the organisation.
create table plugin_enablement (
    tenant_id   varchar(36)   not null references organisation (id),
    plugin_id   varchar(40)   not null,
    enabled     boolean       not null,
    settings    varchar(8000) not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(255)  not null,
    version     bigint        not null,
    primary key (tenant_id, plugin_id)
);
