// A bytecode listing for maintainers (`coroscope dis FILE.py`).
#include "lang/compiler.hpp"
#include "lang/parser.hpp"
#include "lang/vm.hpp"

namespace coroscope::lang {

namespace {
void listCode(VM& vm, Code* c, std::string& out) {
  out += "== " + c->qualname + " (slots " + std::to_string(c->nslots) + ", stack " +
         std::to_string(c->maxStack) + ")\n";
  std::vector<Code*> nested;
  for (size_t i = 0; i < c->ins.size(); i++) {
    const Instr& in = c->ins[i];
    std::string line = std::to_string(i) + "\t" + opName(in.op) + " " + std::to_string(in.arg);
    if (in.op == LOAD_CONST) {
      Value k = c->consts[in.arg];
      if (isKind(k, Kind::Code)) {
        nested.push_back(static_cast<Code*>(k.o));
        line += " <code " + static_cast<Code*>(k.o)->qualname + ">";
      } else {
        std::string r;
        if (vm.reprInto(r, k)) line += " (" + r + ")";
      }
    } else if (in.op == LOAD_FAST || in.op == LOAD_FAST__LOAD_CONST || in.op == STORE_FAST ||
               in.op == LOAD_DEREF || in.op == STORE_DEREF || in.op == LOAD_CELL) {
      line += " (" + c->varnames[in.arg]->s() + ")";
    } else if (in.op == LOAD_GLOBAL || in.op == LOAD_NAME || in.op == STORE_NAME ||
               in.op == STORE_GLOBAL || in.op == LOAD_ATTR || in.op == STORE_ATTR ||
               in.op == LOAD_METHOD) {
      line += " (" + c->names[in.arg]->s() + ")";
    }
    out += line + "\t; line " + std::to_string(c->pos[i].line) + "\n";
  }
  for (Code* n : nested) listCode(vm, n, out);
}
}  // namespace

std::string disassemble(VM& vm, const std::string& source, const std::string& filename) {
  auto src = std::make_shared<Source>();
  src->filename = filename;
  src->text = source;
  AstArena arena;
  SyntaxErrorInfo err;
  Node* mod = parseModule(source, arena, err);
  Code* code = mod ? compileModule(vm, mod, src, err) : nullptr;
  if (!code) return "SyntaxError: " + err.msg + " (line " + std::to_string(err.line) + ")\n";
  std::string out;
  listCode(vm, code, out);
  return out;
}

}  // namespace coroscope::lang
