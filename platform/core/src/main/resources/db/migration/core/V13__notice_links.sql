-- Where a notice leads in the application (issue 17: deep links), such as the mission whose discussion mentioned
-- the person: a path of the web application ("missions/<id>"), or none.
alter table notice add column link varchar(300);
