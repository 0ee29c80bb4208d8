// "Version 3 saved. 2 annotations moved, 1 needs attention."
export function versionNoticeText(
  number: number,
  { moved, orphaned }: { anchored: number; moved: number; orphaned: number },
  verb = 'saved',
) {
  const parts = [
    moved ? `${moved} ${moved === 1 ? 'annotation' : 'annotations'} moved` : null,
    orphaned ? `${orphaned} ${orphaned === 1 ? 'needs' : 'need'} attention` : null,
  ].filter(Boolean);
  return `Version ${number} ${verb}.${parts.length ? ` ${parts.join(', ')}.` : ''}`;
}
