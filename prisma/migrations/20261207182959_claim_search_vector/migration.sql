-- The claim board's full-text search as one stored tsvector per claim (its statement, its
-- annotation's quoted words and the live comments on it), with one GIN index. Searching the
-- three expression indexes of migration claim_board_search meant a UNION of every match across
-- Claim, Annotation and Comment, joined back and sorted before a page: 0.7–2.7 s for a common word
-- among 250,000 claims (docs/BENCHMARKS.md). On one column of Claim the planner can instead walk
-- the board's order index and test each claim's vector, or read a rare word's few matches.

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "searchVector" tsvector;

-- What a claim is found by. Each part cut to a length a tsvector holds (at most 1 MB).
CREATE FUNCTION margin_claim_search_vector(statement text, annotation_id text) RETURNS tsvector
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT to_tsvector('english', left(statement, 20000))
      || coalesce((SELECT to_tsvector('english', left(a."exact", 20000)) FROM "Annotation" a WHERE a.id = annotation_id), ''::tsvector)
      || coalesce((
        SELECT to_tsvector('english', left(string_agg(co.body, E'\n' ORDER BY co."createdAt", co.id), 200000))
        FROM "Comment" co WHERE co."annotationId" = annotation_id AND co."deletedAt" IS NULL
      ), ''::tsvector)
  $$;

-- Filled for the claims already there without a live event each (nothing a reader sees changed).
ALTER TABLE "Claim" DISABLE TRIGGER "Claim_live_update";
UPDATE "Claim" SET "searchVector" = margin_claim_search_vector("statement", "annotationId");
ALTER TABLE "Claim" ENABLE TRIGGER "Claim_live_update";

-- The live feed tells readers of a claim when something they see changes: not its search vector.
DROP TRIGGER "Claim_live_update" ON "Claim";
CREATE TRIGGER "Claim_live_update" AFTER UPDATE ON "Claim" FOR EACH ROW
  WHEN ((to_jsonb(OLD) - 'updatedAt' - 'searchVector') IS DISTINCT FROM (to_jsonb(NEW) - 'updatedAt' - 'searchVector'))
  EXECUTE FUNCTION margin_live_claim();

-- Kept by triggers, whatever writes (the app, the API, an import, psql): a claim's own vector
-- when written, and its claim's again when a comment or the quoted words change.
CREATE FUNCTION margin_claim_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := margin_claim_search_vector(NEW."statement", NEW."annotationId");
  RETURN NEW;
END $$;
CREATE TRIGGER claim_search BEFORE INSERT OR UPDATE OF "statement", "annotationId", "searchVector" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION margin_claim_search();

-- Not while the annotation itself is being deleted: its claim goes with it.
CREATE FUNCTION margin_claim_search_refresh(annotation_id text) RETURNS void LANGUAGE sql AS $$
  UPDATE "Claim" SET "searchVector" = NULL
  WHERE "annotationId" = annotation_id AND EXISTS (SELECT 1 FROM "Annotation" a WHERE a.id = annotation_id)
$$;
CREATE FUNCTION margin_claim_search_of_annotation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM margin_claim_search_refresh(OLD."annotationId");
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW."annotationId" <> OLD."annotationId") THEN
    PERFORM margin_claim_search_refresh(NEW."annotationId");
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER comment_claim_search AFTER INSERT OR DELETE OR UPDATE OF "body", "deletedAt", "annotationId" ON "Comment"
  FOR EACH ROW EXECUTE FUNCTION margin_claim_search_of_annotation();

CREATE FUNCTION margin_claim_search_of_quote() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM margin_claim_search_refresh(NEW.id);
  RETURN NULL;
END $$;
CREATE TRIGGER annotation_claim_search AFTER UPDATE OF "exact" ON "Annotation"
  FOR EACH ROW EXECUTE FUNCTION margin_claim_search_of_quote();

-- CreateIndex
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

-- The expression indexes the UNION read.
DROP INDEX "Claim_statement_search_idx";
DROP INDEX "Annotation_exact_search_idx";
DROP INDEX "Comment_body_search_idx";
