/**
 * Characters that must never reach a page, a feed or the export: C0 and C1 control
 * characters (NUL among them) break XML and hide text, and Unicode bidirectional controls
 * make text read differently from how it is stored ("Trojan Source"). Contributor files
 * containing them are rejected with their position; scraped sources, kept byte for byte,
 * have them removed from what the archive shows.
 */

/** Control characters: C0 except tab, line feed and carriage return; DEL; C1. */
export function isControlCharacter(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
}

/** Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). */
export function isBidiControl(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

export function isForbiddenCharacter(code: number): boolean {
  return isControlCharacter(code) || isBidiControl(code);
}

export interface ForbiddenCharacter {
  /** 1-based line and column in the text. */
  line: number;
  column: number;
  /** `U+0000`. */
  codePoint: string;
}

/** The first forbidden character in a text, with its position; null when there is none. */
export function findForbiddenCharacter(text: string): ForbiddenCharacter | null {
  let line = 1;
  let column = 1;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 10) {
      line += 1;
      column = 1;
      continue;
    }
    if (isForbiddenCharacter(code)) return { line, column, codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` };
    column += 1;
  }
  return null;
}

/** The text without forbidden characters (for scraped sources, which are kept as they are on disk). */
export function withoutForbiddenCharacters(text: string): string {
  let clean = true;
  for (let index = 0; index < text.length; index += 1) {
    if (isForbiddenCharacter(text.charCodeAt(index))) {
      clean = false;
      break;
    }
  }
  if (clean) return text;
  let out = '';
  for (let index = 0; index < text.length; index += 1) if (!isForbiddenCharacter(text.charCodeAt(index))) out += text[index];
  return out;
}

export function forbiddenCharacterName(codePoint: string): string {
  const code = Number.parseInt(codePoint.slice(2), 16);
  if (code === 0) return 'a NUL character';
  if (isBidiControl(code)) return `a bidirectional text control (${codePoint})`;
  return `a control character (${codePoint})`;
}
