-- A campaign's coded answers counted per grouping, kept up to date in the transaction that writes or removes
-- the answers (store/AnswerCounts), so that a question's report reads its cells instead of every answer.
-- dimension is 'all' (grp 'all') or the survey_answer column of a breakdown (grp its value); answer_value ''
-- stands for a row without a value (a number question); question '*' counts the responses themselves.
-- Aggregates across organisations that name none: no tenant_id, like survey_answer. (Not filled here:
-- survey_response is under row-level security, which a migration cannot read across; see below.)
create table survey_answer_count (
    campaign_id   varchar(36)  not null,
    question      varchar(130) not null,
    dimension     varchar(20)  not null,
    grp           varchar(40)  not null,
    answer_value  varchar(64)  not null,
    answer_rows   bigint       not null,
    respondents   bigint       not null,
    primary key (campaign_id, question, dimension, grp, answer_value)
);

-- The campaigns that existed before the counts were kept: counted from their answers in the background
-- (AnswerCounts.recount, which removes the row); until then their reports count from the answers, and new
-- answers leave the counts alone (the recount takes them in).
create table survey_count_pending (
    campaign_id  varchar(36) not null primary key
);
insert into survey_count_pending (campaign_id) select id from survey_campaign;
