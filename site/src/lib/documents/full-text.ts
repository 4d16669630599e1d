/**
 * A document's extracted full text as reading paragraphs: blank lines separate paragraphs; the line breaks a PDF puts
 * inside a paragraph (its layout, not the author's) become spaces.
 */
export function fullTextParagraphsOf(fullText: string | null | undefined): string[] {
  if (!fullText) return [];
  return fullText
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}
