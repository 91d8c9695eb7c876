-- E-mail notifications (issue 17). A person's mail settings: the language their e-mails are written in and
-- when their last daily and weekly digests went out; per topic (mentions, roles, decisions, organisation, or
-- a plugin's notices) how often to e-mail: IMMEDIATELY, DAILY, WEEKLY or NEVER (no row: IMMEDIATELY).
create table mail_settings (
    subject            varchar(255) not null primary key,
    language           varchar(8)   not null,
    daily_digest_at    timestamp with time zone,
    weekly_digest_at   timestamp with time zone,
    updated_at         timestamp with time zone not null,
    version            bigint       not null
);

create table mail_preference (
    subject    varchar(255) not null references mail_settings (subject),
    topic      varchar(60)  not null,
    frequency  varchar(10)  not null,
    primary key (subject, topic)
);

-- A notice waiting for the person's DAILY or WEEKLY digest; null once in a digest, or when e-mailed at once
-- or not at all.
alter table notice add column digest varchar(10);
create index notice_digest_idx on notice (digest, recipient_subject);

-- The outbox: every e-mail written in the transaction of the change it tells about, then sent by whichever
-- server claims it first (claimed_until: a claim of a server that died runs out), retried with growing waits
-- and given up (FAILED) after the last; kept as the delivery log. unsubscribe_secret: the random secret of the
-- e-mail's one-click unsubscribe link (RFC 8058), which stops e-mail about its topic (or, for a digest, about
-- every topic gathered in it); kept plain, as the body holding the link is kept.
create table mail_outbox (
    id                varchar(36)   not null primary key,
    recipient_subject varchar(255)  not null,
    address           varchar(320)  not null,
    topic             varchar(60)   not null,
    language          varchar(8)    not null,
    mail_subject      varchar(300)  not null,
    body_text         text          not null,
    body_html         text          not null,
    unsubscribe_secret varchar(64)  not null,
    status            varchar(10)   not null,
    attempts          integer       not null,
    next_attempt_at   timestamp with time zone not null,
    claimed_by        varchar(100),
    claimed_until     timestamp with time zone,
    sent_at           timestamp with time zone,
    last_error        varchar(500),
    created_at        timestamp with time zone not null,
    version           bigint        not null
);
create index mail_outbox_due_idx on mail_outbox (status, next_attempt_at);
create unique index mail_outbox_unsubscribe_idx on mail_outbox (unsubscribe_secret);
create index mail_outbox_recipient_idx on mail_outbox (recipient_subject, created_at);
