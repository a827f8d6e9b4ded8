// Remembers which sections are open for the rest of the browser session. Storage
// may be missing, full or forbidden (privacy modes, sandboxed frames): every
// access is guarded, and failing only means that nothing is remembered.
import { storageKey } from '../../internal/tag-name.js';

export function openStateKey(scope: string): string {
  return storageKey(`guide:${location.pathname}:${scope}`);
}

export function readOpenState(key: string): string[] {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function writeOpenState(key: string, ids: Iterable<string>): void {
  try {
    sessionStorage.setItem(key, JSON.stringify([...ids]));
  } catch {
    // Not remembered: the guide still works.
  }
}
