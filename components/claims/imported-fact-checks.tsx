/** What an import of published fact checks (a file, an address) added to the library. */
export function ImportedFactChecks({ imported }: { imported: { added: number; alreadyThere: number; skipped: number } }) {
  return (
    <p role="status" className="text-xs text-emerald-800">
      Added {imported.added}; {imported.alreadyThere} already in the library; {imported.skipped} skipped (no claim or no address).
    </p>
  );
}
