-- One redaction per finding, however often detection or a package build runs (also two at once, or a retry after a
-- crash). proposal_key is the identity of a detection proposal: its document and its areas as detection drew them
-- (page and box on a 0.1-point grid, in page order), hashed. It is set once when the proposal is stored and never
-- changes, so a reviewer who resizes an area or changes the ground still has the same redaction the next run finds.
-- A box drawn by hand has no key. Rows stored before this migration get their key the first time a run proposes
-- the same areas again (ProposingRedactions).
alter table redaction add column proposal_key varchar(64);
alter table redaction add constraint redaction_one_per_proposal unique (document_id, proposal_key);
