/** Where one issue came from: enough to name it in an error. */
export interface NumberedFile {
  number: number;
  filePath: string;
}

/** Each issue number used by more than one file, with those files in path order. */
export function findDuplicateNumbers(files: readonly NumberedFile[]): { number: number; files: string[] }[] {
  const byNumber = new Map<number, string[]>();
  for (const { number, filePath } of files) {
    byNumber.set(number, [...(byNumber.get(number) ?? []), filePath]);
  }
  return [...byNumber.entries()]
    .filter(([, paths]) => paths.length > 1)
    .sort(([a], [b]) => a - b)
    .map(([number, paths]) => ({ number, files: [...paths].sort() }));
}

/** An error message an author can act on, or null when every number is unique. */
export function duplicateNumbersMessage(files: readonly NumberedFile[]): string | null {
  const duplicates = findDuplicateNumbers(files);
  if (duplicates.length === 0) return null;
  const lines = duplicates.map(
    (d) => `  number ${d.number} is used by ${d.files.join(' and ')}`,
  );
  return [
    'Two issues share a number (frontmatter field "number"):',
    ...lines,
    'Give each issue its own number; the next free one is ' +
      `${Math.max(...files.map((f) => f.number)) + 1}.`,
  ].join('\n');
}
