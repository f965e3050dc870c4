// Builtin iterator objects.
#pragma once
#include <string>
#include <vector>

#include "lang/objects.hpp"

namespace coroscope::lang {

struct SeqIter : Iterator {  // list, tuple, bytes
  Value seq;
  size_t index = 0;
  const char* typeName;
  SeqIter(Value s, const char* n) : seq(s), typeName(n) {}
  Value next(VM& vm) override;
  void trace(Heap& h) override { h.mark(seq); }
};

struct StrIter : Iterator {
  Str* s;
  size_t pos = 0;
  explicit StrIter(Str* str) : s(str) {}
  Value next(VM& vm) override;
  void trace(Heap& h) override { h.mark(s); }
};

struct RangeIter : Iterator {
  int64_t cur, step, remaining;
  RangeIter(int64_t c, int64_t s, int64_t n) : Iterator(true), cur(c), step(s), remaining(n) {}
  Value next(VM&) override { return advance(); }
  Value advance() {
    if (remaining <= 0) return Value::undef();
    remaining--;
    int64_t v = cur;
    cur += step;
    return Value::integer(v);
  }
};

struct DictIter : Iterator {
  enum Mode { Keys, Values, Items } mode;
  Dict* d;
  size_t pos = 0;
  size_t startUsed;
  DictIter(Dict* dict, Mode m) : mode(m), d(dict), startUsed(dict->used) {}
  Value next(VM& vm) override;
  void trace(Heap& h) override { h.mark(d); }
};

struct SetIter : Iterator {
  Set* s;
  size_t pos = 0;
  size_t startUsed;
  explicit SetIter(Set* set) : s(set), startUsed(set->t.used) {}
  Value next(VM& vm) override;
  void trace(Heap& h) override { h.mark(s); }
};

struct GetItemIter : Iterator {
  Value obj;
  int64_t index = 0;
  explicit GetItemIter(Value o) : obj(o) {}
  Value next(VM& vm) override;
  void trace(Heap& h) override { h.mark(obj); }
};

// A generic iterator backed by a C++ step function over a few Values (enumerate, zip, map, ...).
struct FnIter : Iterator {
  using Step = Value (*)(VM&, FnIter&);
  Step step;
  const char* typeName;
  std::vector<Value> vals;
  int64_t n = 0;
  bool done = false;
  FnIter(Step s, const char* tn, std::vector<Value> v)
      : step(s), typeName(tn), vals(std::move(v)) {}
  Value next(VM& vm) override {
    if (done) return Value::undef();
    Value r = step(vm, *this);
    if (r.isUndef()) done = true;
    return r;
  }
  void trace(Heap& h) override { h.markAll(vals); }
};

}  // namespace coroscope::lang
