-- What was announced of each campaign and mission survey (issue 17: a campaign opening or closing is a notice to
-- those it concerns): one row per campaign and kind (opened, closed, published), written with the notices in one
-- transaction, so that each is announced once even if the job runs again or on another server.
create table survey_announcement (
    campaign_id   varchar(36)  not null,
    kind          varchar(20)  not null,
    announced_at  timestamp with time zone not null,
    primary key (campaign_id, kind)
);
