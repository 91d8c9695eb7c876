-- Sign-ins Keycloak ended (issue 19): a back-channel logout reaches one server of a cluster, through the balancer,
-- while the person's UI sessions may live on another (or fail over to it later). The server that hears the logout
-- writes it here; every server reads what ended in the last minutes and ends its own sessions of it, and a session
-- arriving at a server is checked against it once. Platform-level (no organisation); rows go after a day.
create table ended_sign_in (
    id                varchar(36)  not null primary key,
    keycloak_session  varchar(100),
    subject           varchar(100),
    ended_at          timestamp with time zone not null
);
create index ended_sign_in_at on ended_sign_in (ended_at);
create index ended_sign_in_session on ended_sign_in (keycloak_session);
