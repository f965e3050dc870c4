// Share links with no server: the shareable part of the app state (code, clock, speed, CPU time,
// selected moment) as JSON, deflated (CompressionStream 'deflate-raw'), base64url-encoded (no `=`, `+`, `/`,
// `(` or `)`, so the link survives Markdown and chat apps) and versioned: `#code=1.<payload>`.
// Decoding never trusts the link: its size is checked before and during inflation, and every field
// is validated; anything wrong is a ShareError with a message for the user.

export interface SharedState {
  code: string;
  clock: 'virtual' | 'real';
  speed: number;
  cpuTime: number; // virtual clock: seconds each interpreter step costs (0: off); one of CPU_TIMES
  moment: number | null; // the selected event, shown after the reader runs the scenario
}

// The page's CPU-time choices: off (as CPython's reference runs: computing is instant), 1 µs and
// 10 µs a step. Anything else in a link or an embed option means off.
export const CPU_TIMES = [0, 1e-6, 1e-5];
export const cpuTimeOf = (value: unknown): number => (typeof value === 'number' && CPU_TIMES.includes(value) ? value : 0);

export const VERSION = 1;
export const MAX_DECODED = 64 * 1024; // bytes of JSON
// A deflated payload of 64 KB can't need much more than that in base64 (4/3), plus slack.
const MAX_ENCODED = Math.ceil((MAX_DECODED * 4) / 3) + 1024;

export class ShareError extends Error {}

export async function encodeState(state: SharedState): Promise<string> {
  const json = JSON.stringify({ code: state.code, clock: state.clock, speed: state.speed, cpu: state.cpuTime, moment: state.moment });
  const bytes = new TextEncoder().encode(json);
  if (bytes.length > MAX_DECODED) {
    throw new ShareError(`This scenario is too long to share as a link (${kb(bytes.length)}; the limit is ${kb(MAX_DECODED)}).`);
  }
  const deflated = await pipe(bytes, new CompressionStream('deflate-raw'), Infinity);
  return `${VERSION}.${toBase64Url(deflated)}`;
}

export async function decodeState(payload: string): Promise<SharedState> {
  const dot = payload.indexOf('.');
  const version = dot > 0 ? payload.slice(0, dot) : '';
  if (!/^\d+$/.test(version)) throw new ShareError('This link is not a Coroscope link (it has no version).');
  if (Number(version) !== VERSION) {
    throw new ShareError(`This link was made by another version of Coroscope (link version ${version}; this page reads version ${VERSION}).`);
  }
  const data = payload.slice(dot + 1);
  if (data.length > MAX_ENCODED) throw new ShareError(`This link is too long (${kb(data.length)}; a shared scenario is at most ${kb(MAX_DECODED)}).`);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = fromBase64Url(data);
  } catch {
    throw new ShareError('This link is damaged: its code is not valid base64url (was it cut short?).');
  }
  let json: string;
  try {
    const inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_DECODED);
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch (error) {
    if (error instanceof ShareError) throw error;
    throw new ShareError('This link is damaged: its code does not decompress (was it cut short?).');
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new ShareError('This link is damaged: its contents are not readable.');
  }
  const v = value as Record<string, unknown>;
  if (typeof v !== 'object' || v === null || typeof v.code !== 'string') {
    throw new ShareError('This link is damaged: it holds no scenario.');
  }
  return {
    code: v.code,
    clock: v.clock === 'real' ? 'real' : 'virtual',
    speed: typeof v.speed === 'number' && [0.25, 0.5, 1, 2, 4].includes(v.speed) ? v.speed : 1,
    cpuTime: cpuTimeOf(v.cpu),
    moment: typeof v.moment === 'number' && Number.isInteger(v.moment) && v.moment >= 0 ? v.moment : null,
  };
}

// The hash of a page URL: `#code=...`, `#example=<id>`, or nothing we know.
export type HashRequest = { kind: 'code'; payload: string } | { kind: 'example'; id: string } | { kind: 'none' };

export function parseHash(hash: string): HashRequest {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = params.get('code');
  if (code !== null) return { kind: 'code', payload: code };
  const example = params.get('example');
  if (example !== null) return { kind: 'example', id: example };
  return { kind: 'none' };
}

async function pipe(bytes: Uint8Array<ArrayBuffer>, transform: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  // Errors surface on the reading side; the write side's promise would otherwise be unhandled.
  writer.write(bytes).catch(() => {});
  writer.close().catch(() => {});
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new ShareError(`This link's scenario is too large (more than ${kb(limit)} once unpacked).`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const kb = (n: number) => `${Math.round(n / 1024)} KB`;
