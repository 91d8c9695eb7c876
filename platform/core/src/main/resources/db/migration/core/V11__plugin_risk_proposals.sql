-- Risks a plugin proposes to a mission's register from a job (contract 1.9.0): the funding plugin's "lack of
-- committed support" when commitments fall below the coming year's need (issue 16). proposed_by names the
-- plugin and its key ("funding:committed-support"), so that a proposal still in the register is not made twice.
alter table risk add column proposed_by varchar(110);
create index risk_proposed_by_idx on risk (mission_id, proposed_by);

-- The language a mission's texts are written in: its creator's (English, French or Danish), in which
-- MissionHub writes what it proposes to the mission (its starting risks, a plugin's risk). Missions created
-- before this column are taken to be written in English.
alter table mission add column language varchar(8);
