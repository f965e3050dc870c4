#include "lang/objects.hpp"

#include "lang/bytecode.hpp"
#include "lang/containers.hpp"
#include "lang/iterators.hpp"
#include "lang/vm.hpp"

namespace coroscope::lang {

bool Str::ascii() {
  if (cpLen < 0) length();
  return size_t(cpLen) == byteLen();
}

int64_t Str::length() {
  if (cpLen < 0) {
    int64_t n = 0;
    for (unsigned char c : text_)
      if ((c & 0xC0) != 0x80) n++;
    cpLen = int32_t(n);
  }
  return cpLen;
}

void Function::trace(Heap& h) {
  h.mark(code);
  h.mark(globals);
  h.markAll(defaults);
  h.mark(kwdefaults);
  for (Cell* c : closure) h.mark(c);
  h.mark(name);
  h.mark(qualname);
  h.mark(dict);
  h.mark(module);
}

void Type::trace(Heap& h) {
  for (auto& [k, v] : lookupCache) {
    h.mark(k);
    h.mark(v);
  }
  for (Type* b : bases) h.mark(b);
  for (Type* m : mro) h.mark(m);
  h.mark(dict);
  h.mark(slotNames);
  h.mark(builtinBase);
  h.mark(module);
}

void Instance::trace(Heap& h) { h.mark(dict); }

void Exception::trace(Heap& h) {
  h.mark(dict);
  h.mark(args);
  for (auto& e : tb) h.mark(e.code);
  h.mark(cause);
  h.mark(context);
  h.mark(notes);
  h.mark(derivedFrom);
  h.mark(groupExcs);
}

void Module::trace(Heap& h) {
  h.mark(name);
  h.mark(dict);
}

void Super::trace(Heap& h) {
  h.mark(type);
  h.mark(self);
  h.mark(selfType);
}

Generator::Generator(Function* f, GenKind k)
    : Obj(Kind::Generator), fn(f), gkind(k), name(f->name), qualname(f->qualname) {}

void Generator::trace(Heap& h) {
  h.mark(fn);
  h.mark(createdIn);
  h.mark(excState);
  h.markAll(saved);
  h.mark(name);
  h.mark(qualname);
  h.mark(aux);
}

void Code::trace(Heap& h) {
  h.markAll(consts);
  h.mark(doc);
  for (Str* s : names) h.mark(s);
  for (Str* s : varnames) h.mark(s);
}

const char* opName(Op op) {
  static const char* const names[] = {
#define X(n) #n,
      COROSCOPE_OPCODES(X)
#undef X
  };
  return names[op];
}

// ---- heap ----
Heap::~Heap() { freeAll(); }

void Heap::link(Obj* o, Type* cls) {
  o->cls = cls;
  o->next = objects_;
  objects_ = o;
  live_++;
}

void Heap::mark(Obj* o) {
  if (!o || o->marked) return;
  o->marked = true;
  gray_.push_back(o);
}

void Heap::finishMarking() {
  while (!gray_.empty()) {
    Obj* o = gray_.back();
    gray_.pop_back();
    mark(o->cls);
    mark(o->attrs);
    o->trace(*this);
  }
}

void Heap::unmarkAll() {
  for (Obj* o = objects_; o; o = o->next) o->marked = false;
}

void Heap::finishAndSweep() {
  finishMarking();
  Obj** link = &objects_;
  size_t live = 0;
  while (*link) {
    Obj* o = *link;
    if (o->marked) {
      o->marked = false;
      link = &o->next;
      live++;
    } else {
      *link = o->next;
      delete o;
    }
  }
  live_ = live;
  bytes_ = 0;
  threshold_ = live * 2 > (1 << 16) ? live * 2 : (1 << 16);
}

void Heap::freeAll() {
  while (objects_) {
    Obj* o = objects_;
    objects_ = o->next;
    delete o;
  }
  live_ = 0;
}

// ---- iterators ----
Value SeqIter::next(VM&) {
  if (seq.o->kind == Kind::List) {
    auto& items = asList(seq)->items;
    if (index >= items.size()) return Value::undef();
    return items[index++];
  }
  if (seq.o->kind == Kind::Tuple) {
    auto& items = asTuple(seq)->items;
    if (index >= items.size()) return Value::undef();
    return items[index++];
  }
  auto& s = static_cast<Bytes*>(seq.o)->s;
  if (index >= s.size()) return Value::undef();
  return Value::integer(static_cast<unsigned char>(s[index++]));
}

Value StrIter::next(VM& vm) {
  if (pos >= s->s().size()) return Value::undef();
  unsigned char c = static_cast<unsigned char>(s->s()[pos]);
  size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  std::string ch = s->s().substr(pos, n);
  pos += n;
  return Value::obj(vm.intern(ch));
}

Value DictIter::next(VM& vm) {
  if (d->used != startUsed) {
    startUsed = d->used;
    return vm.raise(vm.eRuntimeError, "dictionary changed size during iteration");
  }
  while (pos < d->entries.size() && d->entries[pos].key.isUndef()) pos++;
  if (pos >= d->entries.size()) return Value::undef();
  Dict::Entry& e = d->entries[pos++];
  if (mode == Keys) return e.key;
  if (mode == Values) return e.value;
  return vm.newTuple({e.key, e.value});
}

Value SetIter::next(VM& vm) {
  if (s->t.used != startUsed) {
    startUsed = s->t.used;
    return vm.raise(vm.eRuntimeError, "Set changed size during iteration");
  }
  auto& table = s->t.table;
  while (pos < table.size() && (table[pos].key.isUndef() || table[pos].key.isErr())) pos++;
  if (pos >= table.size()) return Value::undef();
  return table[pos++].key;
}

Value GetItemIter::next(VM& vm) {
  Value r = vm.getItem(obj, Value::integer(index++));
  if (r.isErr() && (vm.pendingIs(vm.eIndexError) || vm.pendingIs(vm.eStopIteration))) {
    vm.takePending();
    return Value::undef();
  }
  return r;
}

}  // namespace coroscope::lang
