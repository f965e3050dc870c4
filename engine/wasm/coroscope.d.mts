// Types for the Emscripten ES module factory built from engine/wasm/bindings.cpp.
export interface CoroscopeModule {
  hello(source: string): string;
}

export interface CoroscopeModuleOptions {
  locateFile?: (path: string, scriptDirectory: string) => string;
}

export default function createCoroscope(options?: CoroscopeModuleOptions): Promise<CoroscopeModule>;
