-- Refers to the notes plugin's table: this only runs after notes' migrations (dependency order).
create table highlights_highlight (
    note_id    varchar(36) not null primary key references notes_note (id),
    tenant_id  varchar(36) not null
);
