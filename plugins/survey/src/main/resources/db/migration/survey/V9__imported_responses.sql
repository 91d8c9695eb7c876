-- Where a campaign of responses collected elsewhere came from (issue 20: past responses imported into a closed
-- campaign, so that a wave run elsewhere compares with the next one run here): one row per imported campaign.
-- The responses themselves are in survey_response under the nil organisation (ImportedResponses.NO_ORGANISATION).
create table survey_import (
    campaign_id   varchar(36)   not null primary key references survey_campaign (id),
    file_name     varchar(255),
    responses     integer       not null,
    imported_at   timestamp with time zone not null,
    imported_by   varchar(255)  not null
);
