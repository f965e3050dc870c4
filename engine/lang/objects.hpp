// The object model: every heap-allocated Python object kind.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lang/heap.hpp"
#include "lang/value.hpp"

namespace coroscope::lang {

class VM;
struct Code;
struct Dict;
struct Str;

enum class Kind : uint8_t {
  Str,
  Bytes,
  Tuple,
  List,
  Dict,
  Set,
  Function,
  Native,
  BoundMethod,
  Type,
  Instance,
  Exception,
  Cell,
  Code,
  Generator,
  Range,
  Slice,
  Module,
  Property,
  StaticMethod,
  ClassMethod,
  Super,
  Iterator,
  BigInt,
  Misc,
};

struct Obj {
  Type* cls = nullptr;
  Obj* next = nullptr;
  Dict* attrs = nullptr;  // attributes of instances of user subclasses of tuple/list/dict
  Kind kind;
  bool marked = false;
  explicit Obj(Kind k) : kind(k) {}
  virtual ~Obj() = default;
  virtual void trace(Heap&) {}
};

// A str is immutable text (UTF-8). It is either flat (the bytes are in `text_`) or a rope: the
// concatenation of two other strs, made by `+`/`+=` on long operands so that a loop of appends is
// linear instead of quadratic (see docs/INTERPRETER.md, "Strings"). Every read of the text goes
// through s(), which flattens a rope once, in place and without recursion; the Python value never
// changes, so a rope is indistinguishable from a flat str to everything but the timing.
struct Str : Obj {
  int64_t hash = -1;
  int32_t cpLen = -1;  // code point count: computed on demand for flat strs, always set for ropes
  explicit Str(std::string v) : Obj(Kind::Str), text_(std::move(v)) {}
  // A rope of `l` + `r` (both strs with known code point lengths).
  Str(Str* l, Str* r);
  const std::string& s() const {
    if (left_) flatten();
    return text_;
  }
  // The text, for a str still being built by its creator (nobody else can see it yet).
  std::string& mutableText() { return text_; }
  size_t byteLen() const { return left_ ? ropeBytes_ : text_.size(); }
  bool isRope() const { return left_ != nullptr; }
  Str* ropeLeft() const { return left_; }
  Str* ropeRight() const { return right_; }
  bool ascii();
  int64_t length();
  void trace(Heap& h) override {
    if (left_) {
      h.mark(left_);
      h.mark(right_);
    }
  }

 private:
  void flatten() const;
  mutable std::string text_;
  mutable Str* left_ = nullptr;  // rope children; null once flat
  mutable Str* right_ = nullptr;
  size_t ropeBytes_ = 0;
};

int64_t hashBytes(const std::string& s);
inline int64_t strHash(Str* s) {
  if (s->hash == -1) s->hash = hashBytes(s->s());
  return s->hash;
}

struct Bytes : Obj {
  std::string s;
  explicit Bytes(std::string v) : Obj(Kind::Bytes), s(std::move(v)) {}
};

struct Tuple : Obj {
  std::vector<Value> items;
  Tuple() : Obj(Kind::Tuple) {}
  explicit Tuple(std::vector<Value> v) : Obj(Kind::Tuple), items(std::move(v)) {}
  void trace(Heap& h) override { h.markAll(items); }
};

struct List : Obj {
  std::vector<Value> items;
  List() : Obj(Kind::List) {}
  explicit List(std::vector<Value> v) : Obj(Kind::List), items(std::move(v)) {}
  void trace(Heap& h) override { h.markAll(items); }
};

// CPython-compatible open-addressing table (same probe sequence and resize policy as setobject.c),
// so sets of ints and tuples iterate in CPython's order. Dicts keep insertion order separately.
struct HashTable {
  struct Slot {
    Value key;  // Undef = empty; Err = dummy (deleted)
    int64_t hash = 0;
    int32_t entry = -1;  // dicts: index into entries
  };
  std::vector<Slot> table;
  size_t fill = 0, used = 0;
  size_t mask() const { return table.size() - 1; }
};

struct Dict : Obj {
  struct Entry {
    Value key, value;
    int64_t hash;
  };
  std::vector<Entry> entries;  // insertion order; deleted entries have key Undef
  std::vector<int32_t> index;  // -1 empty, -2 dummy, else entry index
  size_t used = 0, fill = 0;
  bool ownedByType = false;  // a class's namespace: changes invalidate attribute caches
  // Names which entry holds which key: renewed (unique across dicts) whenever a key is added or
  // removed or the entries move, never when a value changes. An entry index cached with it stays
  // right while it matches (the global-name caches of code objects).
  uint64_t keysVersion = 0;
  Dict() : Obj(Kind::Dict) {}
  void trace(Heap& h) override {
    for (auto& e : entries) {
      h.mark(e.key);
      h.mark(e.value);
    }
  }
};

struct Set : Obj {
  HashTable t;
  bool frozen;
  int64_t hash = -1;
  explicit Set(bool f) : Obj(Kind::Set), frozen(f) {}
  void trace(Heap& h) override {
    for (auto& s : t.table) h.mark(s.key);
  }
};

struct Cell : Obj {
  Value v;
  Cell() : Obj(Kind::Cell) { v = Value::undef(); }
  void trace(Heap& h) override { h.mark(v); }
};

struct Function : Obj {
  Code* code = nullptr;
  Dict* globals = nullptr;
  std::vector<Value> defaults;
  Dict* kwdefaults = nullptr;
  std::vector<Cell*> closure;
  Str* name = nullptr;
  Str* qualname = nullptr;
  Dict* dict = nullptr;  // function attributes (__wrapped__, __doc__, ...)
  Value module;
  Function() : Obj(Kind::Function) {}
  void trace(Heap& h) override;
};

struct KwArg {
  Str* name;
  Value value;
};
// Arguments to a native function. Positional values live on the VM stack (they stay rooted during
// the call); keyword arguments follow in `kw`.
struct Args {
  Value* v;
  int n;
  KwArg* kw = nullptr;
  int nkw = 0;
  Value operator[](int i) const { return v[i]; }
};
using NativeFn = Value (*)(VM&, Args&);

struct Native : Obj {
  const char* name;
  NativeFn fn;
  Value bound;  // module functions that need state, e.g. the module itself
  // A call takes a level of the recursion limit (VM::enterLevel), as CPython checks its calls
  // of METH_O and METH_VARARGS builtins (abs(), hash(), min(), ...) and not the others.
  bool counted = false;
  // A builtin type's dunder exposed as an attribute (int.__add__, dict.__len__): the slot's
  // number in slots.cpp, with `bound` the type that owns it; 0 for every other native.
  uint8_t slot = 0;
  Native(const char* n, NativeFn f) : Obj(Kind::Native), name(n), fn(f) {}
  void trace(Heap& h) override { h.mark(bound); }
};

struct BoundMethod : Obj {
  Value self, func;
  BoundMethod(Value s, Value f) : Obj(Kind::BoundMethod), self(s), func(f) {}
  void trace(Heap& h) override {
    h.mark(self);
    h.mark(func);
  }
};

struct Type : Obj {
  std::string name;
  std::vector<Type*> bases;
  std::vector<Type*> mro;
  Dict* dict = nullptr;
  Kind instanceKind = Kind::Instance;  // what kind of object instances of this class are
  Type* builtinBase = nullptr;         // the nearest builtin ancestor (object, Exception, ...)
  NativeFn construct = nullptr;        // builtin types: called for Type(...) (cls passed in bound)
  bool isBuiltin = false;
  bool isException = false;
  bool userHash = false, userEq = false;
  Value module;
  // `__slots__` without `__dict__` here and in every base: the instance attributes allowed
  // (a set of names, as dict keys); null when instances take any attribute.
  Dict* slotNames = nullptr;
  // MRO lookup cache, valid while cacheEpoch equals the VM's type epoch (bumped whenever any
  // class dict changes).
  std::unordered_map<Str*, Value> lookupCache;
  uint64_t cacheEpoch = 0;
  explicit Type(std::string n) : Obj(Kind::Type), name(std::move(n)) {}
  void trace(Heap& h) override;
  bool isSubtype(const Type* t) const {
    for (Type* m : mro)
      if (m == t) return true;
    return false;
  }
};

struct Instance : Obj {
  Dict* dict = nullptr;
  Instance() : Obj(Kind::Instance) {}
  explicit Instance(Kind k) : Obj(k) {}
  void trace(Heap& h) override;
};

struct TbEntry {
  Code* code;
  int pc;
};

struct Exception : Instance {
  Value args;               // a Tuple
  std::vector<TbEntry> tb;  // innermost first
  Value cause, context;
  bool suppressContext = false;
  Value notes;
  Value groupExcs;    // exception groups: the `exceptions` tuple
  Value derivedFrom;  // exception groups made by split()/subgroup(): the group they came from
  Exception() : Instance(Kind::Exception) {
    cause = Value::none();
    context = Value::none();
    notes = Value::undef();
    derivedFrom = Value::undef();
    groupExcs = Value::undef();
  }
  void trace(Heap& h) override;
};

struct Range : Obj {
  int64_t start, stop, step;
  Range(int64_t a, int64_t b, int64_t c) : Obj(Kind::Range), start(a), stop(b), step(c) {}
  int64_t length() const {
    if (step > 0) return start < stop ? (stop - start + step - 1) / step : 0;
    return start > stop ? (start - stop - step - 1) / (-step) : 0;
  }
};

struct Slice : Obj {
  Value start, stop, step;
  Slice(Value a, Value b, Value c) : Obj(Kind::Slice), start(a), stop(b), step(c) {}
  void trace(Heap& h) override {
    h.mark(start);
    h.mark(stop);
    h.mark(step);
  }
};

struct Module : Obj {
  Str* name;
  Dict* dict;
  Module(Str* n, Dict* d) : Obj(Kind::Module), name(n), dict(d) {}
  void trace(Heap& h) override;
};

// property, staticmethod, classmethod: descriptors built by decorators.
struct Wrapper : Obj {
  Value a, b, c, doc;
  explicit Wrapper(Kind k) : Obj(k) {}
  void trace(Heap& h) override {
    h.mark(a);
    h.mark(b);
    h.mark(c);
    h.mark(doc);
  }
};

struct Super : Obj {
  Type* type;
  Value self;
  Type* selfType;
  Super(Type* t, Value s, Type* st) : Obj(Kind::Super), type(t), self(s), selfType(st) {}
  void trace(Heap& h) override;
};

// Builtin iterators (list_iterator, enumerate, zip, map, ...). next() returns Undef when exhausted
// and Err when it raised.
struct Iterator : Obj {
  explicit Iterator(bool range = false) : Obj(Kind::Iterator), isRange(range) {}
  // A RangeIter, which FOR_ITER steps in the dispatch loop itself: the commonest loop of all.
  const bool isRange;
  virtual Value next(VM& vm) = 0;
  virtual int64_t lengthHint() { return -1; }
};

// Opaque objects owned by modules (e.g. a deque, an itertools.count).
struct MiscObj : Obj {
  MiscObj() : Obj(Kind::Misc) {}
};

// 16 bytes rather than 12: handlers_.size(), taken at every call, is then a shift, not a
// division.
struct alignas(16) Handler {
  uint32_t target;
  uint32_t depth;  // stack depth (relative to the frame's base) to restore
  uint8_t kind;    // HandlerKind
};

enum class GenKind : uint8_t { Generator, Coroutine, AsyncGenerator };
enum class GenState : uint8_t { Created, Suspended, Running, Closed };

struct Generator : Obj {
  Function* fn;
  GenKind gkind;
  GenState state = GenState::Created;
  std::vector<Value> saved;  // locals + value stack while suspended
  std::vector<Handler> handlers;
  uint32_t pc = 0;
  bool delegating = false;  // suspended inside `yield from`/`await`; TOS of saved is the delegate
  bool iterableCoroutine = false;  // types.coroutine
  bool runningAsync = false;       // async generator: an asend/athrow awaitable is in flight
  Str* name;
  Str* qualname;
  Value aux;                        // async generators: the awaitable object currently in flight
  Value excState = Value::undef();  // the exception it was handling when it suspended
  bool closeOnCollect = false;      // listed in VM::suspendedInTry
  bool hooksInited = false;   // async generators: sys.set_asyncgen_hooks' firstiter was called
  Code* createdIn = nullptr;  // coroutines: where they were made, for the never-awaited warning
  uint32_t createdPc = 0;
  Generator(Function* f, GenKind k);
  void trace(Heap& h) override;
};

inline Tuple* asTuple(Value v) { return static_cast<Tuple*>(v.o); }
inline List* asList(Value v) { return static_cast<List*>(v.o); }
inline Str* asStr(Value v) { return static_cast<Str*>(v.o); }
inline Dict* asDict(Value v) { return static_cast<Dict*>(v.o); }
inline Type* asType(Value v) { return static_cast<Type*>(v.o); }
inline bool isKind(Value v, Kind k) { return v.tag == Tag::Obj && v.o->kind == k; }

}  // namespace coroscope::lang
