// The Embed dialog: the two ways to put the current scenario on a course page (an iframe of
// embed.html, or a <pre data-coroscope> block with the embed.js tag), with the embed's options as
// checkboxes. docs/EMBEDDING.md explains both.

export interface EmbedSource {
  code: string;
  payload: string; // the share payload of the code (share.ts), or '' when it is too long
  example: string | null; // the gallery id, when the code is an unedited example
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export class EmbedDialog {
  private readonly dialog: HTMLDialogElement;
  private source: EmbedSource = { code: '', payload: '', example: null };

  constructor() {
    this.dialog = document.createElement('dialog');
    this.dialog.className = 'gallery embed-dialog';
    this.dialog.setAttribute('aria-labelledby', 'embed-title');
    this.dialog.innerHTML = `
      <form method="dialog" class="gallery-head">
        <h2 id="embed-title">Embed this scenario</h2>
        <span class="spacer"></span>
        <button type="submit" class="icon close" aria-label="Close">✕</button>
      </form>
      <div class="gallery-list">
        <fieldset class="embed-options">
          <legend>Options</legend>
          <label><input type="checkbox" name="editor" checked /> code</label>
          <label><input type="checkbox" name="console" checked /> console</label>
          <label><input type="checkbox" name="timeline" checked /> timeline</label>
          <label><input type="checkbox" name="readonly" /> read-only</label>
          <label><input type="checkbox" name="autorun" /> run on load</label>
          <label>theme <select name="theme"><option>auto</option><option>light</option><option>dark</option></select></label>
        </fieldset>
        <h3>An iframe</h3>
        <textarea class="snippet" name="iframe" readonly rows="4" aria-label="iframe snippet"></textarea>
        <button type="button" class="tool" data-copy="iframe">Copy the iframe</button>
        <h3>A code block and embed.js (once per page)</h3>
        <textarea class="snippet" name="script" readonly rows="8" aria-label="embed.js snippet"></textarea>
        <button type="button" class="tool" data-copy="script">Copy the code block</button>
        <p class="note">The host serving Coroscope must send <code>Access-Control-Allow-Origin: *</code> for sandboxed
        iframes (GitHub Pages does); see docs/EMBEDDING.md.</p>
      </div>`;
    this.dialog.addEventListener('input', () => this.render());
    this.dialog.querySelectorAll<HTMLButtonElement>('[data-copy]').forEach((b) =>
      b.addEventListener('click', async () => {
        const area = this.dialog.querySelector<HTMLTextAreaElement>(`textarea[name=${b.dataset.copy}]`)!;
        try {
          await navigator.clipboard.writeText(area.value);
          b.textContent = 'Copied';
        } catch {
          area.select();
        }
      }),
    );
    document.body.append(this.dialog);
  }

  open(source: EmbedSource): void {
    this.source = source;
    this.render();
    this.dialog.showModal();
  }

  private option(name: string): boolean {
    return this.dialog.querySelector<HTMLInputElement>(`input[name=${name}]`)!.checked;
  }

  private render(): void {
    const base = new URL('./', location.href).href;
    const panes = ['editor', 'console', 'timeline'].filter((p) => this.option(p));
    const theme = this.dialog.querySelector<HTMLSelectElement>('select[name=theme]')!.value;
    const params = new URLSearchParams();
    if (this.source.example) params.set('example', this.source.example);
    else params.set('code', this.source.payload);
    if (panes.length < 3 && panes.length > 0) params.set('panes', panes.join(','));
    if (theme !== 'auto') params.set('theme', theme);
    const flags = ['readonly', 'autorun'].filter((f) => this.option(f));
    const hash = [params.toString(), ...flags].filter(Boolean).join('&');
    const iframe =
      `<iframe src="${escapeHtml(`${base}embed.html#${hash}`)}"\n  sandbox="allow-scripts allow-popups"\n` +
      `  style="width: 100%; height: 460px; border: 0" title="A Coroscope scenario"></iframe>`;
    const attrs = [
      this.source.example ? `data-coroscope="${this.source.example}"` : 'data-coroscope',
      panes.length < 3 && panes.length > 0 ? `data-panes="${panes.join(',')}"` : '',
      theme !== 'auto' ? `data-theme="${theme}"` : '',
      ...flags.map((f) => `data-${f}`),
    ].filter(Boolean);
    const body = this.source.example ? '' : escapeHtml(this.source.code);
    const script = `<pre ${attrs.join(' ')}>\n${body}</pre>\n\n<script type="module" src="${escapeHtml(`${base}embed.js`)}"></script>`;
    this.dialog.querySelector<HTMLTextAreaElement>('textarea[name=iframe]')!.value =
      this.source.example || this.source.payload
        ? iframe
        : 'This scenario is too long for a link (more than 64 KB): use the code block below.';
    this.dialog.querySelector<HTMLTextAreaElement>('textarea[name=script]')!.value = script;
    this.dialog.querySelectorAll<HTMLButtonElement>('[data-copy]').forEach((b) => {
      b.textContent = b.dataset.copy === 'iframe' ? 'Copy the iframe' : 'Copy the code block';
    });
  }
}
