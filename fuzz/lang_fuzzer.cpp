// libFuzzer target: arbitrary bytes through the lexer, parser and compiler. Any crash, sanitizer
// report or leak is a bug; SyntaxErrors are the expected outcome for most inputs.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "lang/compiler.hpp"
#include "lang/parser.hpp"
#include "lang/vm.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static coroscope::lang::VM* vm = new coroscope::lang::VM();  // type bootstrap once per process
  std::string source(reinterpret_cast<const char*>(data), size);
  auto src = std::make_shared<coroscope::lang::Source>();
  src->filename = "<fuzz>";
  src->text = source;
  coroscope::lang::AstArena arena;
  coroscope::lang::SyntaxErrorInfo err;
  coroscope::lang::Node* mod = coroscope::lang::parseModule(source, arena, err);
  if (mod) (void)coroscope::lang::compileModule(*vm, mod, src, err);
  // Code objects stay on the VM heap; collect so memory stays flat across runs.
  vm->collectGarbage();
  return 0;
}
