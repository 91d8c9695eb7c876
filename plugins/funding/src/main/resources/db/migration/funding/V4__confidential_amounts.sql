-- An amount its organisation marks confidential (issue 16): shown to the mission's leaders and to that organisation
-- (the funder's, or the one that recorded it) only; everyone else sees it counted in the totals, never on its own.
alter table funding_flow add column confidential boolean default false not null;
