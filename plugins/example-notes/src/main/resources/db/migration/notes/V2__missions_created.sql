-- Missions created in each organisation since it enabled the plugin: kept by the event listener.
create table notes_missions_created (
    tenant_id  varchar(36) not null primary key,
    missions   bigint      not null
);
