-- Comments on a plugin's items (issue 17, contract 1.10.0): item_kind PLUGIN, item_id "<pluginId>/<type>/<id>",
-- longer than the UUIDs of core's own items.
alter table mission_comment alter column item_id set data type varchar(200);
