-- The month an organisation's fiscal year starts in (1 = January, the calendar year): budgets and the
-- evaluation plugin's yearly and quarterly periods follow it (issue 15; the funding plugin's calendars, issue 16).
alter table organisation add column fiscal_year_start smallint default 1 not null;
