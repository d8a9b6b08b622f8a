import type { StoredWidget } from '../../platform/db/schema/index.js';

interface PlacedField {
  id: string;
  page: number;
  rect: unknown;
}

/** Fields a caller sent added to the existing ones, or replacing those with the same id; listed ids dropped. */
export function mergeTemplateFields<F extends { id: string }>(
  existing: readonly F[],
  sent: readonly F[] = [],
  removedIds: readonly string[] = [],
): F[] {
  const removed = new Set(removedIds);
  const replacing = new Map(sent.map((field) => [field.id, field]));
  const kept = existing.filter((field) => !removed.has(field.id));
  return [
    ...kept.map((field) => replacing.get(field.id) ?? field),
    ...[...replacing.values()].filter((field) => !kept.some((old) => old.id === field.id)),
  ];
}

/** A field moved by hand no longer sits on its PDF widgets: only fields still in place keep theirs. */
export function widgetsOfUnmovedFields(
  widgets: Record<string, StoredWidget[]>,
  before: readonly PlacedField[],
  after: readonly PlacedField[],
): Record<string, StoredWidget[]> {
  return Object.fromEntries(
    Object.entries(widgets).filter(([id, list]) => {
      const field = after.find((candidate) => candidate.id === id);
      const old = before.find((candidate) => candidate.id === id);
      return (
        field !== undefined &&
        list.length > 0 &&
        old !== undefined &&
        field.page === old.page &&
        JSON.stringify(field.rect) === JSON.stringify(old.rect)
      );
    }),
  );
}
