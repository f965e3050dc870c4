// Monaco with what people expect of an editor (find/replace, comment toggle, folding,
// multi-cursor, word suggestions, bracket matching) and Python highlighting. Each other
// contribution costs first-load bytes against the page's 1.2 MB budget (bench/browser/weight.mjs):
// hovers, the context menu, marker navigation, line operations and the clipboard commands came to
// about 95 KB gzip, so they are left out (copy and paste work natively). The timeline marks the line where the
// task running at the selected moment stands; errors of the last run are markers on their lines.
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching';
import 'monaco-editor/editor/contrib/comment/browser/comment';
import 'monaco-editor/editor/contrib/find/browser/findController';
import 'monaco-editor/editor/contrib/folding/browser/folding';
import 'monaco-editor/editor/contrib/multicursor/browser/multicursor';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/languages/definitions/python/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export interface ScenarioEditor {
  text(): string;
  setText(text: string): void;
  onRun(action: () => void): void;
  onChange(action: () => void): void;
  onSave(action: () => void): void;
  // Marks `line` (1-based; 0 clears) as the moment's line and scrolls it into view.
  showLine(line: number, kind: 'running' | 'waiting'): void;
  // Error markers (a SyntaxError, the innermost frame of a traceback); [] clears them.
  setErrors(errors: { line: number; message: string }[]): void;
  revealLine(line: number): void;
  setTheme(theme: 'light' | 'dark'): void;
}

export function createEditor(host: HTMLElement, initial: string, theme: 'light' | 'dark' = 'dark'): ScenarioEditor {
  const editor = monaco.editor.create(host, {
    value: initial,
    language: 'python',
    theme: theme === 'light' ? 'vs' : 'vs-dark',
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    scrollBeyondLastLine: false,
    // The folding arrows are drawn with Monaco's icon font (74 KB gzip): they appear once the
    // reader reaches the editor, so the first load does not fetch the font (see below).
    showFoldingControls: 'never',
  });
  const marked = editor.createDecorationsCollection();
  const showFolding = () => editor.updateOptions({ showFoldingControls: 'mouseover' });
  host.addEventListener('pointerenter', showFolding, { once: true });
  editor.onDidFocusEditorWidget(showFolding);
  return {
    text: () => editor.getValue(),
    setText: (text) => editor.setValue(text),
    onRun: (action) => editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, action),
    onChange: (action) => editor.onDidChangeModelContent(() => action()),
    onSave: (action) => editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, action),
    setErrors: (errors) => {
      const model = editor.getModel()!;
      monaco.editor.setModelMarkers(
        model,
        'coroscope',
        errors
          .filter((e) => e.line >= 1 && e.line <= model.getLineCount())
          .map((e) => ({
            severity: monaco.MarkerSeverity.Error,
            message: e.message,
            startLineNumber: e.line,
            endLineNumber: e.line,
            startColumn: model.getLineFirstNonWhitespaceColumn(e.line) || 1,
            endColumn: model.getLineMaxColumn(e.line),
          })),
      );
    },
    setTheme: (theme) => monaco.editor.setTheme(theme === 'light' ? 'vs' : 'vs-dark'),
    revealLine: (line) => {
      editor.revealLineInCenter(line);
      editor.setPosition({ lineNumber: line, column: 1 });
      editor.focus();
    },
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
