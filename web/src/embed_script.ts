// embed.js: one tag on a course page,
//   <script type="module" src="https://<where Coroscope is served>/embed.js"></script>
// turns every <pre data-coroscope> into a live mini playground (an iframe of embed.html), each one
// only when it scrolls into view. The <pre>'s text is the scenario; its attributes choose the rest:
//   data-coroscope="<example id>"  (optional) an example from the gallery instead of the text
//   data-panes="editor,console,timeline", data-theme="light|dark|auto", data-clock="virtual|real",
//   data-cpu="1e-6" (CPU time a step), data-steps, data-output (limits), data-readonly, data-autorun, data-height="480" (pixels)
// The iframe is sandboxed (scripts only, plus pop-ups for "Open in Coroscope"), so the scenario
// can't touch the course page.
import { encodeState } from './share';

const base = new URL(/* @vite-ignore */ './', import.meta.url);

async function embedUrl(pre: HTMLElement): Promise<string> {
  const options = new URLSearchParams();
  const example = pre.dataset.coroscope;
  if (example) options.set('example', example);
  else {
    const code = (pre.textContent ?? '').replace(/^\n/, '');
    const clock = pre.dataset.clock === 'real' ? 'real' : 'virtual';
    options.set('code', await encodeState({ code, clock, speed: 1, cpuTime: 0, moment: null }));
  }
  for (const name of ['panes', 'theme', 'clock', 'cpu', 'steps', 'output'] as const) {
    const value = pre.dataset[name];
    if (value) options.set(name, value);
  }
  for (const name of ['readonly', 'autorun'] as const) if (name in pre.dataset) options.set(name, '');
  return `${new URL('embed.html', base).href}#${options.toString().replace(/=(&|$)/g, '$1')}`;
}

async function mount(pre: HTMLElement): Promise<void> {
  const frame = document.createElement('iframe');
  frame.src = await embedUrl(pre);
  frame.title = pre.getAttribute('aria-label') ?? 'Coroscope: a runnable asyncio scenario';
  frame.setAttribute('sandbox', 'allow-scripts allow-popups allow-popups-to-escape-sandbox');
  frame.setAttribute('loading', 'lazy');
  frame.className = 'coroscope-embed';
  frame.style.cssText = `width: 100%; height: ${Number(pre.dataset.height) || 460}px; border: 1px solid #2a2f3d; border-radius: 8px;`;
  pre.replaceWith(frame);
}

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      void mount(entry.target as HTMLElement);
    }
  },
  { rootMargin: '200px' },
);

function scan(): void {
  document.querySelectorAll<HTMLElement>('pre[data-coroscope]:not([data-coroscope-seen])').forEach((pre) => {
    pre.dataset.coroscopeSeen = '';
    observer.observe(pre);
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
else scan();
