-- "Seen before" (issue 22) looks candidates up by trigram similarity. On the whole lower-cased
-- statement the index scan read the posting lists of the commonest trigrams (" th", "the", "of ")
-- for every lookup: 50–110 ms among 100,000 claims (docs/BENCHMARKS.md). The statement without
-- its stop words, stored and indexed, takes a fifth of that. The stop words are those of
-- lib/detect/lexicon.ts (STOP_WORDS) as they stood when this was written; the list only decides
-- which claims are candidates, the matching rules (lib/matching) read the whole statement.
CREATE FUNCTION margin_match_text(statement text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
    SELECT btrim(regexp_replace(
      regexp_replace(lower(left(statement, 2000)), '\m(a|an|the|of|in|on|at|to|for|from|by|with|and|or|but|nor|as|than|that|this|these|those|is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|could|should|may|might|must|can|it|its|he|she|they|them|their|his|her|we|our|you|your|i|who|which|what|when|where|while|since|until|during|before|after|about|over|under|into|per|each|every|all|both|more|less|most|least|such|so|if|then|also|not|no|yes|up|out|off|down|around|between|among|against|through|via|whose|there|here|again|ago|later|earlier|alone|respectively|apiece|says|said|sees|makes|gives|takes)\M', ' ', 'g'),
      '[[:space:]]+', ' ', 'g'))
  $$;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "matchText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "PublishedFactCheck" ADD COLUMN     "matchText" TEXT NOT NULL DEFAULT '';

-- Filled for the claims already there without a live event each (nothing a reader sees changed).
ALTER TABLE "Claim" DISABLE TRIGGER "Claim_live_update";
UPDATE "Claim" SET "matchText" = margin_match_text("statement");
ALTER TABLE "Claim" ENABLE TRIGGER "Claim_live_update";
UPDATE "PublishedFactCheck" SET "matchText" = margin_match_text("claimReviewed");

-- Kept by triggers: whatever writes a statement (the app, the API, an import, psql), its
-- matchText follows.
CREATE FUNCTION margin_claim_match_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."matchText" := margin_match_text(NEW."statement");
  RETURN NEW;
END $$;
CREATE TRIGGER claim_match_text BEFORE INSERT OR UPDATE OF "statement", "matchText" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION margin_claim_match_text();

CREATE FUNCTION margin_fact_check_match_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."matchText" := margin_match_text(NEW."claimReviewed");
  RETURN NEW;
END $$;
CREATE TRIGGER fact_check_match_text BEFORE INSERT OR UPDATE OF "claimReviewed", "matchText" ON "PublishedFactCheck"
  FOR EACH ROW EXECUTE FUNCTION margin_fact_check_match_text();

-- The trigram indexes move from the lower-cased statement to matchText.
DROP INDEX "Claim_statement_trgm_idx";
CREATE INDEX "Claim_matchText_trgm_idx" ON "Claim" USING GIN ("matchText" gin_trgm_ops);
DROP INDEX "PublishedFactCheck_claimReviewed_trgm_idx";
CREATE INDEX "PublishedFactCheck_matchText_trgm_idx" ON "PublishedFactCheck" USING GIN ("matchText" gin_trgm_ops);
