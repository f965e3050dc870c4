// Where a run's errors point in the scenario: each traceback (or SyntaxError report) on stderr
// gives the innermost frame in the scenario's file and the exception line, for the editor's
// markers; any `File "<file>", line N` line of the console links to the editor.

export interface ScenarioError {
  line: number;
  message: string;
}

export function fileLine(text: string, filename: string): number {
  const m = /^\s*(?:\|\s*)*File "([^"]+)", line (\d+)/.exec(text);
  return m && m[1] === filename ? Number(m[2]) : 0;
}

export function errorsOf(stderrLines: string[], filename: string): ScenarioError[] {
  const errors: ScenarioError[] = [];
  let line = 0;
  for (const raw of stderrLines) {
    const text = raw.replace(/^(\s*\|\s?)+/, '');
    const at = fileLine(text, filename);
    if (at) {
      line = at;
      continue;
    }
    // The exception line closes a traceback: `ValueError: boom`, `asyncio.exceptions.CancelledError`.
    if (line && /^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt|Group|Warning|Iteration|Cancelled\w*)?(:|$)/.test(text) && !text.startsWith(' ')) {
      errors.push({ line, message: text });
      line = 0;
    }
  }
  return errors;
}
