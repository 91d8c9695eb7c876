-- Must never run: the plugin is refused (unsupported API version) before its migrations.
create table future_api_thing (id varchar(36) not null primary key);
