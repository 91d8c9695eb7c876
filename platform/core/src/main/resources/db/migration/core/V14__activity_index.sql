-- A mission's activity reads each organisation's audit entries of that mission newest first, page by page from a
-- cursor (issue 17). This index holds a mission's entries in that order, so that a page reads about its own rows
-- (those of the mission's other organisations interleave) from the cursor on, on the thousandth page as on the
-- first; the query orders by mission first so that H2 also reads the index in order instead of sorting.
create index audit_entry_mission_time_idx on audit_entry (mission_id, occurred_at desc, seq desc);
