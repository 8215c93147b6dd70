/**
 * The one message for a control or bidirectional character in contributor text, whether the
 * text is a Markdown body or a YAML file: same wording, same fix, its own rule id.
 */
import { forbiddenCharacterName, type ForbiddenCharacter } from '../text/characters.ts';
import { contentMessage, type ContentMessage } from './message.ts';

export function forbiddenCharacterMessage(
  place: { file: string; lineOffset: number; field: string },
  forbidden: ForbiddenCharacter,
  subject: 'text' | 'file',
  rule: string,
): ContentMessage {
  return contentMessage({
    file: place.file,
    line: forbidden.line + place.lineOffset,
    column: forbidden.column,
    field: place.field,
    message: `The ${subject} contains ${forbiddenCharacterName(forbidden.codePoint)}`,
    found: forbidden.codePoint,
    expected: 'printable text',
    hint: 'Delete the invisible character (retype the word around it); it breaks feeds and can hide text from reviewers.',
    rule,
  });
}
