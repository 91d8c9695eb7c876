-- Each run of the ticker's job.
create table ticker_tick (
    id         varchar(36)              not null primary key,
    ticked_at  timestamp with time zone not null
);
