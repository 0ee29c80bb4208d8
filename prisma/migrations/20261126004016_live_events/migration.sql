-- Live updates. Every change a page shows is appended to "LiveEvent" (ids and versions only,
-- never content) and announced with pg_notify('margin_live', <the row as JSON, id as a string>).
-- NOTIFY is delivered at commit, to every app instance that LISTENs, in commit order.
-- Presence rows announce themselves on 'margin_presence' with '{"documentId": …}'.
--
-- A row deleted together with its parent (a claim with its annotation, everything with its
-- document or workspace) writes no event of its own: the parent's delete event stands for it.
-- Memberships are the exception: their delete must reach the member's open streams.

CREATE FUNCTION margin_live_emit(
  p_workspace_id TEXT, p_document_id TEXT, p_user_id TEXT,
  p_entity TEXT, p_entity_id TEXT, p_action TEXT, p_version INTEGER
) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
  v_id BIGINT;
BEGIN
  INSERT INTO "LiveEvent" ("workspaceId", "documentId", "userId", "entity", "entityId", "action", "version")
  VALUES (p_workspace_id, p_document_id, p_user_id, p_entity, p_entity_id, p_action, p_version)
  RETURNING "id" INTO v_id;
  PERFORM pg_notify('margin_live', json_build_object(
    'id', v_id::text, 'workspaceId', p_workspace_id, 'documentId', p_document_id, 'userId', p_user_id,
    'entity', p_entity, 'entityId', p_entity_id, 'action', p_action, 'version', p_version)::text);
END $$;

-- Who may receive an event about an annotation: its author when it is private (null: everyone).
-- A change of visibility goes to everyone, so that it appears or disappears for them too.
-- Returns '' (nobody) for a private annotation whose author is gone.
CREATE FUNCTION margin_live_audience(p_visibility TEXT, p_author_id TEXT, p_old_visibility TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN p_visibility = 'private' AND coalesce(p_old_visibility, 'private') = 'private' THEN coalesce(p_author_id, '')
    ELSE NULL
  END
$$;

-- Annotation: insert / update / delete.
CREATE FUNCTION margin_live_annotation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r "Annotation";
  v_user TEXT;
BEGIN
  IF TG_OP = 'DELETE' THEN
    r := OLD;
    IF NOT EXISTS (SELECT 1 FROM "Document" WHERE "id" = OLD."documentId") THEN RETURN NULL; END IF;
    v_user := margin_live_audience(OLD."visibility"::text, OLD."authorId", NULL);
  ELSE
    r := NEW;
    v_user := margin_live_audience(NEW."visibility"::text, NEW."authorId", CASE WHEN TG_OP = 'UPDATE' THEN OLD."visibility"::text END);
  END IF;
  IF v_user = '' THEN RETURN NULL; END IF;
  PERFORM margin_live_emit(r."workspaceId", r."documentId", v_user, 'annotation', r."id", lower(TG_OP), r."version");
  RETURN NULL;
END $$;

-- AnnotationTag: a tag added to or taken from an annotation is an update of the annotation.
CREATE FUNCTION margin_live_annotation_tag() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_annotation_id TEXT := CASE WHEN TG_OP = 'DELETE' THEN OLD."annotationId" ELSE NEW."annotationId" END;
  a RECORD;
  v_user TEXT;
BEGIN
  SELECT "workspaceId", "documentId", "visibility"::text AS visibility, "authorId", "version" INTO a
  FROM "Annotation" WHERE "id" = v_annotation_id;
  IF NOT FOUND THEN RETURN NULL; END IF;
  v_user := margin_live_audience(a.visibility, a."authorId", NULL);
  IF v_user = '' THEN RETURN NULL; END IF;
  PERFORM margin_live_emit(a."workspaceId", a."documentId", v_user, 'annotation', v_annotation_id, 'update', a."version");
  RETURN NULL;
END $$;

-- Claim / Comment / Evidence: the document and audience come from the annotation they hang on.
CREATE FUNCTION margin_live_claim() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r "Claim";
  a RECORD;
  v_user TEXT;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  SELECT "documentId", "visibility"::text AS visibility, "authorId" INTO a FROM "Annotation" WHERE "id" = r."annotationId";
  IF NOT FOUND THEN RETURN NULL; END IF;
  v_user := margin_live_audience(a.visibility, a."authorId", NULL);
  IF v_user = '' THEN RETURN NULL; END IF;
  PERFORM margin_live_emit(r."workspaceId", a."documentId", v_user, 'claim', r."id", lower(TG_OP), r."version");
  RETURN NULL;
END $$;

CREATE FUNCTION margin_live_comment() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r "Comment";
  a RECORD;
  v_user TEXT;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  SELECT "workspaceId", "documentId", "visibility"::text AS visibility, "authorId" INTO a FROM "Annotation" WHERE "id" = r."annotationId";
  IF NOT FOUND THEN RETURN NULL; END IF;
  v_user := margin_live_audience(a.visibility, a."authorId", NULL);
  IF v_user = '' THEN RETURN NULL; END IF;
  PERFORM margin_live_emit(a."workspaceId", a."documentId", v_user, 'comment', r."id", lower(TG_OP), r."version");
  RETURN NULL;
END $$;

CREATE FUNCTION margin_live_evidence() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r "Evidence";
  a RECORD;
  v_user TEXT;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  SELECT c."workspaceId", an."documentId", an."visibility"::text AS visibility, an."authorId" INTO a
  FROM "Claim" c JOIN "Annotation" an ON an."id" = c."annotationId" WHERE c."id" = r."claimId";
  IF NOT FOUND THEN RETURN NULL; END IF;
  v_user := margin_live_audience(a.visibility, a."authorId", NULL);
  IF v_user = '' THEN RETURN NULL; END IF;
  PERFORM margin_live_emit(a."workspaceId", a."documentId", v_user, 'evidence', r."id", lower(TG_OP), r."version");
  RETURN NULL;
END $$;

-- DocumentVersion: a new version (its number as the version).
CREATE FUNCTION margin_live_document_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_workspace_id TEXT;
BEGIN
  SELECT "workspaceId" INTO v_workspace_id FROM "Document" WHERE "id" = NEW."documentId";
  IF NOT FOUND THEN RETURN NULL; END IF;
  PERFORM margin_live_emit(v_workspace_id, NEW."documentId", NULL, 'version', NEW."id", 'insert', NEW."number");
  RETURN NULL;
END $$;

-- Document: metadata updates and deletes.
CREATE FUNCTION margin_live_document() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r "Document";
BEGIN
  IF TG_OP = 'DELETE' THEN
    r := OLD;
    IF NOT EXISTS (SELECT 1 FROM "Workspace" WHERE "id" = OLD."workspaceId") THEN RETURN NULL; END IF;
  ELSE
    r := NEW;
  END IF;
  PERFORM margin_live_emit(r."workspaceId", r."id", NULL, 'document', r."id", lower(TG_OP), r."version");
  RETURN NULL;
END $$;

-- Notification: only its recipient hears of it.
CREATE FUNCTION margin_live_notification() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r "Notification";
BEGIN
  IF TG_OP = 'DELETE' THEN
    r := OLD;
    IF NOT EXISTS (SELECT 1 FROM "Workspace" WHERE "id" = OLD."workspaceId") THEN RETURN NULL; END IF;
  ELSE
    r := NEW;
  END IF;
  PERFORM margin_live_emit(r."workspaceId", NULL, r."userId", 'notification', r."id", lower(TG_OP), NULL);
  RETURN NULL;
END $$;

-- Membership: the member's own streams re-check their access (a delete revokes them).
CREATE FUNCTION margin_live_membership() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r "Membership";
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  PERFORM margin_live_emit(r."workspaceId", NULL, r."userId", 'membership', r."id", lower(TG_OP), r."version");
  RETURN NULL;
END $$;

-- Source: updates (link status, title, captures' bookkeeping).
CREATE FUNCTION margin_live_source() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM margin_live_emit(NEW."workspaceId", NULL, NULL, 'source', NEW."id", 'update', NEW."version");
  RETURN NULL;
END $$;

-- Presence: a row opened, closed or moved (not a mere heartbeat) re-reads that document's list.
CREATE FUNCTION margin_live_presence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('margin_presence', json_build_object(
    'documentId', CASE WHEN TG_OP = 'DELETE' THEN OLD."documentId" ELSE NEW."documentId" END)::text);
  RETURN NULL;
END $$;

-- Triggers. Updates that change nothing but updatedAt (a "touch") write no event.
CREATE TRIGGER "Annotation_live" AFTER INSERT OR DELETE ON "Annotation" FOR EACH ROW EXECUTE FUNCTION margin_live_annotation();
CREATE TRIGGER "Annotation_live_update" AFTER UPDATE ON "Annotation" FOR EACH ROW
  WHEN ((to_jsonb(OLD) - 'updatedAt') IS DISTINCT FROM (to_jsonb(NEW) - 'updatedAt')) EXECUTE FUNCTION margin_live_annotation();

CREATE TRIGGER "AnnotationTag_live" AFTER INSERT OR DELETE ON "AnnotationTag" FOR EACH ROW EXECUTE FUNCTION margin_live_annotation_tag();

CREATE TRIGGER "Claim_live" AFTER INSERT OR DELETE ON "Claim" FOR EACH ROW EXECUTE FUNCTION margin_live_claim();
CREATE TRIGGER "Claim_live_update" AFTER UPDATE ON "Claim" FOR EACH ROW
  WHEN ((to_jsonb(OLD) - 'updatedAt') IS DISTINCT FROM (to_jsonb(NEW) - 'updatedAt')) EXECUTE FUNCTION margin_live_claim();

CREATE TRIGGER "Comment_live" AFTER INSERT OR DELETE ON "Comment" FOR EACH ROW EXECUTE FUNCTION margin_live_comment();
CREATE TRIGGER "Comment_live_update" AFTER UPDATE ON "Comment" FOR EACH ROW
  WHEN ((to_jsonb(OLD) - 'updatedAt') IS DISTINCT FROM (to_jsonb(NEW) - 'updatedAt')) EXECUTE FUNCTION margin_live_comment();

CREATE TRIGGER "Evidence_live" AFTER INSERT OR DELETE ON "Evidence" FOR EACH ROW EXECUTE FUNCTION margin_live_evidence();
CREATE TRIGGER "Evidence_live_update" AFTER UPDATE ON "Evidence" FOR EACH ROW
  WHEN ((to_jsonb(OLD) - 'updatedAt') IS DISTINCT FROM (to_jsonb(NEW) - 'updatedAt')) EXECUTE FUNCTION margin_live_evidence();

CREATE TRIGGER "DocumentVersion_live" AFTER INSERT ON "DocumentVersion" FOR EACH ROW EXECUTE FUNCTION margin_live_document_version();

CREATE TRIGGER "Document_live" AFTER DELETE ON "Document" FOR EACH ROW EXECUTE FUNCTION margin_live_document();
CREATE TRIGGER "Document_live_update" AFTER UPDATE ON "Document" FOR EACH ROW
  WHEN ((to_jsonb(OLD) - 'updatedAt') IS DISTINCT FROM (to_jsonb(NEW) - 'updatedAt')) EXECUTE FUNCTION margin_live_document();

CREATE TRIGGER "Notification_live" AFTER INSERT OR DELETE ON "Notification" FOR EACH ROW EXECUTE FUNCTION margin_live_notification();
CREATE TRIGGER "Notification_live_update" AFTER UPDATE ON "Notification" FOR EACH ROW
  WHEN (to_jsonb(OLD) IS DISTINCT FROM to_jsonb(NEW)) EXECUTE FUNCTION margin_live_notification();

CREATE TRIGGER "Membership_live" AFTER INSERT OR DELETE ON "Membership" FOR EACH ROW EXECUTE FUNCTION margin_live_membership();
CREATE TRIGGER "Membership_live_update" AFTER UPDATE ON "Membership" FOR EACH ROW
  WHEN ((to_jsonb(OLD) - 'updatedAt') IS DISTINCT FROM (to_jsonb(NEW) - 'updatedAt')) EXECUTE FUNCTION margin_live_membership();

-- nextCheckAt is the link checker's schedule, shown nowhere.
CREATE TRIGGER "Source_live_update" AFTER UPDATE ON "Source" FOR EACH ROW
  WHEN ((to_jsonb(OLD) - 'updatedAt' - 'nextCheckAt') IS DISTINCT FROM (to_jsonb(NEW) - 'updatedAt' - 'nextCheckAt')) EXECUTE FUNCTION margin_live_source();

CREATE TRIGGER "Presence_live" AFTER INSERT OR DELETE ON "Presence" FOR EACH ROW EXECUTE FUNCTION margin_live_presence();
CREATE TRIGGER "Presence_live_update" AFTER UPDATE ON "Presence" FOR EACH ROW
  WHEN ((OLD."versionId", OLD."selectionFrom", OLD."selectionTo") IS DISTINCT FROM (NEW."versionId", NEW."selectionFrom", NEW."selectionTo"))
  EXECUTE FUNCTION margin_live_presence();
