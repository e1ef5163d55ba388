-- The portal at national scale: every Woo information category (stored as its Woo-index code, infocat001 …
-- infocat017), publications that are not decisions on a request (active disclosure, imported bundles), the dates
-- of imported decisions, and per document its type and, when split from a bundle, its pages there.
update publication set category = 'infocat014' where category = 'WOO_VERZOEKEN';
alter table publication alter column kenmerk drop not null;
alter table publication alter column decision_kind drop not null;
alter table publication add column source varchar(16) default 'CASE' not null;
alter table publication add column received_date date;
alter table publication add column sent_date date;
create index publication_category on publication (category, status);

alter table publication_file add column document_type varchar(40);
alter table publication_file add column source_pages varchar(40);
update publication_file set document_type = case kind when 'DECISION' then 'besluit' when 'INVENTORY' then 'inventaris' else 'document' end;
