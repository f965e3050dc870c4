# Optimization levels of the WebAssembly engine (Release only; native and sanitizer builds keep
# CMake's defaults). The engine ships over the network, so most of it is compiled for size; the
# translation units the interpreter's dispatch loop and the event loop spend their time in are
# compiled for speed. docs/PERFORMANCE.md ("Browser") records what each choice costs and buys.
set(COROSCOPE_WASM_OPT "-Oz" CACHE STRING "Optimization level of the wasm engine's cold code")
set(COROSCOPE_WASM_HOT_OPT "-O2" CACHE STRING "Optimization level of the wasm engine's hot code")
# host/trace_stream.cpp records every event of a traced run (the page always traces); -O2 costs
# 1.4 KB gzip (modules/trace_text.cpp, at -O2 too, cost 1.25 KB more for no measurable gain).
set(COROSCOPE_WASM_HOT_SOURCES
    lang/interp.cpp lang/ops.cpp lang/vm.cpp lang/attrs.cpp lang/containers.cpp
    lang/generators.cpp lang/objects.cpp lang/gc.cpp host/trace_stream.cpp
    CACHE STRING "Engine sources (relative to engine/) compiled with COROSCOPE_WASM_HOT_OPT")

set(release "$<CONFIG:Release>")
# emcc turns -Os/-Oz into clang's -fno-inline-functions, which inlines nothing but always_inline:
# every iterator step and Value accessor becomes a call, the code 3-8 times slower and, before
# wasm-opt, larger. -finline-functions after it restores the size-aware inliner.
foreach(target coroscope_num coroscope_lang coroscope_modules coroscope_host coroscope_wasm)
  if(TARGET ${target})
    target_compile_options(${target} PRIVATE
                           "$<${release}:${COROSCOPE_WASM_OPT};-finline-functions>")
  endif()
endforeach()
# The whole runtime is hot (every task step and future goes through it), and with any of its
# translation units at -Oz the host-suspension tests (host_test, modules_session_test,
# modules_nest_asyncio_test) fail in wasm: asyncio.run from __main__ never resumes.
if(TARGET coroscope_runtime)
  target_compile_options(coroscope_runtime PRIVATE
                         "$<${release}:${COROSCOPE_WASM_HOT_OPT};-finline-functions>")
endif()
# A source's options come after its target's on the command line, and the last -O wins.
foreach(source IN LISTS COROSCOPE_WASM_HOT_SOURCES)
  get_filename_component(dir ${PROJECT_SOURCE_DIR}/engine/${source} DIRECTORY)
  if(source MATCHES "^host/")
    set(dir ${PROJECT_SOURCE_DIR}/engine)
  endif()
  set_property(SOURCE ${PROJECT_SOURCE_DIR}/engine/${source} DIRECTORY ${dir} APPEND
               PROPERTY COMPILE_OPTIONS "$<${release}:${COROSCOPE_WASM_HOT_OPT}>")
endforeach()

# The link's level drives the whole-module wasm-opt passes and the JS glue's minification.
set(COROSCOPE_WASM_LINK_OPT "-Oz" CACHE STRING "Optimization level of the wasm engine's link")
set(COROSCOPE_WASM_MALLOC "emmalloc" CACHE STRING "Emscripten allocator of the wasm engine")
if(TARGET coroscope_wasm)
  target_link_options(coroscope_wasm PRIVATE "$<${release}:${COROSCOPE_WASM_LINK_OPT}>"
                      "-sMALLOC=${COROSCOPE_WASM_MALLOC}")
endif()

# The conformance programs run through the engine as shipped (engine/wasm: after the link, the
# glue minifier and the post-link wasm-opt), which the GoogleTest executables never load.
# Registered here, in the top directory, because ctest only descends into directories that
# enable testing.
find_program(COROSCOPE_NODE_FOR_TESTS NAMES node nodejs)
if(COROSCOPE_TESTS AND COROSCOPE_NODE_FOR_TESTS AND TARGET coroscope_wasm)
  add_test(NAME wasm_shipped_engine_test
           COMMAND ${COROSCOPE_NODE_FOR_TESTS}
                   ${PROJECT_SOURCE_DIR}/engine/wasm/shipped_engine_check.mjs
                   $<TARGET_FILE_DIR:coroscope_wasm> ${PROJECT_SOURCE_DIR})
  # The page's trace decoder (TypeScript, compiled by the npm packages' tsc) on that engine.
  if(EXISTS ${PROJECT_SOURCE_DIR}/node_modules/.bin/tsc)
    add_test(NAME wasm_trace_decode_test
             COMMAND ${COROSCOPE_NODE_FOR_TESTS}
                     ${PROJECT_SOURCE_DIR}/engine/wasm/trace_decode_check.mjs
                     $<TARGET_FILE_DIR:coroscope_wasm> ${PROJECT_SOURCE_DIR})
  endif()
endif()
