// Highlighted, read-only Python for the embed: a few kilobytes instead of Monaco, which an embed
// loads only when the reader starts editing. It marks the moment's line and the errors of a run
// as the editor does.
import type { CodeView } from './playground';
import type { ScenarioError } from './traceback';

const KEYWORDS = new Set(
  ('False None True and as assert async await break class continue def del elif else except finally for from ' +
    'global if import in is lambda nonlocal not or pass raise return try while with yield match case').split(' '),
);
const BUILTINS = new Set(
  'print len range list dict set tuple str int float bool sum min max sorted enumerate zip map filter isinstance type super open input repr iter next any all abs round'.split(
    ' ',
  ),
);

// Tokens of one line: strings (single-line; a triple-quoted string spanning lines carries over),
// comments, numbers, names, decorators.
const TOKEN =
  /(#.*$)|([rbfuRBFU]{0,2}(?:"""|'''|"(?:\\.|[^"\\])*"?|'(?:\\.|[^'\\])*'?))|(\b\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?j?\b)|(@[\w.]+)|([A-Za-z_]\w*)/g;

function highlight(line: string, open: string | null): { html: DocumentFragment; open: string | null } {
  const out = document.createDocumentFragment();
  const span = (cls: string, text: string) => {
    const s = document.createElement('span');
    s.className = cls;
    s.textContent = text;
    out.append(s);
  };
  let at = 0;
  if (open) {
    const end = line.indexOf(open);
    if (end < 0) {
      span('str', line);
      return { html: out, open };
    }
    span('str', line.slice(0, end + 3));
    at = end + 3;
    open = null;
  }
  TOKEN.lastIndex = at;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(line))) {
    if (m.index > at) out.append(line.slice(at, m.index));
    const [text, comment, str, number, decorator, name] = m;
    if (comment) span('com', comment);
    else if (str) {
      const triple = str.replace(/^[rbfuRBFU]*/, '').length === 3 && /("""|''')$/.test(str) ? str.slice(-3) : null;
      if (triple) {
        const close = line.indexOf(triple, m.index + str.length);
        if (close < 0) {
          span('str', line.slice(m.index));
          return { html: out, open: triple };
        }
        span('str', line.slice(m.index, close + 3));
        at = close + 3;
        TOKEN.lastIndex = at;
        continue;
      }
      span('str', str);
    } else if (number) span('num', number);
    else if (decorator) span('dec', decorator);
    else if (name) {
      if (KEYWORDS.has(name)) span('kw', name);
      else if (BUILTINS.has(name)) span('bi', name);
      else out.append(name);
    }
    at = m.index + text.length;
  }
  if (at < line.length) out.append(line.slice(at));
  return { html: out, open };
}

export class HighlightedCode implements CodeView {
  private rows: HTMLElement[] = [];
  private source = '';

  constructor(private readonly host: HTMLElement) {}

  setText(text: string): void {
    this.source = text;
    const lines = text.replace(/\n$/, '').split('\n');
    let open: string | null = null;
    this.rows = lines.map((line, i) => {
      const row = document.createElement('div');
      row.className = 'code-line';
      row.dataset.line = String(i + 1);
      const r = highlight(line, open);
      open = r.open;
      row.append(r.html, '\n');
      return row;
    });
    this.host.replaceChildren(...this.rows);
  }

  text(): string {
    return this.source;
  }

  showLine(line: number, kind: 'running' | 'waiting'): void {
    for (const r of this.host.querySelectorAll('.moment-line')) r.classList.remove('moment-line', 'running', 'waiting');
    const row = this.rows[line - 1];
    if (!row) return;
    row.classList.add('moment-line', kind);
    this.reveal(row);
  }

  setErrors(errors: ScenarioError[]): void {
    for (const r of this.rows) {
      r.classList.remove('error-line');
      r.removeAttribute('title');
    }
    for (const e of errors) {
      const row = this.rows[e.line - 1];
      if (!row) continue;
      row.classList.add('error-line');
      row.title = e.message;
    }
  }

  revealLine(line: number): void {
    const row = this.rows[line - 1];
    if (row) this.reveal(row);
  }

  private reveal(row: HTMLElement): void {
    const host = this.host;
    const top = row.offsetTop - host.offsetTop;
    if (top < host.scrollTop || top + row.offsetHeight > host.scrollTop + host.clientHeight) {
      host.scrollTop = Math.max(0, top - host.clientHeight / 2);
    }
  }
}
