-- The identifier an organisation publishes under in IATI (a registration agency's prefix and its number there,
-- DK-CVR-20228799): the funding plugin's IATI export names the reporting and participating organisations by it
-- (issue 16).
alter table organisation add column iati_identifier varchar(100);
