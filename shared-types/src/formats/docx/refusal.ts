/**
 * Why a file is not imported. The message is for the editor who chose the file, so it is Vietnamese; `code` is for
 * tests and logs.
 */
export type RefusalCode =
  | 'not-word'
  | 'too-large'
  | 'corrupt'
  | 'encrypted'
  | 'macro'
  | 'zip-bomb'
  | 'xml-entities'
  | 'external-reference'
  | 'doc-without-libreoffice'
  | 'doc-conversion-failed'
  | 'no-content';

export class WordImportRefusal extends Error {
  readonly code: RefusalCode;
  constructor(code: RefusalCode, message: string) {
    super(message);
    this.name = 'WordImportRefusal';
    this.code = code;
  }
}

export const refuse = (code: RefusalCode, message: string): never => {
  throw new WordImportRefusal(code, message);
};
