// Types for the Emscripten ES module factory built from engine/wasm/bindings.cpp.

export type SliceState = 'running' | 'waiting' | 'finished';

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
  // After 'finished', when tracing: the timeline as JSON.
  timelineJson(): string;
  delete(): void;
}

export interface CoroscopeModule {
  Run: new (
    source: string,
    filename: string,
    realClock: boolean,
    speed: number,
    maxSteps: number,
    stdin: string,
    hasStdin: boolean,
    trace: boolean,
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
