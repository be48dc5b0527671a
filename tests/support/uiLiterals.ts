import { readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * Words a person would read, written straight into a component instead of
 * coming from the message files (lib/i18n): JSX text with a letter in it,
 * string literals given to text props (labels, titles, placeholders, ARIA
 * names), and string literals that read as words (a capital letter, then
 * a space or sentence punctuation). Class names, keys and ids do not read
 * as words, so they pass.
 */
export interface UiLiteral {
  file: string;
  line: number;
  text: string;
}

const TEXT_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'fallback',
]);
/** Props of our own components that take words (by name ending): `copyLabel`, `confirmLabel`, `note`, … */
const TEXT_PROP_ENDINGS = [
  'Label',
  'label',
  'Text',
  'text',
  'Title',
  'title',
  'Message',
  'message',
  'note',
  'Note',
  'summary',
  'Summary',
  'hint',
  'Hint',
];
const HAS_LETTER = /\p{L}/u;
/** Reads as words: starts with a capital letter and has a space or ends a sentence, or is a capitalised word of 3+ letters. */
const READS_AS_WORDS = /^\s*\p{Lu}[\p{L}'’-]*([\s,.:;!?…]|$)/u;
/** Single capitalised identifiers that are code, not words a person reads (event keys, DOM values). */
const CODE_WORDS = new Set([
  'Enter',
  'Escape',
  'Tab',
  'Home',
  'End',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Backspace',
  'Delete',
  'Alt',
  'Shift',
  'Control',
  'Meta',
  'PageUp',
  'PageDown',
]);

export function uiLiterals(file: string): UiLiteral[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: UiLiteral[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim().slice(0, 80) });

  const text = source.getFullText();
  /** A `// not-ui: why` comment on the line above marks words that are not shown to a person (a file format's fixed headings, a log line). */
  const exempt = (node: ts.Node) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line;
    const lineStart = source.getPositionOfLineAndCharacter(Math.max(0, line - 1), 0);
    return text.slice(lineStart, node.getStart()).includes('not-ui:');
  };
  const visit = (node: ts.Node): void => {
    if (exempt(node) && !ts.isSourceFile(node)) return;
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeNode(node) || isConsoleCall(node)) return;
    if (ts.isJsxText(node)) {
      if (HAS_LETTER.test(node.text)) report(node, node.text);
      return;
    }
    if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(source);
      const textProp = TEXT_PROPS.has(name) || TEXT_PROP_ENDINGS.some((ending) => name.endsWith(ending));
      const value = ts.isStringLiteral(node.initializer)
        ? node.initializer
        : ts.isJsxExpression(node.initializer) && node.initializer.expression && isStringy(node.initializer.expression)
          ? node.initializer.expression
          : null;
      if (value && textProp && HAS_LETTER.test(value.getText(source))) {
        report(value, value.getText(source));
        return;
      }
    }
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && readsAsWords(node.text) && !isPropertyKey(node)) {
      report(node, node.text);
      return;
    }
    if (ts.isTemplateExpression(node) && readsAsWords(node.head.text + node.templateSpans.map((span) => span.literal.text).join(' '))) {
      report(node, node.getText(source));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `console.error('…')`: for developers reading the console, not for the person using the panel. */
const isConsoleCall = (node: ts.Node) =>
  ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.expression.getText() === 'console';

const isStringy = (node: ts.Node) => ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);

function readsAsWords(text: string): boolean {
  const trimmed = text.trim();
  if (!READS_AS_WORDS.test(trimmed) || CODE_WORDS.has(trimmed)) return false;
  // A lone capitalised word of one or two letters ("A", "OK" as a code) is not flagged; a word of 3+ is.
  return /\s/.test(trimmed) || /[.!?…:]$/.test(trimmed) || /^\p{Lu}[\p{Ll}-]{2,}$/u.test(trimmed);
}

/** `{ Enter: … }`, `obj['Some key']`: a key, not words. */
const isPropertyKey = (node: ts.Node) =>
  (ts.isPropertyAssignment(node.parent) && node.parent.name === node) ||
  ts.isElementAccessExpression(node.parent) ||
  ts.isLiteralTypeNode(node.parent);
