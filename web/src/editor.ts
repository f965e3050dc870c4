// Monaco, trimmed to what a scenario editor needs: the core editor and Python highlighting.
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/python/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export interface ScenarioEditor {
  text(): string;
  onRun(action: () => void): void;
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
  return {
    text: () => editor.getValue(),
    onRun: (action) => editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, action),
  };
}
