-- Changes open pages redraw for (a mission, a workshop, a person's notices), shared by the servers of a cluster (issue 19): a page open on one server learns
-- of a change made through another. Each change, or notice, is written here in its own transaction,
-- naming the server it was made on; every server reads the last seconds' rows of the others and
-- tells its open pages, which read again as their own person (nothing here is shown as is). Platform-level,
-- ids and the changer's name only; rows go after minutes.
create table live_change (
    id             varchar(36)  not null primary key,
    kind           varchar(20)  not null,
    target_id      varchar(100) not null,
    actor_subject  varchar(100),
    actor_name     varchar(200),
    origin         varchar(100) not null,
    changed_at     timestamp with time zone not null
);
create index live_change_at on live_change (changed_at);
