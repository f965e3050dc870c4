// Monaco, trimmed to what a scenario editor needs: the core editor and Python highlighting. The
// timeline marks the line where the task running at the selected moment stands.
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/python/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export interface ScenarioEditor {
  text(): string;
  setText(text: string): void;
  onRun(action: () => void): void;
  // Marks `line` (1-based; 0 clears) as the moment's line and scrolls it into view.
  showLine(line: number, kind: 'running' | 'waiting'): void;
}

export function createEditor(host: HTMLElement, initial: string): ScenarioEditor {
  const editor = monaco.editor.create(host, {
    value: initial,
    language: 'python',
    theme: 'vs-dark',
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    scrollBeyondLastLine: false,
  });
  const marked = editor.createDecorationsCollection();
  return {
    text: () => editor.getValue(),
    setText: (text) => editor.setValue(text),
    onRun: (action) => editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, action),
    showLine: (line, kind) => {
      if (line <= 0 || line > editor.getModel()!.getLineCount()) {
        marked.clear();
        return;
      }
      marked.set([
        {
          range: new monaco.Range(line, 1, line, 1),
          options: {
            isWholeLine: true,
            className: `moment-line ${kind}`,
            linesDecorationsClassName: `moment-glyph ${kind}`,
          },
        },
      ]);
      editor.revealLineInCenterIfOutsideViewport(line);
    },
  };
}
