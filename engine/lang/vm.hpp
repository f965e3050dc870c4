// The virtual machine: frames live on an explicit stack, so Python calls never recurse in C++ and a
// generator or coroutine suspends by saving its frame. Exceptions are values: an operation that
// fails sets `pending` and returns Value::err().
#pragma once
#include <deque>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "lang/ast.hpp"
#include "lang/bytecode.hpp"
#include "lang/objects.hpp"

// Code that runs rarely or only to fail, in a translation unit compiled for speed: compiled for
// size instead (clang's minsize; GCC has no per-function -Oz) and kept out of its callers.
#if defined(__clang__)
#define COROSCOPE_COLD __attribute__((minsize, noinline))
#else
#define COROSCOPE_COLD __attribute__((cold, noinline))
#endif

namespace coroscope::lang {

struct Frame {
  Code* code;
  Function* fn;
  Value* base;  // slot 0; base[-1] is the callee slot
  uint32_t pc = 0;
  uint32_t handlerBase = 0;
  Dict* locals = nullptr;  // module and class bodies
  Dict* globals = nullptr;
  Generator* gen = nullptr;
  Value initSelf;  // constructor frames return this instead of __init__'s result
  bool runBase = false;
};

// What a native leaves for the host when it suspends the interpreter (see VM::canSuspendHost).
struct HostRequest {
  virtual ~HostRequest() = default;
};

// A consumer in C++ of what a generator yields (sum() of a generator). While `gen` runs under
// VM::nextInto(), each value its frame yields is first offered to `take`: accepted, the frame goes
// on at once as if next() had resumed it, without suspending and returning to the consumer;
// refused, the frame suspends and next() returns the value as usual. `take` must run no Python
// code and change nothing Python code can see, so that a value taken inside the frame cannot be
// told from one returned: CPython's sum() adding two ints between two resumptions runs nothing
// either.
struct YieldSink {
  Generator* gen;
  bool (*take)(YieldSink& sink, Value v);
  Value acc;
};

enum class ResumeStatus { Yielded, Returned, Raised };
struct ResumeResult {
  ResumeStatus status;
  Value value;  // the yielded/returned value, or the exception
};

class VM {
 public:
  VM();
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  Heap heap;

  // ---- I/O ----
  std::function<void(const std::string&)> writeOut, writeErr;
  std::string stdinData;
  bool hasStdin = false;
  size_t stdinPos = 0;
  uint64_t maxSteps = 0;  // 0 = unlimited
  uint64_t steps = 0;
  int recursionLimit = 1000;  // set through setRecursionLimit()
  void setRecursionLimit(int n) {
    frameLimit_ += n - recursionLimit;
    recursionLimit = n;
  }
  // CPython's recursion depth: the host's frames, the frames and the levels (below) in use.
  int recursionDepth() const { return recursionLimit - frameLimit_ + depth(); }

  // CPython's Py_EnterRecursiveCall: a C++ recursion that Python data or code drives (comparing,
  // repr and str of nested containers and objects, the builtins CPython checks) takes a level of
  // the recursion limit as a Python frame does, and is refused when the C++ stack runs short
  // (stack_guard.hpp). False with RecursionError("maximum recursion depth exceeded" + where)
  // pending; a level entered is left with leaveLevel(), or held by a Level.
  bool enterLevel(const char* where);
  void leaveLevel();
  class Level {
   public:
    Level(VM& vm, const char* where) : vm_(vm), ok_(vm.enterLevel(where)) {}
    ~Level() {
      if (ok_) vm_.leaveLevel();
    }
    Level(const Level&) = delete;
    Level& operator=(const Level&) = delete;
    bool ok() const { return ok_; }

   private:
    VM& vm_;
    bool ok_;
  };

  // ---- types ----
  Type *tObject, *tType, *tNoneType, *tBool, *tInt, *tFloat, *tStr, *tBytes, *tList, *tTuple,
      *tDict, *tSet, *tFrozenSet, *tRange, *tSlice, *tFunction, *tBuiltin, *tMethod, *tGenerator,
      *tCoroutine, *tAsyncGen, *tCell, *tCode, *tModule, *tProperty, *tStaticMethod, *tClassMethod,
      *tSuper, *tIterator, *tNotImplementedType, *tEllipsisType, *tMisc;
  Type *eBaseException, *eException, *eTypeError, *eValueError, *eKeyError, *eIndexError,
      *eAttributeError, *eNameError, *eUnboundLocalError, *eZeroDivisionError, *eStopIteration,
      *eStopAsyncIteration, *eGeneratorExit, *eRuntimeError, *eRecursionError,
      *eNotImplementedError, *eAssertionError, *eLookupError, *eArithmeticError, *eOverflowError,
      *eKeyboardInterrupt, *eSystemExit, *eImportError, *eModuleNotFoundError, *eSyntaxError,
      *eIndentationError, *eOSError, *eEOFError, *eUnicodeError, *eBaseExceptionGroup,
      *eExceptionGroup, *eTimeoutError, *eMemoryError, *eUnicodeDecodeError, *eWarning;
  Value notImplemented, ellipsis;
  Dict* builtins = nullptr;
  Dict* modules = nullptr;  // name -> Module
  Module* mainModule = nullptr;

  // ---- strings ----
  Str* intern(const std::string& s);
  // Interned dunder names used on hot paths (looked up once per VM).
  struct DunderNames {
    Str* x_setattr = nullptr;
    Str* x_getattr = nullptr;
    Str* x_init = nullptr;
    Str* x_new = nullptr;
    Str* x_bool = nullptr;
    Str* x_len = nullptr;
    Str* x_hash = nullptr;
    Str* x_iter = nullptr;
    Str* x_next = nullptr;
    Str* x_eq = nullptr;
    Str* x_repr = nullptr;
    Str* x_str = nullptr;
    Str* x_call = nullptr;
    Str* x_contains = nullptr;
    Str* x_getitem = nullptr;
    Str* x_setitem = nullptr;
    Str* x_index = nullptr;
    Str* x_format = nullptr;
    Str* x_enter = nullptr;
    Str* x_exit = nullptr;
    Str* x_aenter = nullptr;
    Str* x_aexit = nullptr;
    Str* x_await = nullptr;
    Str* x_class_getitem = nullptr;
    Str* x_delitem = nullptr;
    Str* x_missing = nullptr;
    Str* x_reversed = nullptr;
    Str* x_get = nullptr;
    Str* x_set = nullptr;
    Str* x_delete = nullptr;
  } dn;
  Value newStr(std::string s);
  Value newTuple(std::vector<Value> v);
  Value newList(std::vector<Value> v);
  Dict* newDict();
  Set* newSet(bool frozen);

  // ---- exceptions ----
  Value pending;     // the exception being raised
  Value handledExc;  // sys.exception(): the exception being handled
  // sys.set_asyncgen_hooks(): firstiter is called with each async generator on its first
  // iteration (asyncio's loop tracks them to close them at shutdown); finalizer is only kept.
  Value asyncgenFirstiter = Value::none(), asyncgenFinalizer = Value::none();
  Value raise(Type* t, const std::string& msg);
  Value raiseValue(Value exc);  // exc may be an instance or a class
  // raise(t, before + what + after), out of line: the dispatch loop's error messages built in
  // place cost wasm size in the hottest function.
  Value raiseAround(Type* t, const char* before, const std::string& what, const char* after);
  Value makeException(Type* t, std::vector<Value> args);
  bool isInstance(Value v, Type* t) { return typeOf(v)->isSubtype(t); }
  bool pendingIs(Type* t);
  Value takePending() {
    Value e = pending;
    pending = Value::none();
    return e;
  }

  // ---- calling ----
  Value call(Value f, const Value* args, int n, const KwArg* kw = nullptr, int nkw = 0);
  Value call0(Value f) { return call(f, nullptr, 0); }
  Value call1(Value f, Value a) { return call(f, &a, 1); }
  Value call2(Value f, Value a, Value b) {
    Value v[2] = {a, b};
    return call(f, v, 2);
  }
  // Calls type(obj).name(obj, args...); Undef if the method does not exist.
  Value callMethod(Value obj, Str* name, const Value* args, int n);

  // ---- object protocol (ops.cpp) ----
  Type* typeOf(Value v) const;
  Value lookup(Type* t, Str* name);  // MRO lookup, Undef if absent
  uint64_t typeEpoch = 1;            // bumped when any class dict changes (invalidates caches)
  Value getAttr(Value obj, Str* name);
  Value getAttrOpt(Value obj, Str* name);  // Undef when missing (no exception); Err on other errors
  Value ownAttr(Value obj, Str* name);
  Value descriptorGet(Value obj, Str* name, Value cv);
  // `generic`: object.__setattr__/__delattr__, which skip the class's own __setattr__/__delattr__.
  bool setAttr(Value obj, Str* name, Value v, bool generic = false);
  bool delAttr(Value obj, Str* name, bool generic = false);
  Value binaryOp(int op, Value a, Value b);
  Value compare(int op, Value a, Value b);
  Value unary(int op, Value a);
  int truthy(Value v);           // 0/1, -1 on error
  int equals(Value a, Value b);  // 0/1, -1 on error
  bool hash(Value v, int64_t& out);
  Value repr(Value v);  // a Str, or Err
  Value str(Value v);
  bool reprInto(std::string& out, Value v);
  bool strInto(std::string& out, Value v);
  bool reprObject(std::string& out, Value v);  // v an object; no recursion level taken
  bool hashTuple(Tuple* t, int64_t& out);
  Value getIter(Value v);
  Value next(Value it);                       // Undef when exhausted
  Value nextInto(Value it, YieldSink& sink);  // next(), with `sink` offered what `it` yields
  YieldSink* yieldSink = nullptr;
  Value getItem(Value obj, Value key);
  bool setItem(Value obj, Value key, Value v);
  bool delItem(Value obj, Value key);
  int contains(Value container, Value item);
  Value format(Value v, const std::string& spec);
  bool toList(Value iterable, std::vector<Value>& out);
  int64_t length(Value v);  // -1 on error
  Value lenOf(Value v);
  std::string typeName(Value v) const;
  bool indexValue(Value v, int64_t& out);  // __index__
  Value bindMethod(Value func, Value self);
  // An object of a user subclass of a builtin type (list, dict, str, int...) or of a class with
  // a custom metaclass: its class's dunders, when it overrides its builtin base's, replace the
  // builtin operation (userOverride: the override, or Undef when the builtin's slot wrapper
  // would run the builtin operation anyway).
  static bool userSub(Value v) {
    return v.isObj() && !v.o->cls->isBuiltin && v.o->kind != Kind::Instance &&
           v.o->kind != Kind::Exception;
  }
  static bool isSlotWrapper(Value m) {
    return isKind(m, Kind::Native) && static_cast<Native*>(m.o)->slot;
  }
  Value userOverride(Value v, Str* name) {
    Value m = lookup(v.o->cls, name);
    return isSlotWrapper(m) ? Value::undef() : m;
  }
  // The builtin operation of slot wrapper `slot` (slots.cpp) on self and the arguments that
  // follow; NotImplemented where the builtin does not handle the operands.
  Value builtinSlot(int slot, Value self, const Value* args);
  // The builtin halves of the operations above (ops.cpp), which builtinSlot runs: Undef (or -1,
  // -2 where the result is an int) for an object of a kind they do not handle.
  Value getItemCore(Value obj, Value key);
  int setItemCore(Value obj, Value key, Value v);
  int delItemCore(Value obj, Value key);
  int containsCore(Value c, Value item);
  int64_t lengthCore(Value v);
  Value iterCore(Value v);
  Value compareCore(int op, Value a, Value b);  // NotImplemented when not handled
  Value binaryCore(int op, Value a, Value b);   // NotImplemented when not handled
  bool hashCore(Value v, int64_t& out);
  bool reprCore(std::string& out, Value v);

  // ---- running code ----
  Value runCode(Code* code, Dict* globals, Dict* locals);
  ResumeResult resume(Generator* g, Value sent, Value thrown);
  Value genSend(Generator* g, Value v);  // returns Undef + pending StopIteration semantics
  int depth() const { return int(frames_.size()); }
  Frame* currentFrame() { return frames_.empty() ? nullptr : &frames_.back(); }

  // ---- program entry ----
  // Compiles and runs `source` as __main__. Returns the exit status (0, or 1 after printing a
  // traceback to stderr).
  int runMain(const std::string& source, const std::string& filename);
  void printException(Value exc);
  // The exit status of a __main__ run that returned `r`: 0, SystemExit's code, or 1 after
  // printing the uncaught exception.
  int mainExitStatus(Value r);

  // ---- host suspension ----
  // A host that drives event loops itself (host::Session in the browser) runs __main__ with
  // runSuspendable(). A native that would otherwise run a loop to completion (asyncio.run)
  // asks canSuspendHost(): true when it was called by a CALL instruction of the __main__
  // interpreter loop (the module frame or Python frames it called, no native frame in between).
  // It then stores its request in hostRequest and returns Value::err() with nothing pending: the
  // interpreter returns to the host with every frame kept, and suspended() is true. The host
  // takes the request, does the waiting, and calls resumeSuspended() with the native's result
  // (or Value::err() with the exception pending), which continues __main__ after the call.
  // Both return what runCode returns, once __main__ has finished.
  Value runSuspendable(Code* code, Dict* globals);
  Value resumeSuspended(Value result);
  bool canSuspendHost() const;
  bool suspended() const { return suspended_; }
  std::unique_ptr<HostRequest> hostRequest;
  std::string formatException(Value exc);

  // ---- GC roots for embedders (runtime handles) ----
  uint32_t pin(Value v);
  void unpin(uint32_t id);
  Value pinned(uint32_t id) const { return pins_[id]; }

  // ---- internals used by builtins ----
  Value* sp;
  Value* stackBase;
  Value* stackEnd;
  std::vector<Frame> frames_;
  std::vector<Handler> handlers_;
  std::vector<Value> tempRoots;
  int runDepth = 0;
  int nativeDepth = 0;

  void collectGarbage();
  // "coroutine '...' was never awaited" (unawaited_coroutines.cpp). Coroutine objects not yet
  // started, in creation order; weak: collections drop the ones that started or died.
  std::vector<Generator*> unstartedCoroutines;
  std::set<std::string> unawaitedWarned;  // CPython's once-per-location warning registry
  void warnUnawaited(Generator* g);
  void warnUnawaitedAtExit();
  // Generators suspended inside try/with blocks (weak); the ones a collection finds unreachable
  // move to toClose (rooted) and are closed after it, so their finally blocks run as in CPython.
  std::vector<Generator*> suspendedInTry;
  std::vector<Value> toClose;
  void closeCollectedGenerators();
  Value buildClass(Value body, Value names, Value bases, Value kw, Value ns = Value::undef(),
                   Type* meta = nullptr);
  Value runClassBody(Value body, Value names, Value bases, Value kw, Value explicitMeta);
  // type.__call__ from a metaclass's __call__: the next call of this class skips the metaclass.
  Obj* metaCallBypass = nullptr;
  // A user subclass `cls` of a builtin type called with these arguments: the builtin's value,
  // made anew as an object of `cls` (container_methods.cpp).
  Value constructSubclass(Type* cls, const Value* args, int n, const KwArg* kw, int nkw);
  Type* makeType(const std::string& name, Type* base, Kind instanceKind);
  void addMethod(Type* t, const char* name, NativeFn fn);
  void addBuiltin(const char* name, Value v);
  Value newNative(const char* name, NativeFn fn);
  Module* newModule(const std::string& name);
  void addToModule(Module* m, const char* name, Value v);
  Value importModule(Str* name);
  std::unordered_map<std::string, std::function<Module*(VM&)>> moduleFactories;

  // Invoke the callable at sp[-argc-1-nkw] with argc positional and nkw keyword values (names in
  // kwnames). Either completes the call (result replaces the callee slot; returns false) or
  // pushes a Python frame (returns true). On error returns false with Err in the callee slot.
  bool invoke(int argc, Tuple* kwnames);
  Value run() { return runFrom(false); }  // runs frames_.back() (a runBase frame)
  // Runs until the runBase frame returns, yields or raises; with `startWithError` the pending
  // exception is raised at the frame's current instruction first.
  Value runFrom(bool startWithError);
  bool lastYieldAsync_ = false;
  Value lastStopValue;  // next(): the value of the StopIteration that ended a Python iterator  //
                        // async generators: the last yield produced a value
  ResumeStatus lastStatus = ResumeStatus::Returned;

  Value exceptionType(Value exc);
  void setTraceback(Value exc, Code* code, uint32_t pc);

 private:
  std::unordered_map<std::string, Str*> interned_;
  std::vector<Value> pins_;
  std::vector<uint32_t> freePins_;
  // The value stack is allocated, not constructed: zeroing its 4 MB cost 3 ms of CPU at the first
  // VM start in wasm (17.3 -> 14.1 ms), 0.5 ms at later ones. No slot is read before it is written:
  // pushes write, a frame's locals beyond its arguments are set to undef when it is entered, the
  // collector scans only below sp, and a handler's depth never exceeds the depth at which it was
  // set up.
  struct StackDelete {
    void operator()(Value* p) const { ::operator delete(p); }
  };
  std::unique_ptr<Value[], StackDelete> stack_;
  std::vector<Obj*> permanent_;
  std::deque<std::string> nativeNames_;  // stable storage for native names
  Value runMainFrames(bool startWithError);
  // Pushes a runBase frame running `code` (a module or class body) in `globals`; its callee slot,
  // or null with the error in `failed`.
  Value* pushCodeFrame(Code* code, Dict* globals, Value& failed);
  Value* mainCallee_ = nullptr;  // runSuspendable's callee slot
  bool mainRunning_ = false;     // the __main__ interpreter loop is the active one
  bool suspended_ = false;
  // CPython counts the reference runner's own frames (main, run_program, exec) against the
  // recursion limit; subtracting them makes RecursionError strike at the same user depth.
  static constexpr int kHostFrames = 4;
  // How many frames may be pushed: the recursion limit less the host's frames and the levels
  // entered (enterLevel), kept up to date so that a call compares one number.
  int frameLimit_ = 1000 - kHostFrames;
  friend struct Builtins;
  // The interpreter's own call fast path (interp.cpp): pushes the frame of a plain function
  // (Code::plainCall) called with exactly its positional arguments; false when the call needs
  // invoke() (anything else, or a limit is reached and invoke() raises).
  bool enterPlain(Value* callee, int argc);
  bool pushFrame(Function* fn, Value* callee, int argc, Tuple* kwnames, Value initSelf);
  bool bindArgs(Function* fn, Value* callee, int argc, Tuple* kwnames);
  Value makeGenerator(Function* fn, Value* callee);
  ResumeResult finishResume(Generator* g, Value r);
  ResumeResult delegateStep(Value r);
  Value importName(Str* name, bool leaf);
  bool unwind(bool addTraceback);
  void initTypes();
  void initBuiltins();
  void initExceptions();
  void initMethods();
  void initModules();
  void markRoots();
};

// Bytecode listing of a program (for maintainers).
std::string disassemble(VM& vm, const std::string& source, const std::string& filename);

// Roots values held only in C++ locals while Python code may run (and collect).
class Roots {
 public:
  Roots(VM& vm, std::initializer_list<Value> vs) : vm_(vm), n_(vs.size()) {
    for (Value v : vs) vm.tempRoots.push_back(v);
  }
  ~Roots() { vm_.tempRoots.resize(vm_.tempRoots.size() - n_); }
  Roots(const Roots&) = delete;
  Roots& operator=(const Roots&) = delete;

 private:
  VM& vm_;
  size_t n_;
};

}  // namespace coroscope::lang
