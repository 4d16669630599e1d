import fs from 'node:fs';

/** Writes `file` through a temporary file renamed over it: a reader sees the old content or the new, never half. */
export function writeFileAtomic(file: string, data: string): void {
  const temporary = `${file}.tmp`;
  fs.writeFileSync(temporary, data);
  fs.renameSync(temporary, file);
}
