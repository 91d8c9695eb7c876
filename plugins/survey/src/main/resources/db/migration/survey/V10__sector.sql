-- The organisation's sector (a NACE section or COFOG division from its profile, 'NONE' when it gives none) is a
-- fact results are broken down by, like its type and country (issue 20). Responses submitted before keep 'NONE':
-- facts are those of the moment of submission.
alter table survey_response add column sector varchar(20) default 'NONE' not null;
alter table survey_answer add column sector varchar(20) default 'NONE' not null;

-- The kept counts have no sector cells yet: every campaign is counted again from its answers in the background
-- (AnswerRecount); until then its reports count from the answers, as for campaigns older than the counts.
delete from survey_answer_count;
insert into survey_count_pending (campaign_id)
    select id from survey_campaign c where not exists (select 1 from survey_count_pending p where p.campaign_id = c.id);
