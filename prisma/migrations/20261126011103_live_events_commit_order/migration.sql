-- Live events numbered in commit order, so that "the events after id N" is exactly what a client
-- that saw N has missed. Before, an event's id came from the sequence when its row changed: a
-- transaction that took id 10 and committed after the one that took id 11 would be missed by a
-- client that saw 11 and then reconnected.
--
-- Now the triggers are deferred to commit time (DEFERRABLE INITIALLY DEFERRED constraint
-- triggers) and margin_live_emit takes one transaction-level advisory lock before it draws ids:
-- a committing writer holds it until its commit is done, so the next one draws higher ids. Only
-- the commit step of writers is serialised (NOTIFY already serialises it: PostgreSQL orders
-- notifying commits with a lock of its own); the lock holder waits on nothing, so no deadlock.
-- Deferral also means lookups see the transaction's final state (a comment whose annotation was
-- deleted in the same transaction writes nothing; the annotation's delete stands for it).

CREATE OR REPLACE FUNCTION margin_live_emit(
  p_workspace_id TEXT, p_document_id TEXT, p_user_id TEXT,
  p_entity TEXT, p_entity_id TEXT, p_action TEXT, p_version INTEGER
) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
  v_id BIGINT;
BEGIN
  -- hashtext('margin_live'): the live feed's commit-order lock
  PERFORM pg_advisory_xact_lock(hashtext('margin_live'));
  INSERT INTO "LiveEvent" ("workspaceId", "documentId", "userId", "entity", "entityId", "action", "version")
  VALUES (p_workspace_id, p_document_id, p_user_id, p_entity, p_entity_id, p_action, p_version)
  RETURNING "id" INTO v_id;
  PERFORM pg_notify('margin_live', json_build_object(
    'id', v_id::text, 'workspaceId', p_workspace_id, 'documentId', p_document_id, 'userId', p_user_id,
    'entity', p_entity, 'entityId', p_entity_id, 'action', p_action, 'version', p_version)::text);
END $$;

DROP TRIGGER "Annotation_live" ON "Annotation";
DROP TRIGGER "Annotation_live_update" ON "Annotation";
DROP TRIGGER "AnnotationTag_live" ON "AnnotationTag";
DROP TRIGGER "Claim_live" ON "Claim";
DROP TRIGGER "Claim_live_update" ON "Claim";
DROP TRIGGER "Comment_live" ON "Comment";
DROP TRIGGER "Comment_live_update" ON "Comment";
DROP TRIGGER "Evidence_live" ON "Evidence";
DROP TRIGGER "Evidence_live_update" ON "Evidence";
DROP TRIGGER "DocumentVersion_live" ON "DocumentVersion";
DROP TRIGGER "Document_live" ON "Document";
DROP TRIGGER "Document_live_update" ON "Document";
DROP TRIGGER "Notification_live" ON "Notification";
DROP TRIGGER "Notification_live_update" ON "Notification";
DROP TRIGGER "Membership_live" ON "Membership";
DROP TRIGGER "Membership_live_update" ON "Membership";
DROP TRIGGER "Source_live_update" ON "Source";

CREATE CONSTRAINT TRIGGER "Annotation_live" AFTER INSERT OR DELETE ON "Annotation" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION margin_live_annotation();
CREATE CONSTRAINT TRIGGER "Annotation_live_update" AFTER UPDATE ON "Annotation" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((to_jsonb(OLD) - 'updatedAt') IS DISTINCT FROM (to_jsonb(NEW) - 'updatedAt')) EXECUTE FUNCTION margin_live_annotation();

CREATE CONSTRAINT TRIGGER "AnnotationTag_live" AFTER INSERT OR DELETE ON "AnnotationTag" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION margin_live_annotation_tag();

CREATE CONSTRAINT TRIGGER "Claim_live" AFTER INSERT OR DELETE ON "Claim" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION margin_live_claim();
CREATE CONSTRAINT TRIGGER "Claim_live_update" AFTER UPDATE ON "Claim" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((to_jsonb(OLD) - 'updatedAt') IS DISTINCT FROM (to_jsonb(NEW) - 'updatedAt')) EXECUTE FUNCTION margin_live_claim();

CREATE CONSTRAINT TRIGGER "Comment_live" AFTER INSERT OR DELETE ON "Comment" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION margin_live_comment();
CREATE CONSTRAINT TRIGGER "Comment_live_update" AFTER UPDATE ON "Comment" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((to_jsonb(OLD) - 'updatedAt') IS DISTINCT FROM (to_jsonb(NEW) - 'updatedAt')) EXECUTE FUNCTION margin_live_comment();

CREATE CONSTRAINT TRIGGER "Evidence_live" AFTER INSERT OR DELETE ON "Evidence" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION margin_live_evidence();
CREATE CONSTRAINT TRIGGER "Evidence_live_update" AFTER UPDATE ON "Evidence" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((to_jsonb(OLD) - 'updatedAt') IS DISTINCT FROM (to_jsonb(NEW) - 'updatedAt')) EXECUTE FUNCTION margin_live_evidence();

CREATE CONSTRAINT TRIGGER "DocumentVersion_live" AFTER INSERT ON "DocumentVersion" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION margin_live_document_version();

CREATE CONSTRAINT TRIGGER "Document_live" AFTER DELETE ON "Document" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION margin_live_document();
CREATE CONSTRAINT TRIGGER "Document_live_update" AFTER UPDATE ON "Document" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((to_jsonb(OLD) - 'updatedAt') IS DISTINCT FROM (to_jsonb(NEW) - 'updatedAt')) EXECUTE FUNCTION margin_live_document();

CREATE CONSTRAINT TRIGGER "Notification_live" AFTER INSERT OR DELETE ON "Notification" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION margin_live_notification();
CREATE CONSTRAINT TRIGGER "Notification_live_update" AFTER UPDATE ON "Notification" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (to_jsonb(OLD) IS DISTINCT FROM to_jsonb(NEW)) EXECUTE FUNCTION margin_live_notification();

CREATE CONSTRAINT TRIGGER "Membership_live" AFTER INSERT OR DELETE ON "Membership" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION margin_live_membership();
CREATE CONSTRAINT TRIGGER "Membership_live_update" AFTER UPDATE ON "Membership" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((to_jsonb(OLD) - 'updatedAt') IS DISTINCT FROM (to_jsonb(NEW) - 'updatedAt')) EXECUTE FUNCTION margin_live_membership();

CREATE CONSTRAINT TRIGGER "Source_live_update" AFTER UPDATE ON "Source" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((to_jsonb(OLD) - 'updatedAt' - 'nextCheckAt') IS DISTINCT FROM (to_jsonb(NEW) - 'updatedAt' - 'nextCheckAt')) EXECUTE FUNCTION margin_live_source();
