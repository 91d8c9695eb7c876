-- The month an indicator's years start in (issue 15): the reporting organisation's fiscal year when the
-- indicator was defined (1 = January, the calendar year). Its yearly and quarterly periods follow it.
alter table evaluation_indicator add column year_start smallint default 1 not null;
