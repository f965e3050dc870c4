// The subset of CanvasRenderingContext2D the timeline draws with, writing SVG instead of pixels:
// the one drawing code of panels/timeline.ts serves both the screen and the SVG export. A
// fillStyle of the form `hatch:<colour>` is the hatched pattern of the blocked and sleeping states.

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (n: number) => String(Math.round(n * 100) / 100);

export class SvgContext {
  fillStyle: string | CanvasPattern = '#000';
  strokeStyle: string | CanvasPattern = '#000';
  lineWidth = 1;
  font = '10px sans-serif';
  textBaseline: CanvasTextBaseline = 'alphabetic';
  globalAlpha = 1;
  private dash: number[] = [];
  private path = '';
  private parts: string[] = [];
  private hatches = new Set<string>();
  private readonly measurer = document.createElement('canvas').getContext('2d')!;

  constructor(
    private readonly width: number,
    private readonly height: number,
    background: string,
  ) {
    this.parts.push(`<rect width="${width}" height="${height}" fill="${background}"/>`);
  }

  toString(): string {
    const defs = [...this.hatches]
      .map(
        (c) =>
          `<pattern id="${hatchId(c)}" width="8" height="8" patternUnits="userSpaceOnUse">` +
          `<rect width="8" height="8" fill="${c}" fill-opacity="0.45"/>` +
          `<path d="M0,8 L8,0 M-2,2 L2,-2 M6,10 L10,6" stroke="${c}" stroke-width="2"/></pattern>`,
      )
      .join('');
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${this.width}" height="${this.height}" ` +
      `viewBox="0 0 ${this.width} ${this.height}"><defs>${defs}</defs>${this.parts.join('')}</svg>`
    );
  }

  private paint(style: string | CanvasPattern): string {
    if (typeof style !== 'string') return 'none';
    if (style.startsWith('hatch:')) {
      const color = style.slice(6);
      this.hatches.add(color);
      return `url(#${hatchId(color)})`;
    }
    return esc(style);
  }

  private alpha(): string {
    return this.globalAlpha < 1 ? ` opacity="${this.globalAlpha}"` : '';
  }

  private strokeAttrs(): string {
    const dash = this.dash.length ? ` stroke-dasharray="${this.dash.join(' ')}"` : '';
    return ` fill="none" stroke="${this.paint(this.strokeStyle)}" stroke-width="${this.lineWidth}"${dash}${this.alpha()}`;
  }

  clearRect(): void {}
  save(): void {}
  restore(): void {}
  clip(): void {}
  rect(): void {}
  setTransform(): void {}
  setLineDash(d: number[]): void {
    this.dash = d;
  }
  measureText(text: string): TextMetrics {
    this.measurer.font = this.font;
    return this.measurer.measureText(text);
  }
  fillRect(x: number, y: number, w: number, h: number): void {
    this.parts.push(
      `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="${this.paint(this.fillStyle)}"${this.alpha()}/>`,
    );
  }
  strokeRect(x: number, y: number, w: number, h: number): void {
    this.parts.push(`<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}"${this.strokeAttrs()}/>`);
  }
  beginPath(): void {
    this.path = '';
  }
  moveTo(x: number, y: number): void {
    this.path += `M${num(x)},${num(y)}`;
  }
  lineTo(x: number, y: number): void {
    this.path += `L${num(x)},${num(y)}`;
  }
  closePath(): void {
    this.path += 'Z';
  }
  arc(x: number, y: number, r: number): void {
    // Only full circles are drawn.
    this.path += `M${num(x - r)},${num(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
  fill(): void {
    this.parts.push(`<path d="${this.path}" fill="${this.paint(this.fillStyle)}"${this.alpha()}/>`);
  }
  stroke(): void {
    this.parts.push(`<path d="${this.path}"${this.strokeAttrs()}/>`);
  }
  fillText(text: string, x: number, y: number): void {
    const baseline = this.textBaseline === 'middle' ? ' dominant-baseline="central"' : '';
    const [size, ...family] = this.font.split(' ').slice(this.font.startsWith('bold') ? 1 : 0);
    this.parts.push(
      `<text x="${num(x)}" y="${num(y)}" font-size="${esc(size)}" font-family="${esc(family.join(' '))}" ` +
        `fill="${this.paint(this.fillStyle)}"${baseline}${this.alpha()}>${esc(text)}</text>`,
    );
  }
}

const hatchId = (color: string) => `hatch-${color.replace(/[^a-zA-Z0-9]/g, '')}`;
