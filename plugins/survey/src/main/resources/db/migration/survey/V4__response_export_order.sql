-- Exports read a campaign's responses page by page in submission order (day, then id): this index lets each
-- page start where the last one ended instead of sorting the whole campaign again (measured in
-- docs/performance.md).
create index survey_response_export on survey_response (campaign_id, submitted_on, id);
