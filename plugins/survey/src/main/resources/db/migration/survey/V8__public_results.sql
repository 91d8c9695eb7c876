-- A benchmark campaign's published results put on the public page with their open data (issue 20): one row
-- while they are public; withdrawing deletes it. Platform level (a benchmark campaign has no tenant), read by
-- the public endpoints, which serve nothing of a campaign without a row here.
create table survey_publication (
    campaign_id    varchar(36)   not null primary key references survey_campaign (id),
    publisher      varchar(200)  not null,
    licence        varchar(20)   not null,
    published_at   timestamp with time zone not null,
    published_by   varchar(255)  not null,
    constraint survey_publication_licence check (licence in ('CC-BY-4.0', 'CC0-1.0'))
);
