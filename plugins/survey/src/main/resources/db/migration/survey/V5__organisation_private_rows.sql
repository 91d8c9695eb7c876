-- Drafts and responses belong to the organisation that wrote them: named tenant_id, the platform puts them
-- under row-level security on PostgreSQL (plugin guide, "Tenant-safe data"). Reads across organisations
-- (progress, results, exports) go through the platform's recorded read across organisations.
alter table survey_draft rename column organisation_id to tenant_id;
alter table survey_response rename column organisation_id to tenant_id;
