-- Discussion on every item people decide about (issue 17): a comment is on the mission itself or on one of its
-- decisions, risks or governance bodies (item_kind, item_id), may answer another comment on the same item
-- (reply_to: its thread's first comment), keeps the texts it had before each edit (comment_revision), names the
-- people it mentions (comment_mention), and is a tombstone once its author deleted it (deleted_at, the text gone)
-- or hidden by a moderator (hidden_at, by whom, why). reply_to and the mentioned subjects carry no foreign key:
-- a mission's erasure removes its comments in any order, and a person's erasure keeps the mention's place.
alter table mission_comment add column item_kind varchar(20) default 'MISSION' not null;
alter table mission_comment add column item_id varchar(36);
alter table mission_comment add column reply_to varchar(36);
alter table mission_comment add column deleted_at timestamp with time zone;
alter table mission_comment add column hidden_at timestamp with time zone;
alter table mission_comment add column hidden_by varchar(255);
alter table mission_comment add column hidden_reason varchar(500);
create index mission_comment_item_idx on mission_comment (mission_id, item_kind, item_id, created_at);

create table comment_revision (
    comment_id  varchar(36)   not null references mission_comment (id),
    revision    integer       not null,
    body        varchar(4000) not null,
    written_at  timestamp with time zone not null,
    primary key (comment_id, revision)
);

create table comment_mention (
    comment_id  varchar(36)   not null references mission_comment (id),
    subject     varchar(255)  not null,
    primary key (comment_id, subject)
);
