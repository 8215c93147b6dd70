/**
 * A scanner of a built site for anything content could have made executable or misleading:
 * event-handler and style attributes, script/iframe/object/embed/base/meta-refresh/form
 * elements, `javascript:`/`data:`/`vbscript:` URLs (after entity and whitespace decoding),
 * control characters, and feeds or sitemaps that are not well-formed XML.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import * as cheerio from 'cheerio';
import { XMLValidator } from 'fast-xml-parser';
import { filesIn } from './dist.ts';

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'cite', 'background', 'srcset', 'ping', 'manifest', 'codebase', 'longdesc', 'lowsrc', 'dynsrc', 'icon', 'content']);
const FORBIDDEN_ELEMENTS = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'meta[http-equiv]', 'link[rel="import"]'];

/** A URL as a browser reads it: entities are decoded by the HTML parser; whitespace and controls are ignored. */
function schemeOf(value: string): string {
  let cleaned = '';
  for (const character of value) {
    const code = character.codePointAt(0)!;
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) continue;
    cleaned += character;
  }
  const match = /^([a-z][a-z0-9+.-]*):/iu.exec(cleaned);
  return match ? match[1]!.toLowerCase() : '';
}

function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 9 && code !== 10 && code !== 13) || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return true;
  }
  return false;
}

export interface ScanOptions {
  /** The site's base path (`/summit-archive/`): the site's own search form posts there. */
  base: string;
}

export function scanSite(outDir: string, options: ScanOptions): string[] {
  const findings: string[] = [];
  for (const file of filesIn(outDir, '.html')) {
    const name = relative(outDir, file);
    const html = readFileSync(file, 'utf8');
    if (hasControlCharacter(html)) findings.push(`${name}: a control or bidi character`);
    const $ = cheerio.load(html);
    const searchPage = name === 'search/index.html';
    $('script').each((_, element) => {
      const type = $(element).attr('type');
      if (type === 'application/ld+json') {
        const json = $(element).html() ?? '';
        try {
          JSON.parse(json);
        } catch {
          findings.push(`${name}: JSON-LD that does not parse`);
        }
        if (/<\/script/iu.test(json)) findings.push(`${name}: </script> inside JSON-LD`);
        return;
      }
      const src = $(element).attr('src') ?? '';
      // The search page's own module, built by Astro from src/scripts/search.ts.
      if (searchPage && type === 'module' && src.startsWith(`${options.base}_astro/`) && ($(element).html() ?? '').trim() === '') return;
      findings.push(`${name}: <script${type ? ` type="${type}"` : ''}${src ? ` src="${src}"` : ''}>`);
    });
    for (const selector of FORBIDDEN_ELEMENTS) $(selector).each((_, element) => void findings.push(`${name}: <${(element as { tagName: string }).tagName}> (${selector})`));
    $('form').each((_, element) => {
      const form = $(element);
      if (form.attr('role') === 'search' && form.attr('action') === `${options.base}search/` && form.attr('method') === 'get') return;
      findings.push(`${name}: <form action="${form.attr('action') ?? ''}">`);
    });
    $('*').each((_, node) => {
      const element = node as unknown as { tagName: string; attribs?: Record<string, string> };
      for (const [attribute, value] of Object.entries(element.attribs ?? {})) {
        const lower = attribute.toLowerCase();
        if (lower.startsWith('on')) findings.push(`${name}: ${element.tagName}[${attribute}]`);
        if (lower === 'style') findings.push(`${name}: ${element.tagName}[style]`);
        if (lower === 'srcdoc') findings.push(`${name}: ${element.tagName}[srcdoc]`);
        if (URL_ATTRIBUTES.has(lower) || lower.endsWith(':href')) {
          const values = lower === 'srcset' ? value.split(',').map((entry) => entry.trim().split(/\s+/u)[0] ?? '') : lower === 'content' ? [] : [value];
          for (const url of values) {
            const scheme = schemeOf(url);
            if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data') findings.push(`${name}: ${element.tagName}[${attribute}] is a ${scheme}: URL`);
          }
        }
      }
    });
    $('style').each((_, element) => {
      const css = $(element).text();
      if (/javascript:|expression\s*\(|@import/iu.test(css)) findings.push(`${name}: script-like CSS in <style>`);
    });
  }
  for (const file of filesIn(outDir, '.xml')) {
    const name = relative(outDir, file);
    const xml = readFileSync(file, 'utf8');
    if (XMLValidator.validate(xml) !== true) findings.push(`${name}: not well-formed XML`);
    if (hasControlCharacter(xml)) findings.push(`${name}: a control or bidi character`);
  }
  for (const file of filesIn(outDir, '.json')) {
    const name = relative(outDir, file);
    if (name.startsWith('pagefind/')) continue;
    try {
      const text = JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
      if (/\\u00[01][0-9a-f]|\\u007f|\\u202[a-e]|\\u206[6-9]/iu.test(text) || hasControlCharacter(text)) findings.push(`${name}: a control or bidi character in the data`);
    } catch {
      findings.push(`${name}: JSON that does not parse`);
    }
  }
  return findings;
}
