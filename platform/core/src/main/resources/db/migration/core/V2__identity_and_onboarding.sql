-- Identity provider link, membership invitations, onboarding requests and in-app notices.

-- The Keycloak Organization this organisation is (its alias is the slug); set when MissionHub creates or
-- finds it.
alter table organisation add column idp_id varchar(36);
alter table organisation add column web_domain varchar(253);

-- Organisation-private: an organisation's open invitations, by e-mail.
create table member_invitation (
    tenant_id    varchar(36)  not null references organisation (id),
    id           varchar(36)  not null,
    email        varchar(320) not null,
    org_role     varchar(20)  not null,
    status       varchar(20)  not null,
    email_sent   boolean      not null,
    invited_by   varchar(255) not null,
    invited_at   timestamp with time zone not null,
    answered_at  timestamp with time zone,
    version      bigint       not null,
    primary key (tenant_id, id)
);
create unique index member_invitation_id_unique on member_invitation (id);
create index member_invitation_email_idx on member_invitation (tenant_id, email, status);

-- A person's request to bring their organisation onto MissionHub; decided by a platform administrator.
create table onboarding_request (
    id                 varchar(36)   not null primary key,
    requester_subject  varchar(255)  not null,
    requester_name     varchar(200)  not null,
    organisation_name  varchar(200)  not null,
    slug               varchar(63)   not null,
    org_type           varchar(40)   not null,
    country            varchar(2)    not null,
    web_domain         varchar(253),
    contact_name       varchar(200)  not null,
    contact_email      varchar(320)  not null,
    reason             varchar(4000) not null,
    status             varchar(20)   not null,
    decision_reason    varchar(2000),
    decided_by         varchar(255),
    decided_at         timestamp with time zone,
    organisation_id    varchar(36) references organisation (id),
    requested_at       timestamp with time zone not null,
    version            bigint        not null
);
create index onboarding_request_requester_idx on onboarding_request (requester_subject);
create index onboarding_request_status_idx on onboarding_request (status, requested_at);

-- Messages to one person, shown in the application (and e-mailed when SMTP is configured).
create table notice (
    id                 varchar(36)   not null primary key,
    recipient_subject  varchar(255)  not null,
    kind               varchar(50)   not null,
    message            varchar(2000) not null,
    created_at         timestamp with time zone not null,
    read_at            timestamp with time zone,
    version            bigint        not null
);
create index notice_recipient_idx on notice (recipient_subject, created_at);
