// The limits a run has in the page: each is a RunOptions field the reader can change, in the
// playground's Limits menu and as an embed's hash option (docs/LIMITS.md lists them beside the
// CLI's flags). A limit that is reached ends the run with a message naming it; Stop ends any run.
import type { RunOptions } from './engine/client';
import { OUTPUT_LIMIT } from './engine/protocol';

export type LimitKey = 'maxSteps' | 'outputLimit';
export type Limits = Partial<Pick<RunOptions, LimitKey>>;

export interface Limit {
  key: LimitKey;
  label: string;
  param: string; // the embed's hash option
  help: string;
  value: number; // the page's default
  choices: { value: number; text: string }[];
  // What an embed option may ask for (0: no limit, where allowed).
  valid(n: number): boolean;
}

export const LIMITS: Limit[] = [
  {
    key: 'maxSteps',
    label: 'Interpreter steps',
    param: 'steps',
    help: 'A run stops after this many interpreter steps: a billion is about ten seconds of an endless loop.',
    value: 1e9,
    choices: [
      { value: 1e6, text: '1 million' },
      { value: 1e7, text: '10 million' },
      { value: 1e8, text: '100 million' },
      { value: 1e9, text: '1 billion' },
      { value: 0, text: 'no limit (Stop ends a run)' },
    ],
    valid: (n) => Number.isInteger(n) && n >= 0,
  },
  {
    key: 'outputLimit',
    label: 'Output',
    param: 'output',
    help: 'A run stops once it has printed this many characters.',
    value: OUTPUT_LIMIT,
    choices: [
      { value: 100_000, text: '100,000 characters' },
      { value: OUTPUT_LIMIT, text: '2 million characters' },
      { value: 20_000_000, text: '20 million characters' },
    ],
    valid: (n) => Number.isInteger(n) && n >= 1000 && n <= 50_000_000,
  },
];

export const defaultLimits = (): Limits => Object.fromEntries(LIMITS.map((l) => [l.key, l.value]));

// An embed's hash options (`steps=1e7`, `output=100000`): what is not a valid number keeps the
// default, and says so.
export function limitsFromParams(params: URLSearchParams): { limits: Limits; errors: string[] } {
  const limits = defaultLimits();
  const errors: string[] = [];
  for (const l of LIMITS) {
    const text = params.get(l.param);
    if (text === null) continue;
    const n = Number(text);
    if (text.trim() !== '' && l.valid(n)) limits[l.key] = n;
    else errors.push(`${l.param}=${text} is not a valid ${l.label.toLowerCase()} limit; the default (${l.value.toLocaleString('en')}) applies.`);
  }
  return { limits, errors };
}

// The playground's Limits menu: one choice per limit, kept by the page with its other settings.
export class LimitsMenu {
  private readonly selects = new Map<LimitKey, HTMLSelectElement>();

  constructor(host: HTMLElement, onChange: () => void) {
    for (const l of LIMITS) {
      const label = document.createElement('label');
      label.className = 'menu-field';
      label.title = l.help;
      const name = document.createElement('span');
      name.textContent = l.label;
      const select = document.createElement('select');
      select.setAttribute('aria-label', l.label); // the label's own text would include the choice
      for (const c of l.choices) select.add(new Option(c.text, String(c.value), false, c.value === l.value));
      select.addEventListener('change', onChange);
      label.append(name, select);
      host.append(label);
      this.selects.set(l.key, select);
    }
  }

  get limits(): Limits {
    return Object.fromEntries([...this.selects].map(([key, select]) => [key, Number(select.value)]));
  }

  set limits(values: Record<string, unknown>) {
    for (const [key, select] of this.selects) {
      const v = values[key];
      if ([...select.options].some((o) => Number(o.value) === v)) select.value = String(v);
    }
  }
}
