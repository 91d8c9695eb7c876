-- A funder's budget cycle (issue 16): the month its fiscal year starts in, the days the budget-preparation round
-- opens and closes (month-day, ISO "--05-31"), the day the budget is approved, and how many fiscal years one
-- appropriation covers. All null while the cycle is not known; closes is then null too.
alter table funding_funder add column fiscal_year_start smallint;
alter table funding_funder add column budget_opens varchar(7);
alter table funding_funder add column budget_closes varchar(7);
alter table funding_funder add column budget_approval varchar(7);
alter table funding_funder add column years_covered smallint;
