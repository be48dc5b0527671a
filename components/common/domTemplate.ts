import { untrack } from 'solid-js';

/**
 * Solid's `template()`, fed a tree instead of an HTML string: the extension
 * parses no HTML at run time. Solid builds each template by assigning its
 * static markup to a `<template>`'s innerHTML; the add-ons site's linter
 * (rightly) cannot tell that from markup made of data, and warns. The Vite
 * plugin in scripts/solidTemplates.ts parses each template when the extension
 * is built, with the same HTML parser Solid's compiler checks its templates
 * with, and hands this function the nodes the browser would have made.
 *
 * A node is text (a string), a comment (`{ comment }`: Solid's `<!>`
 * markers) or an element `[tag, attributes, ...children]`; an SVG element's
 * tag starts with `svg:`.
 */
export type TemplateNode = string | { comment: string } | [tag: string, attributes: Record<string, string>, ...children: TemplateNode[]];

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Built in the inert document that owns `<template>` contents, as Solid's
 * nodes are: nothing in a template loads or runs until it is cloned into the page.
 */
let inert: Document | undefined;
const inertDocument = () => (inert ??= document.createElement('template').content.ownerDocument);

function build(doc: Document, node: TemplateNode): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  if (!Array.isArray(node)) return doc.createComment(node.comment);
  const [tag, attributes, ...children] = node;
  const element = tag.startsWith('svg:') ? doc.createElementNS(SVG, tag.slice(4)) : doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) element.append(build(doc, child));
  return element;
}

/** What compiled components call: each call gives a fresh copy of the template's nodes. */
export function template(tree: TemplateNode, isImportNode?: boolean): () => Node {
  let node: Node | undefined;
  const create = () => (node ??= build(inertDocument(), tree));
  // importNode (for custom elements and lazy images, as Solid does) upgrades the copy in this document.
  const copy = isImportNode ? () => untrack(() => document.importNode(create(), true)) : () => create().cloneNode(true);
  return Object.assign(copy, { cloneNode: copy });
}
