import { MAX_TITLE_LENGTH } from '@/lib/board/format';
import { err, ok, type Result } from '@/lib/util/result';
import { t } from '@/lib/i18n/messages';

/**
 * Turns what a person typed as a board or display name into the name we keep:
 * trimmed, inner runs of whitespace collapsed, bounded. Blank names are refused
 * so the board list never holds a nameless row.
 */
export function cleanName(raw: string, maxLength = MAX_TITLE_LENGTH): Result<string> {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (name === '') return err(t.model.nameMissing);
  if (name.length > maxLength) return err(t.model.nameTooLong(maxLength + 1));
  return ok(name);
}
