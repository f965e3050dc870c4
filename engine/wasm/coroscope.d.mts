// Types for the Emscripten ES module factory built from engine/wasm/bindings.cpp.

export type SliceState = 'running' | 'waiting' | 'finished';

// One program run (host::Session). Free it with delete() when it has finished.
export interface EngineRun {
  // Runs up to `iterations` loop iterations (a whole ordinary script runs in its first slice).
  slice(iterations: number): SliceState;
  // After 'waiting': loop seconds until the next timer is due (real clock; divide by the speed).
  waitSeconds(): number;
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
    onStdout: (text: string) => void,
    onStderr: (text: string) => void,
  ) => EngineRun;
}

export interface CoroscopeModuleOptions {
  locateFile?: (path: string, scriptDirectory: string) => string;
}

export default function createCoroscope(options?: CoroscopeModuleOptions): Promise<CoroscopeModule>;
