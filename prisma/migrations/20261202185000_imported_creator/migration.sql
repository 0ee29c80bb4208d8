-- Who wrote an imported annotation or comment in the tool it came from, as text.
ALTER TABLE "Annotation" ADD COLUMN "importedCreator" TEXT;
ALTER TABLE "Comment" ADD COLUMN "importedCreator" TEXT;
