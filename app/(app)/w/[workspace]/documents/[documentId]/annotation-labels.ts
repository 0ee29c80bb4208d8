import { displayName } from '@/lib/users/display-name';
import type { SidebarAnnotation } from './annotation-sidebar';

/** Badge colours per kind, as the highlights (app/globals.css) tint them. */
export const KIND_CLASS: Record<string, string> = {
  claim: 'bg-amber-100 text-amber-900',
  figure: 'bg-blue-100 text-blue-900',
  citation: 'bg-emerald-100 text-emerald-900',
  note: 'bg-violet-100 text-violet-900',
};

export const authorName = (annotation: Pick<SidebarAnnotation, 'author'>) => displayName(annotation.author);
