// Types for the Emscripten ES module factory built from engine/wasm/bindings.cpp.

export type SliceState = 'running' | 'waiting' | 'finished';

// RunOptions of web/src/engine/protocol.ts, field for field (an Embind value_object: every field
// must be present, but for the optional ones, which the engine reads beside it).
export interface EngineRunOptions {
  filename: string; // as tracebacks and Task reprs show it
  clock: 'virtual' | 'real';
  speed: number; // real clock: loop seconds per wall-clock second
  maxSteps: number; // 0: no limit
  stdin: string | null; // null: reading stdin is an error
  trace: boolean; // record the trace (takeTrace)
  cpuTime?: number; // virtual clock: seconds per interpreter step (absent or 0: off)
  // Modules the engine does not carry, {name: source}: json and the simulated world's, from
  // on_demand_modules.json beside the engine (absent: importing them fails with
  // ModuleNotFoundError).
  modules?: Record<string, string>;
}

// What the trace recorded since the last takeTrace(), in the encoding of docs/TRACE.md (decoded by
// web/src/engine/trace_decode.ts).
export interface EngineTrace {
  // 32 bytes per event (4 doubles' worth): a double time, then 32-bit words. Read the words
  // through a Uint32Array over the same buffer, never as doubles.
  records: Float64Array;
  // The strings these records introduced, in UTF-8, each followed by a NUL.
  strings: Uint8Array;
  // The id of the first of them (ids continue from one take to the next; 0 is "none").
  firstString: number;
}

// One program run (host::Session). Free it with delete() when it has finished.
export interface EngineRun {
  // Runs up to `iterations` loop iterations and the Python code between them (asyncio.run in
  // __main__ suspends the interpreter while the slices drive its loop).
  slice(iterations: number): SliceState;
  // After 'waiting' (real clock): wall-clock seconds until the next slice is due (already scaled
  // by the speed factor).
  waitSeconds(): number;
  // Real clock: milliseconds until what the program writes now is due (time.sleep ran the
  // clock ahead of the wall clock); 0 otherwise.
  outputDelayMs(): number;
  // After 'finished': 0, 1 after an uncaught exception, 3 for a deadlock or livelock.
  status(): number;
  // The trace since the last call (empty without options.trace); the engine then forgets it.
  takeTrace(): EngineTrace;
  delete(): void;
}

export interface CoroscopeModule {
  Run: new (
    source: string,
    options: EngineRunOptions,
    // delayMs: as outputDelayMs() when the text was written.
    onStdout: (text: string, delayMs: number) => void,
    onStderr: (text: string, delayMs: number) => void,
  ) => EngineRun;
}

export interface CoroscopeModuleOptions {
  locateFile?: (path: string, scriptDirectory: string) => string;
  // Instantiates the engine from a module compiled elsewhere (the page compiles it once for all
  // workers); must call receiveInstance and return {}.
  instantiateWasm?: (
    imports: WebAssembly.Imports,
    receiveInstance: (instance: WebAssembly.Instance, module?: WebAssembly.Module) => void,
  ) => object;
}

export default function createCoroscope(options?: CoroscopeModuleOptions): Promise<CoroscopeModule>;
