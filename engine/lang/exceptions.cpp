// The exception hierarchy, exception groups (split/subgroup/except*), and CPython-format
// tracebacks.
#include <algorithm>
#include <functional>
#include <set>

#include "lang/ast.hpp"
#include "lang/containers.hpp"
#include "lang/native_util.hpp"
#include "lang/parser.hpp"

namespace coroscope::lang {

Value baseExcStr(VM& vm, Args& a);
size_t utf8Len(const std::string& s);

namespace {

Exception* asExc(Value v) { return static_cast<Exception*>(v.o); }
Tuple* excArgs(Value v) { return asTuple(asExc(v)->args); }

bool isGroup(VM& vm, Value v) {
  return isKind(v, Kind::Exception) && vm.typeOf(v)->isSubtype(vm.eBaseExceptionGroup);
}

Value groupExceptions(Value eg) { return asExc(eg)->groupExcs; }

}  // namespace

// OSError(errno, strerror, filename, ...): CPython makes the subclass the errno names
// (OSError(2, ...) is a FileNotFoundError) and keeps the filename out of args.
Type* osErrorClass(VM& vm, Type* t, const Value* args, int n) {
  if (t != vm.eOSError || n < 2 || !args[0].isInt()) return t;
  static const struct {
    int code;
    const char* name;
  } map[] = {
      {1, "PermissionError"},        {2, "FileNotFoundError"},  {3, "ProcessLookupError"},
      {4, "InterruptedError"},       {10, "ChildProcessError"}, {11, "BlockingIOError"},
      {13, "PermissionError"},       {17, "FileExistsError"},   {20, "NotADirectoryError"},
      {21, "IsADirectoryError"},     {32, "BrokenPipeError"},   {103, "ConnectionAbortedError"},
      {104, "ConnectionResetError"}, {110, "TimeoutError"},     {111, "ConnectionRefusedError"}};
  for (auto& m : map)
    if (m.code == args[0].i) {
      Value c = dictGetStr(vm.builtins, vm.intern(m.name));
      if (isKind(c, Kind::Type)) return asType(c);
    }
  return t;
}
void osErrorArgs(VM& vm, Exception* e) {
  Tuple* args = asTuple(e->args);
  if (args->items.size() < 3 || args->items.size() > 5 || !e->cls->isSubtype(vm.eOSError)) return;
  if (!e->dict) e->dict = vm.newDict();
  dictSetStr(vm, e->dict, vm.intern("filename"), args->items[2]);
  e->args = vm.newTuple({args->items[0], args->items[1]});
}

namespace {

Value baseExcInit(VM& vm, Args& a) {
  if (a.n < 1 || !isKind(a[0], Kind::Exception)) return Value::none();
  if (vm.typeOf(a[0])->isSubtype(vm.eBaseExceptionGroup)) return Value::none();
  asExc(a[0])->args = vm.newTuple(std::vector<Value>(a.v + 1, a.v + a.n));
  osErrorArgs(vm, asExc(a[0]));
  return Value::none();
}

Value baseExcRepr(VM& vm, Args& a) {
  std::string s;
  Exception* e = asExc(a[0]);
  Type* t = vm.typeOf(a[0]);
  s = t->name + "(";
  Tuple* args = asTuple(e->args);
  for (size_t i = 0; i < args->items.size(); i++) {
    if (i) s += ", ";
    if (!vm.reprInto(s, args->items[i])) return Value::err();
  }
  s += ")";
  return vm.newStr(s);
}

Value withTraceback(VM& vm, Args& a) {
  if (a.n == 2 && a[1].isNone()) asExc(a[0])->tb.clear();
  return a[0];
}

Value addNote(VM& vm, Args& a) {
  NARGS("add_note", 2, 2);
  if (!isKind(a[1], Kind::Str))
    return vm.raise(vm.eTypeError, "note must be a str, not '" + vm.typeName(a[1]) + "'");
  Exception* e = asExc(a[0]);
  if (!isKind(e->notes, Kind::List)) e->notes = vm.newList({});
  asList(e->notes)->items.push_back(a[1]);
  return Value::none();
}

// BaseExceptionGroup(message, exceptions): picks ExceptionGroup when every member is an Exception.
Value groupNew(VM& vm, Args& a) {
  Type* cls = asType(a[0]);
  if (a.n != 3)
    return vm.raise(vm.eTypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (" +
                                       std::to_string(a.n - 1) + " given)");
  Value msg = a[1];
  if (!isKind(msg, Kind::Str))
    return vm.raise(vm.eTypeError, "argument 1 must be str, not " + vm.typeName(msg));
  std::vector<Value> excs;
  if (!isKind(a[2], Kind::List) && !isKind(a[2], Kind::Tuple))
    return vm.raise(vm.eTypeError, "second argument (exceptions) must be a sequence");
  if (!vm.toList(a[2], excs)) return Value::err();
  if (excs.empty())
    return vm.raise(vm.eValueError, "second argument (exceptions) must be a non-empty sequence");
  bool allExc = true;
  for (size_t i = 0; i < excs.size(); i++) {
    if (!isKind(excs[i], Kind::Exception))
      return vm.raise(vm.eValueError, "Item " + std::to_string(i) +
                                          " of second argument (exceptions) is not an exception");
    if (!vm.isInstance(excs[i], vm.eException)) allExc = false;
  }
  if (cls == vm.eBaseExceptionGroup) {
    if (allExc) cls = vm.eExceptionGroup;
  } else if (cls == vm.eExceptionGroup) {
    if (!allExc) return vm.raise(vm.eTypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (!allExc && !cls->isSubtype(vm.eException)) {
  } else if (!allExc) {
    return vm.raise(vm.eTypeError, "Cannot nest BaseExceptions in '" + cls->name + "'");
  }
  Exception* e = vm.heap.make<Exception>(cls);
  Value ev = Value::obj(e);
  Roots r(vm, {ev});
  e->args = vm.newTuple({msg, a[2]});
  e->groupExcs = vm.newTuple(excs);
  return ev;
}

Value deriveGroup(VM& vm, Value eg, std::vector<Value> excs) {
  Value derive = vm.getAttr(eg, vm.intern("derive"));
  if (derive.isErr()) return derive;
  Value r = vm.call1(derive, vm.newList(std::move(excs)));
  if (r.isErr()) return r;
  if (!isKind(r, Kind::Exception))
    return vm.raise(vm.eTypeError, "derive must return an instance of BaseExceptionGroup");
  Exception* d = asExc(r);
  Exception* o = asExc(eg);
  d->tb = o->tb;
  d->cause = o->cause;
  d->context = o->context;
  d->notes = o->notes;
  d->derivedFrom = o->derivedFrom.isUndef() ? eg : o->derivedFrom;
  return r;
}

Value groupDerive(VM& vm, Args& a) {
  NARGS("derive", 2, 2);
  Value args[3] = {Value::obj(vm.eBaseExceptionGroup), excArgs(a[0])->items[0], a[1]};
  Args na{args, 3};
  return groupNew(vm, na);
}

// matcher: a type, tuple of types, or predicate. Returns 1/0/-1.
int matches(VM& vm, Value exc, Value matcher) {
  if (isKind(matcher, Kind::Type) || isKind(matcher, Kind::Tuple)) {
    auto one = [&](Value t) {
      return isKind(t, Kind::Type) && vm.typeOf(exc)->isSubtype(asType(t));
    };
    if (isKind(matcher, Kind::Type)) return one(matcher);
    for (Value t : asTuple(matcher)->items)
      if (one(t)) return 1;
    return 0;
  }
  Value r = vm.call1(matcher, exc);
  if (r.isErr()) return -1;
  return vm.truthy(r);
}

// Splits eg by matcher into (match, rest); either may be None.
bool splitGroup(VM& vm, Value eg, Value matcher, Value& match, Value& rest) {
  int m = matches(vm, eg, matcher);
  if (m < 0) return false;
  if (m) {
    match = eg;
    rest = Value::none();
    return true;
  }
  if (!isGroup(vm, eg)) {
    match = Value::none();
    rest = eg;
    return true;
  }
  std::vector<Value> ml, rl;
  for (Value e : asTuple(groupExceptions(eg))->items) {
    Value mm, rr;
    if (!splitGroup(vm, e, matcher, mm, rr)) return false;
    if (!mm.isNone()) ml.push_back(mm);
    if (!rr.isNone()) rl.push_back(rr);
  }
  match = ml.empty() ? Value::none() : deriveGroup(vm, eg, ml);
  if (match.isErr()) return false;
  Roots r(vm, {match});
  rest = rl.empty() ? Value::none() : deriveGroup(vm, eg, rl);
  return !rest.isErr();
}

bool validMatcher(VM& vm, Value m) {
  auto isExcType = [&](Value t) {
    return isKind(t, Kind::Type) && asType(t)->isSubtype(vm.eBaseException);
  };
  if (isExcType(m)) return true;
  if (isKind(m, Kind::Tuple)) {
    for (Value t : asTuple(m)->items)
      if (!isExcType(t)) return false;
    return true;
  }
  return false;
}

Value groupSplit(VM& vm, Args& a) {
  NARGS("split", 2, 2);
  Value m = a[1];
  if (!validMatcher(vm, m) &&
      !(m.isObj() && (m.o->kind == Kind::Function || m.o->kind == Kind::Native ||
                      m.o->kind == Kind::BoundMethod)))
    return vm.raise(vm.eTypeError,
                    "expected a function, exception type or tuple of exception types");
  Value match, rest;
  if (!splitGroup(vm, a[0], m, match, rest)) return Value::err();
  return vm.newTuple({match, rest});
}

Value groupSubgroup(VM& vm, Args& a) {
  NARGS("subgroup", 2, 2);
  Value m = a[1];
  if (!validMatcher(vm, m) &&
      !(m.isObj() && (m.o->kind == Kind::Function || m.o->kind == Kind::Native ||
                      m.o->kind == Kind::BoundMethod)))
    return vm.raise(vm.eTypeError,
                    "expected a function, exception type or tuple of exception types");
  Value match, rest;
  if (!splitGroup(vm, a[0], m, match, rest)) return Value::err();
  return match;
}

void collectLeaves(VM& vm, Value e, std::set<Obj*>& out) {
  if (isGroup(vm, e)) {
    for (Value x : asTuple(groupExceptions(e))->items) collectLeaves(vm, x, out);
  } else if (e.isObj()) {
    out.insert(e.o);
  }
}

}  // namespace

Value baseExcStr(VM& vm, Args& a);

std::string exceptionStr(VM& vm, Value exc, bool& ok) {
  Exception* e = asExc(exc);
  Type* t = vm.typeOf(exc);
  Tuple* args = asTuple(e->args);
  if (t->isSubtype(vm.eOSError) && args->items.size() >= 2 && args->items.size() <= 5) {
    // [Errno 2] No such file or directory: 'name'
    std::string s = "[Errno ";
    ok = vm.strInto(s, args->items[0]);
    s += "] ";
    ok = ok && vm.strInto(s, args->items[1]);
    Value fn = e->dict ? dictGetStr(e->dict, vm.intern("filename")) : Value::undef();
    if (ok && !fn.isUndef() && !fn.isNone()) {
      s += ": ";
      ok = vm.reprInto(s, fn);
    }
    return s;
  }
  if (t->isSubtype(vm.eBaseExceptionGroup) && isKind(e->groupExcs, Kind::Tuple)) {
    std::string s = asStr(args->items[0])->s();
    size_t n = asTuple(e->groupExcs)->items.size();
    return s + " (" + std::to_string(n) + " sub-exception" + (n == 1 ? "" : "s") + ")";
  }
  if (t->isSubtype(vm.eKeyError) && args->items.size() == 1) {
    std::string s;
    ok = vm.reprInto(s, args->items[0]);
    return s;
  }
  if (args->items.empty()) return "";
  std::string s;
  if (args->items.size() == 1)
    ok = vm.strInto(s, args->items[0]);
  else
    ok = vm.reprInto(s, e->args);
  return s;
}

Value baseExcStr(VM& vm, Args& a) {
  bool ok = true;
  std::string s = exceptionStr(vm, a[0], ok);
  if (!ok) return Value::err();
  return vm.newStr(s);
}

Value exceptionGroupSplit(VM& vm, Value exc, Value type, bool, Value& rest) {
  if (!validMatcher(vm, type))
    return vm.raise(vm.eTypeError,
                    "catching classes that do not inherit from BaseException is not allowed");
  auto isEGType = [&](Value t) {
    return isKind(t, Kind::Type) && asType(t)->isSubtype(vm.eBaseExceptionGroup);
  };
  bool bad = isEGType(type);
  if (isKind(type, Kind::Tuple))
    for (Value t : asTuple(type)->items) bad |= isEGType(t);
  if (bad)
    return vm.raise(vm.eTypeError,
                    "catching ExceptionGroup with except* is not allowed. Use except instead.");
  if (!isGroup(vm, exc)) {
    if (matches(vm, exc, type) == 1) {
      // A naked exception matched by except* is wrapped in a group.
      Exception* g = vm.heap.make<Exception>(
          vm.isInstance(exc, vm.eException) ? vm.eExceptionGroup : vm.eBaseExceptionGroup);
      g->args = vm.newTuple({Value::obj(vm.intern("")), vm.newTuple({exc})});
      g->groupExcs = vm.newTuple({exc});
      g->tb = asExc(exc)->tb;
      rest = Value::none();
      return Value::obj(g);
    }
    rest = exc;
    return Value::none();
  }
  Value match;
  if (!splitGroup(vm, exc, type, match, rest)) return Value::err();
  return match;
}

Value prepReraiseStar(VM& vm, Value orig, Value raisedList) {
  std::vector<Value> excs;
  for (Value v : asList(raisedList)->items)
    if (!v.isNone()) excs.push_back(v);
  if (excs.empty()) return Value::none();
  if (!isGroup(vm, orig)) return excs[0];
  Value root = asExc(orig)->derivedFrom.isUndef() ? orig : asExc(orig)->derivedFrom;
  std::vector<Value> raised, reraised;
  for (Value e : excs) {
    bool same =
        e.identical(orig) || (isKind(e, Kind::Exception) && asExc(e)->derivedFrom.identical(root));
    (same ? reraised : raised).push_back(e);
  }
  Value reraisedEg = Value::none();
  if (!reraised.empty()) {
    std::set<Obj*> leaves;
    for (Value e : reraised) collectLeaves(vm, e, leaves);
    // Project orig onto those leaves, keeping its nesting.
    std::vector<Value> keep;
    std::function<Value(Value)> project = [&](Value e) -> Value {
      if (!isGroup(vm, e)) return leaves.count(e.o) ? e : Value::none();
      std::vector<Value> parts;
      for (Value x : asTuple(groupExceptions(e))->items) {
        Value p = project(x);
        if (p.isErr()) return p;
        if (!p.isNone()) parts.push_back(p);
      }
      if (parts.empty()) return Value::none();
      if (parts.size() == asTuple(groupExceptions(e))->items.size()) return e;
      return deriveGroup(vm, e, parts);
    };
    reraisedEg = project(orig);
    if (reraisedEg.isErr()) return reraisedEg;
  }
  if (raised.empty()) return reraisedEg;
  if (!reraisedEg.isNone()) raised.push_back(reraisedEg);
  if (raised.size() == 1) return raised[0];
  Exception* g = vm.heap.make<Exception>(vm.eExceptionGroup);
  for (Value r : raised)
    if (!vm.isInstance(r, vm.eException)) g->cls = vm.eBaseExceptionGroup;
  g->args = vm.newTuple({Value::obj(vm.intern("")), vm.newList(raised)});
  g->groupExcs = vm.newTuple(raised);
  return Value::obj(g);
}

// The object __traceback__ and __exit__ see: identifies the exception whose frames it lists.
struct TracebackObj : Obj {
  Value exc;
  explicit TracebackObj(Value e) : Obj(Kind::Misc), exc(e) {}
  void trace(Heap& h) override { h.mark(exc); }
};
Type* tTraceback;

Value tracebackOf(VM& vm, Value exc) {
  if (!isKind(exc, Kind::Exception) || asExc(exc)->tb.empty()) return Value::none();
  return Value::obj(vm.heap.make<TracebackObj>(tTraceback, exc));
}

Value tracebackLineno(VM& vm, Args& a) {
  Exception* e = asExc(static_cast<TracebackObj*>(a[0].o)->exc);
  const TbEntry& t = e->tb.back();
  return Value::integer(t.code->pos[size_t(t.pc)].line);
}

void VM::initExceptions() {
  auto mk = [&](const char* name, Type* base) {
    Type* t = makeType(name, base, Kind::Exception);
    t->isException = true;
    addBuiltin(name, Value::obj(t));
    return t;
  };
  eBaseException = mk("BaseException", tObject);
  eBaseException->builtinBase = eBaseException;
  eBaseExceptionGroup = mk("BaseExceptionGroup", eBaseException);
  eGeneratorExit = mk("GeneratorExit", eBaseException);
  eKeyboardInterrupt = mk("KeyboardInterrupt", eBaseException);
  eSystemExit = mk("SystemExit", eBaseException);
  eException = mk("Exception", eBaseException);
  eArithmeticError = mk("ArithmeticError", eException);
  mk("FloatingPointError", eArithmeticError);
  eOverflowError = mk("OverflowError", eArithmeticError);
  eZeroDivisionError = mk("ZeroDivisionError", eArithmeticError);
  eAssertionError = mk("AssertionError", eException);
  eAttributeError = mk("AttributeError", eException);
  mk("BufferError", eException);
  eEOFError = mk("EOFError", eException);
  eExceptionGroup = makeType("ExceptionGroup", eBaseExceptionGroup, Kind::Exception);
  eExceptionGroup->isException = true;
  eExceptionGroup->bases.push_back(eException);
  eExceptionGroup->mro = {eExceptionGroup, eBaseExceptionGroup, eException, eBaseException,
                          tObject};
  addBuiltin("ExceptionGroup", Value::obj(eExceptionGroup));
  eImportError = mk("ImportError", eException);
  eModuleNotFoundError = mk("ModuleNotFoundError", eImportError);
  eLookupError = mk("LookupError", eException);
  eIndexError = mk("IndexError", eLookupError);
  eKeyError = mk("KeyError", eLookupError);
  eMemoryError = mk("MemoryError", eException);
  eNameError = mk("NameError", eException);
  eUnboundLocalError = mk("UnboundLocalError", eNameError);
  eOSError = mk("OSError", eException);
  addBuiltin("IOError", Value::obj(eOSError));
  addBuiltin("EnvironmentError", Value::obj(eOSError));
  Type* conn = mk("ConnectionError", eOSError);
  mk("BrokenPipeError", conn);
  mk("ConnectionAbortedError", conn);
  mk("ConnectionRefusedError", conn);
  mk("ConnectionResetError", conn);
  mk("BlockingIOError", eOSError);
  mk("ChildProcessError", eOSError);
  mk("FileExistsError", eOSError);
  mk("FileNotFoundError", eOSError);
  mk("InterruptedError", eOSError);
  mk("IsADirectoryError", eOSError);
  mk("NotADirectoryError", eOSError);
  mk("PermissionError", eOSError);
  mk("ProcessLookupError", eOSError);
  eTimeoutError = mk("TimeoutError", eOSError);
  mk("ReferenceError", eException);
  eRuntimeError = mk("RuntimeError", eException);
  eNotImplementedError = mk("NotImplementedError", eRuntimeError);
  eRecursionError = mk("RecursionError", eRuntimeError);
  eStopAsyncIteration = mk("StopAsyncIteration", eException);
  eStopIteration = mk("StopIteration", eException);
  eSyntaxError = mk("SyntaxError", eException);
  eIndentationError = mk("IndentationError", eSyntaxError);
  mk("TabError", eIndentationError);
  mk("SystemError", eException);
  eTypeError = mk("TypeError", eException);
  eValueError = mk("ValueError", eException);
  eUnicodeError = mk("UnicodeError", eValueError);
  eUnicodeDecodeError = mk("UnicodeDecodeError", eUnicodeError);
  mk("UnicodeEncodeError", eUnicodeError);
  eWarning = mk("Warning", eException);
  for (const char* w : {"DeprecationWarning", "PendingDeprecationWarning", "RuntimeWarning",
                        "SyntaxWarning", "UserWarning", "FutureWarning", "ImportWarning",
                        "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning"})
    mk(w, eWarning);

  addMethod(eBaseException, "__init__", baseExcInit);
  addMethod(eBaseException, "__str__", baseExcStr);
  addMethod(eBaseException, "__repr__", baseExcRepr);
  addMethod(eBaseException, "with_traceback", withTraceback);
  addMethod(eBaseException, "add_note", addNote);
  {
    Wrapper* w = heap.make<Wrapper>(tStaticMethod, Kind::StaticMethod);
    w->a = newNative("BaseExceptionGroup.__new__", groupNew);
    w->b = w->c = w->doc = Value::none();
    dictSetStr(*this, eBaseExceptionGroup->dict, intern("__new__"), Value::obj(w));
  }
  addMethod(eBaseExceptionGroup, "derive", groupDerive);
  tTraceback = makeType("traceback", tObject, Kind::Misc);
  addMethod(tTraceback, "tb_lineno", tracebackLineno);
  addMethod(eBaseExceptionGroup, "split", groupSplit);
  addMethod(eBaseExceptionGroup, "subgroup", groupSubgroup);
}

// ---- traceback formatting ----
namespace {

struct PrintCtx {
  std::set<Obj*> seen;
  int depth = 0;
  bool needClose = false;
  std::string indent() const { return std::string(size_t(2 * depth), ' '); }
  void emit(std::string& out, const std::string& text, char margin = '|') const {
    std::string ind = indent();
    if (depth) ind += std::string(1, margin) + " ";
    size_t i = 0;
    while (i < text.size()) {
      size_t nl = text.find('\n', i);
      size_t end = nl == std::string::npos ? text.size() : nl + 1;
      out += ind + text.substr(i, end - i);
      i = end;
    }
  }
};

std::string stripStr(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\f\r\n");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t\f\r\n");
  return s.substr(a, b - a + 1);
}

// byte offset -> character offset within a UTF-8 line
int charOffset(const std::string& line, int byteOff) {
  if (byteOff > int(line.size())) byteOff = int(line.size());
  int n = 0;
  for (int i = 0; i < byteOff; i++)
    if ((static_cast<unsigned char>(line[size_t(i)]) & 0xC0) != 0x80) n++;
  return n;
}

std::string frameLines(VM& vm, const TbEntry& e) {
  Code* c = e.code;
  Pos p = c->pos[size_t(e.pc)];
  std::string name = c->name;
  std::string out =
      "  File \"" + c->src->filename + "\", line " + std::to_string(p.line) + ", in " + name + "\n";
  if (p.line <= 0 || size_t(p.line) > c->src->lines.size()) return out;
  const std::string& orig = c->src->lines[size_t(p.line - 1)];
  std::string stripped = stripStr(orig);
  if (stripped.empty()) return out;
  out += "    " + stripped + "\n";
  if (p.col < 0 || p.endCol < 0) return out;
  // Like linecache, the original line keeps its newline (except a last line without one).
  bool hasNewline = size_t(p.line) < c->src->lines.size() ||
                    (!c->src->text.empty() && c->src->text.back() == '\n');
  int strippedChars = int(utf8Len(orig)) + (hasNewline ? 1 : 0) - int(utf8Len(stripped));
  int start = charOffset(orig, p.col) + 1;
  int end = charOffset(orig, p.endCol) + 1;
  int strippedLen = int(utf8Len(stripped));
  bool anchors = false;
  int leftEnd = 0, rightStart = 0;
  if (p.line == p.endLine) {
    std::string seg = orig.substr(size_t(p.col), size_t(p.endCol - p.col));
    AstArena arena;
    Node* n = parseExpression(seg, arena);
    if (n && n->kind == NK::BinOp) {
      int opStart = n->x->endCol, opEnd = n->y->col;
      std::string opStr = seg.substr(size_t(opStart), size_t(opEnd - opStart));
      size_t off = opStr.find_first_not_of(" \t\f\n\r");
      if (off == std::string::npos) off = opStr.size();
      int left = n->x->endCol + int(off);
      int right = left + 1;
      if (off + 1 < opStr.size() && !std::isspace(static_cast<unsigned char>(opStr[off + 1])))
        right++;
      leftEnd = charOffset(seg, left);
      rightStart = charOffset(seg, right);
      anchors = true;
    } else if (n && n->kind == NK::Subscript) {
      leftEnd = charOffset(seg, n->x->endCol);
      rightStart = charOffset(seg, n->y->endCol + 1);
      anchors = true;
    }
  } else {
    end = strippedChars + strippedLen;
  }
  if (end - start < strippedLen || (anchors && rightStart - leftEnd > 0)) {
    out += "    " + std::string(size_t(start - strippedChars), ' ');
    if (anchors) {
      out += std::string(size_t(leftEnd), '~');
      out += std::string(size_t(rightStart - leftEnd), '^');
      out += std::string(size_t(std::max(0, end - start - rightStart)), '~');
    } else {
      out += std::string(size_t(std::max(0, end - start)), '^');
    }
    out += "\n";
  }
  return out;
}

std::string formatStack(VM& vm, const std::vector<TbEntry>& tb) {
  std::string out;
  std::string lastFile, lastName;
  int lastLine = -1;
  int count = 0;
  for (size_t i = tb.size(); i-- > 0;) {
    const TbEntry& e = tb[i];
    const std::string& file = e.code->src->filename;
    int line = e.code->pos[size_t(e.pc)].line;
    const std::string& name = e.code->name;
    if (lastLine < 0 || file != lastFile || line != lastLine || name != lastName) {
      if (count > 3) {
        int c = count - 3;
        out += "  [Previous line repeated " + std::to_string(c) + " more time" +
               (c > 1 ? "s" : "") + "]\n";
      }
      lastFile = file;
      lastLine = line;
      lastName = name;
      count = 0;
    }
    count++;
    if (count > 3) continue;
    out += frameLines(vm, e);
  }
  if (count > 3) {
    int c = count - 3;
    out += "  [Previous line repeated " + std::to_string(c) + " more time" + (c > 1 ? "s" : "") +
           "]\n";
  }
  return out;
}

std::string formatOnly(VM& vm, Value exc) {
  Type* t = vm.typeOf(exc);
  std::string stype = t->name;
  Value qn = dictGetStr(t->dict, vm.intern("__qualname__"));
  if (isKind(qn, Kind::Str)) stype = asStr(qn)->s();
  std::string mod = isKind(t->module, Kind::Str) ? asStr(t->module)->s() : "builtins";
  if (mod != "__main__" && mod != "builtins") stype = mod + "." + stype;
  Exception* e = asExc(exc);
  std::string out;
  if (t->isSubtype(vm.eSyntaxError) && e->dict) {
    Value lineno = dictGetStr(e->dict, vm.intern("lineno"));
    Value filename = dictGetStr(e->dict, vm.intern("filename"));
    Value text = dictGetStr(e->dict, vm.intern("text"));
    Value offset = dictGetStr(e->dict, vm.intern("offset"));
    Value endOffset = dictGetStr(e->dict, vm.intern("end_offset"));
    Value msg = dictGetStr(e->dict, vm.intern("msg"));
    if (lineno.isInt()) {
      out += "  File \"" +
             (isKind(filename, Kind::Str) ? asStr(filename)->s() : std::string("<string>")) +
             "\", line " + std::to_string(lineno.i) + "\n";
      if (isKind(text, Kind::Str)) {
        std::string txt = asStr(text)->s();
        std::string rtext = txt;
        while (!rtext.empty() && (rtext.back() == '\n' || rtext.back() == '\r')) rtext.pop_back();
        size_t lead = rtext.find_first_not_of(" \n\f");
        std::string ltext = lead == std::string::npos ? "" : rtext.substr(lead);
        int spaces = int(rtext.size() - ltext.size());
        out += "    " + ltext + "\n";
        if (offset.isInt()) {
          int off = int(offset.i);
          int endOff = endOffset.isInt() ? int(endOffset.i) : off;
          if (endOff == 0 || endOff < off) endOff = off + 1;
          if (off == endOff || endOff == -1) endOff = off + 1;
          int colno = off - 1 - spaces;
          int endColno = endOff - 1 - spaces;
          if (colno >= 0) {
            std::string caret;
            for (int k = 0; k < colno && size_t(k) < ltext.size(); k++)
              caret += std::isspace(static_cast<unsigned char>(ltext[size_t(k)])) ? ltext[size_t(k)]
                                                                                  : ' ';
            while (int(caret.size()) < colno) caret += ' ';
            out += "    " + caret + std::string(size_t(std::max(1, endColno - colno)), '^') + "\n";
          }
        }
      }
    }
    out += stype + ": " + (isKind(msg, Kind::Str) ? asStr(msg)->s() : std::string("")) + "\n";
  } else {
    bool ok = true;
    std::string s;
    if (!vm.strInto(s, exc)) {
      vm.takePending();
      s = "<exception str() failed>";
      (void)ok;
    }
    out += s.empty() ? stype + "\n" : stype + ": " + s + "\n";
  }
  if (isKind(e->notes, Kind::List))
    for (Value n : asList(e->notes)->items) {
      std::string ns;
      if (!vm.strInto(ns, n)) vm.takePending();
      out += ns + "\n";
    }
  return out;
}

void formatExc(VM& vm, Value exc, PrintCtx& ctx, std::string& out) {
  std::vector<std::pair<const char*, Value>> chain;
  Value e = exc;
  while (e.isObj() && e.o->kind == Kind::Exception && !ctx.seen.count(e.o)) {
    ctx.seen.insert(e.o);
    Exception* x = asExc(e);
    const char* msg = nullptr;
    Value next = Value::none();
    if (!x->cause.isNone()) {
      msg = "\nThe above exception was the direct cause of the following exception:\n\n";
      next = x->cause;
    } else if (!x->context.isNone() && !x->suppressContext) {
      msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
      next = x->context;
    }
    if (next.isObj() && ctx.seen.count(next.o)) msg = nullptr, next = Value::none();
    chain.push_back({msg, e});
    e = next;
  }
  for (size_t i = chain.size(); i-- > 0;) {
    const char* msg = chain[i].first;
    Value x = chain[i].second;
    if (msg) ctx.emit(out, msg);
    Exception* ex = asExc(x);
    if (!isGroup(vm, x)) {
      if (!ex->tb.empty()) {
        ctx.emit(out, "Traceback (most recent call last):\n");
        ctx.emit(out, formatStack(vm, ex->tb));
      }
      ctx.emit(out, formatOnly(vm, x));
      continue;
    }
    if (ctx.depth > 10) {
      ctx.emit(out, "... (max_group_depth is 10)\n");
      continue;
    }
    bool top = ctx.depth == 0;
    if (top) ctx.depth++;
    if (!ex->tb.empty()) {
      ctx.emit(out, "Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
      ctx.emit(out, formatStack(vm, ex->tb));
    }
    ctx.emit(out, formatOnly(vm, x));
    auto& subs = asTuple(groupExceptions(x))->items;
    size_t num = subs.size();
    size_t n = num <= 15 ? num : 16;
    ctx.needClose = false;
    for (size_t k = 0; k < n; k++) {
      bool last = k == n - 1;
      if (last) ctx.needClose = true;
      bool truncated = k >= 15;
      std::string title = truncated ? "..." : std::to_string(k + 1);
      out += ctx.indent() + (k == 0 ? "+-" : "  ") + "+---------------- " + title +
             " ----------------\n";
      ctx.depth++;
      if (!truncated) {
        formatExc(vm, subs[k], ctx, out);
      } else {
        size_t rem = num - 15;
        ctx.emit(out,
                 "and " + std::to_string(rem) + " more exception" + (rem > 1 ? "s" : "") + "\n");
      }
      if (last && ctx.needClose) {
        out += ctx.indent() + "+------------------------------------\n";
        ctx.needClose = false;
      }
      ctx.depth--;
    }
    if (top) ctx.depth = 0;
  }
}

}  // namespace

size_t utf8Len(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) n++;
  return n;
}

std::string VM::formatException(Value exc) {
  std::string out;
  if (!isKind(exc, Kind::Exception)) return "<not an exception>\n";
  Value savedPending = pending;
  PrintCtx ctx;
  formatExc(*this, exc, ctx, out);
  pending = savedPending;
  return out;
}

Value VM::raiseAround(Type* t, const char* before, const std::string& what, const char* after) {
  return raise(t, before + what + after);
}

void VM::printException(Value exc) {
  std::string s = formatException(exc);
  if (writeErr) writeErr(s);
}

}  // namespace coroscope::lang
