-- The "lack of committed support" risk the plugin proposes to a mission's register (issue 16, contract 1.9.0): one
-- row per mission, written as its lead, saying since when commitments have been below the share of the coming
-- year's need it asks for. While below_since is set the risk has been proposed for this fall and is not proposed
-- again (even if the mission dismissed it); it is cleared when commitments cover the share again, so that a later
-- fall proposes it anew.
create table funding_support_risk (
    mission_id     varchar(36)   not null primary key,
    tenant_id      varchar(36)   not null,
    below_since    date,
    risk_id        varchar(36),
    checked_at     timestamp with time zone not null
);
