// Program entry: source text to a running __main__ module, with CPython-style error reporting.
#include "lang/compiler.hpp"
#include "lang/containers.hpp"
#include "lang/parser.hpp"
#include "lang/vm.hpp"

namespace coroscope::lang {

void initStrMethods(VM& vm);
void initContainerMethods(VM& vm);
void initGeneratorMethods(VM& vm);
void initModules(VM& vm);
void initUnionType(VM& vm);
void initSlots(VM& vm);

void VM::initMethods() {
  initSlots(*this);
  initStrMethods(*this);
  initContainerMethods(*this);
  initGeneratorMethods(*this);
  initUnionType(*this);
  coroscope::lang::initModules(*this);
}

std::shared_ptr<Source> Source::make(std::string filename, std::string text) {
  auto src = std::make_shared<Source>();
  src->filename = std::move(filename);
  src->text = std::move(text);
  const std::string& t = src->text;
  size_t i = 0;
  while (i <= t.size()) {
    size_t nl = t.find('\n', i);
    if (nl == std::string::npos) {
      if (i < t.size()) src->lines.push_back(t.substr(i));
      break;
    }
    src->lines.push_back(t.substr(i, nl - i));
    i = nl + 1;
  }
  for (auto& l : src->lines)
    if (!l.empty() && l.back() == '\r') l.pop_back();
  return src;
}

int VM::runMain(const std::string& source, const std::string& filename) {
  auto src = Source::make(filename, source);
  AstArena arena;
  SyntaxErrorInfo err;
  Node* mod = parseModule(source, arena, err);
  Code* code = nullptr;
  if (mod) code = compileModule(*this, mod, src, err);
  if (!code && (err.kind == "MemoryError" || err.kind == "RecursionError")) {
    // Source too deeply nested to parse or compile: reported as CPython does, without a place.
    Value e =
        makeException(err.kind == "MemoryError" ? eMemoryError : eRecursionError,
                      err.msg.empty() ? std::vector<Value>{} : std::vector<Value>{newStr(err.msg)});
    printException(e);
    return 1;
  }
  if (!code) {
    Type* t = err.kind == "IndentationError" ? eIndentationError
              : err.kind == "TabError"       ? asType(dictGetStr(builtins, intern("TabError")))
                                             : eSyntaxError;
    Value e = makeException(t, {newStr(err.msg)});
    Exception* ex = static_cast<Exception*>(e.o);
    ex->dict = newDict();
    auto set = [&](const char* k, Value v) { dictSetStr(*this, ex->dict, intern(k), v); };
    set("msg", newStr(err.msg));
    set("filename", newStr(filename));
    set("lineno", Value::integer(err.line));
    set("offset", Value::integer(err.col + 1));
    std::string line = err.line >= 1 && size_t(err.line) <= src->lines.size()
                           ? src->lines[size_t(err.line - 1)]
                           : "";
    set("text", newStr(line + "\n"));
    if (err.endLine == err.line && err.endCol > err.col)
      set("end_offset", Value::integer(err.endCol + 1));
    printException(e);
    return 1;
  }
  mainModule = newModule("__main__");
  dictSetStr(*this, mainModule->dict, intern("__file__"), newStr(filename));
  dictSetStr(*this, mainModule->dict, intern("__builtins__"), Value::obj(builtins));
  dictSetStr(*this, modules, intern("__main__"), Value::obj(mainModule));
  return mainExitStatus(runCode(code, mainModule->dict, nullptr));
}

int VM::mainExitStatus(Value r) {
  if (!r.isErr()) {
    warnUnawaitedAtExit();
    return 0;
  }
  Value exc = takePending();
  tempRoots.push_back(exc);
  int status = 1;
  if (isInstance(exc, eSystemExit)) {
    Tuple* args = asTuple(static_cast<Exception*>(exc.o)->args);
    Value code0 = args->items.empty() ? Value::none() : args->items[0];
    if (code0.isNone())
      status = 0;
    else if (code0.isInt())
      status = int(code0.i);
    else {
      std::string s;
      if (!strInto(s, code0)) takePending();
      if (writeErr) writeErr(s + "\n");
      status = 1;
    }
  } else {
    printException(exc);
  }
  tempRoots.pop_back();
  warnUnawaitedAtExit();
  return status;
}

}  // namespace coroscope::lang
