import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseAst, type Plugin } from 'vite';
import type { TemplateNode } from '@/components/common/domTemplate';

/**
 * Solid compiles each component's static markup to `template("<div class=x>…")`
 * and builds it at run time by assigning the string to a `<template>`'s
 * innerHTML. That is safe (the strings are the compiler's, never data), but
 * addons.mozilla.org's linter warns on any innerHTML assignment it cannot
 * read as a literal, and a reviewer has to take our word for it. This plugin
 * parses every template while the extension is built and replaces the call
 * with components/common/domTemplate.ts's `template(tree)`, which makes the same nodes
 * with createElement: the extension then parses no HTML at all at run time.
 *
 * The parser is parse5, the one Solid's compiler (babel-plugin-jsx-dom-expressions)
 * already uses to check that a browser parses its templates as written; parse5
 * follows the HTML standard, so the tree is the one the browser would build,
 * node for node (Solid walks it by firstChild and nextSibling). It is taken from
 * the compiler's own dependencies, so it is always the version the compiler uses.
 */

interface Parse5Node {
  nodeName: string;
  tagName?: string;
  namespaceURI?: string;
  attrs?: { name: string; value: string; namespace?: string }[];
  childNodes?: Parse5Node[];
  value?: string;
  data?: string;
}
interface Parse5 {
  parseFragment(html: string): Parse5Node;
}

let parse5: Parse5 | undefined;
function compilerParse5(): Parse5 {
  const from = (path: string, name: string) => createRequire(path).resolve(name);
  const plugin = from(import.meta.url, 'vite-plugin-solid');
  const compiler = from(from(plugin, 'babel-preset-solid'), 'babel-plugin-jsx-dom-expressions');
  return createRequire(compiler)('parse5') as Parse5;
}

const HTML = 'http://www.w3.org/1999/xhtml';
const SVG = 'http://www.w3.org/2000/svg';
const RUNTIME = fileURLToPath(new URL('../components/common/domTemplate.ts', import.meta.url));
const LOCAL = '__cgTemplate';

/** One parsed node as components/common/domTemplate.ts's data; anything it could not rebuild exactly stops the build. */
function toTree(node: Parse5Node, where: string): TemplateNode {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.nodeName === '#comment') return { comment: node.data ?? '' };
  const tag = node.tagName;
  if (!tag || tag === 'template' || (node.namespaceURI !== HTML && node.namespaceURI !== SVG)) {
    throw new Error(
      `${where}: a template holds <${node.nodeName}> (${node.namespaceURI}), which components/common/domTemplate.ts cannot build`,
    );
  }
  const attributes: Record<string, string> = {};
  for (const attr of node.attrs ?? []) {
    if (attr.namespace) throw new Error(`${where}: the namespaced attribute ${attr.name} is not supported`);
    attributes[attr.name] = attr.value;
  }
  const children = (node.childNodes ?? []).map((child) => toTree(child, where));
  return [node.namespaceURI === SVG ? `svg:${tag}` : tag, attributes, ...children];
}

/** The node Solid's template() would return for this markup (its first; for SVG parts, inside the `<svg>` wrapper). */
export function parseTemplate(html: string, isSVG: boolean, where: string): TemplateNode {
  parse5 ??= compilerParse5();
  const top = parse5.parseFragment(html).childNodes?.[0];
  const node = isSVG ? top?.childNodes?.[0] : top;
  if (!node) throw new Error(`${where}: an empty template`);
  return toTree(node, where);
}

interface EsNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Every node of an ESTree, depth first. */
function* walk(node: unknown): Generator<EsNode> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* walk(child);
    return;
  }
  if (typeof (node as EsNode).type === 'string') yield node as EsNode;
  for (const value of Object.values(node)) if (value && typeof value === 'object') yield* walk(value);
}

const literalValue = (node: EsNode | undefined): unknown => (node?.type === 'Literal' ? node.value : undefined);

/** One `template(...)` call in a compiled module: where it is and what it was given. */
export interface TemplateCall {
  start: number;
  end: number;
  html: string;
  isImportNode: boolean;
  isSVG: boolean;
}

/** The calls of Solid's template() in a module vite-plugin-solid compiled (none if it imports no template()). */
export function templateCalls(code: string, where: string): TemplateCall[] {
  if (!code.includes('solid-js/web')) return [];
  const ast = parseAst(code) as unknown as EsNode;
  // The name this module gave Solid's template(), if it imported it.
  let local: string | undefined;
  for (const node of ast.body as EsNode[]) {
    if (node.type !== 'ImportDeclaration' || literalValue(node.source as EsNode) !== 'solid-js/web') continue;
    for (const spec of node.specifiers as EsNode[]) {
      if ((spec.imported as EsNode | undefined)?.name === 'template') local = (spec.local as EsNode).name as string;
    }
  }
  if (!local) return [];
  const calls: TemplateCall[] = [];
  for (const node of walk(ast)) {
    const callee = node.callee as EsNode | undefined;
    if (node.type !== 'CallExpression' || callee?.type !== 'Identifier' || callee.name !== local) continue;
    const [markup, importNode, isSVG, isMathML] = node.arguments as EsNode[];
    const quasis = markup?.type === 'TemplateLiteral' && !(markup.expressions as EsNode[]).length ? (markup.quasis as EsNode[]) : [];
    const html = quasis.length === 1 ? (quasis[0]!.value as { cooked?: string }).cooked : literalValue(markup);
    if (typeof html !== 'string' || literalValue(isMathML) === true) {
      throw new Error(`${where}: a template() call this plugin cannot read (not one literal string, or MathML)`);
    }
    calls.push({
      start: node.start,
      end: node.end,
      html,
      isImportNode: literalValue(importNode) === true,
      isSVG: literalValue(isSVG) === true,
    });
  }
  return calls;
}

export function solidTemplatesWithoutHtml(): Plugin {
  return {
    name: 'solid-templates-without-html',
    // After vite-plugin-solid has compiled the JSX.
    enforce: 'post',
    transform(code, id) {
      if (id.includes('/node_modules/')) return;
      const calls = templateCalls(code, id);
      if (calls.length === 0) return;
      let out = code;
      for (const call of calls.reverse()) {
        const tree = JSON.stringify(parseTemplate(call.html, call.isSVG, id));
        // As many lines as before, so the rest of the module (and its source map) keeps its lines.
        const newlines = '\n'.repeat(code.slice(call.start, call.end).split('\n').length - 1);
        out = `${out.slice(0, call.start)}${LOCAL}(${tree}${call.isImportNode ? ', true' : ''}${newlines})${out.slice(call.end)}`;
      }
      // On the first line, so no line moves.
      return { code: `import { template as ${LOCAL} } from ${JSON.stringify(RUNTIME)}; ${out}`, map: null };
    },
  };
}
