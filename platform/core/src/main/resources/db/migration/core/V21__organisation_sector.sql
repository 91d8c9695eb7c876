-- What an organisation works in: a NACE Rev. 2 section (NACE_C) or a COFOG division (COFOG_07), for breaking
-- survey results down by sector (issue 20). Optional: null until its administrator says.
alter table organisation add column sector varchar(20);
