#include "lang/containers.hpp"

#include "lang/vm.hpp"

namespace coroscope::lang {
namespace {

bool keysEqual(VM& vm, Value a, Value b, int& err) {
  if (a.identical(b)) return true;
  if (a.tag == Tag::Obj && b.tag == Tag::Obj && a.o->kind == Kind::Str && b.o->kind == Kind::Str)
    return static_cast<Str*>(a.o)->s() == static_cast<Str*>(b.o)->s();
  if (a.tag == Tag::Int && b.tag == Tag::Int) return a.i == b.i;
  int r = vm.equals(a, b);
  if (r < 0) err = 1;
  return r > 0;
}

// ---- dict: insertion-ordered entries + open-addressing index ----
constexpr int32_t kEmpty = -1, kDummy = -2;

// Finds the index slot for key: returns position in d->index of the key (found=true) or of the
// first free slot.
bool dictFind(VM& vm, Dict* d, Value key, int64_t h, size_t& pos, bool& found) {
  found = false;
  if (d->index.empty()) {
    pos = 0;
    return true;
  }
  size_t mask = d->index.size() - 1;
  size_t i = size_t(h) & mask;
  uint64_t perturb = uint64_t(h);
  size_t freeSlot = SIZE_MAX;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == kEmpty) {
      pos = freeSlot != SIZE_MAX ? freeSlot : i;
      return true;
    }
    if (ix == kDummy) {
      if (freeSlot == SIZE_MAX) freeSlot = i;
    } else {
      Dict::Entry& e = d->entries[size_t(ix)];
      if (e.hash == h) {
        int err = 0;
        Value k = e.key;
        if (keysEqual(vm, k, key, err)) {
          pos = i;
          found = true;
          return true;
        }
        if (err) return false;
      }
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Dict::keysVersion values: one counter for all dicts, so equal versions mean the same dict.
thread_local uint64_t lastKeysVersion = 0;
void keysChanged(Dict* d) { d->keysVersion = ++lastKeysVersion; }

void dictRebuild(Dict* d, size_t minSize) {
  keysChanged(d);
  size_t size = 8;
  while (size < minSize * 3 / 2 + 1) size <<= 1;
  std::vector<Dict::Entry> live;
  live.reserve(d->used);
  for (auto& e : d->entries)
    if (!e.key.isUndef()) live.push_back(e);
  d->entries = std::move(live);
  d->index.assign(size, kEmpty);
  size_t mask = size - 1;
  for (size_t k = 0; k < d->entries.size(); k++) {
    uint64_t h = uint64_t(d->entries[k].hash);
    size_t i = h & mask;
    uint64_t perturb = h;
    while (d->index[i] != kEmpty) {
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & mask;
    }
    d->index[i] = int32_t(k);
  }
  d->fill = d->used = d->entries.size();
}

}  // namespace

Value dictGet(VM& vm, Dict* d, Value key) {
  int64_t h;
  if (!vm.hash(key, h)) return Value::err();
  size_t pos;
  bool found;
  if (!dictFind(vm, d, key, h, pos, found)) return Value::err();
  if (!found) return Value::undef();
  return d->entries[size_t(d->index[pos])].value;
}

Value dictGetStr(Dict* d, Str* key, int32_t* entry) {
  if (entry) *entry = -1;
  if (d->index.empty()) return Value::undef();
  int64_t h = strHash(key);
  size_t mask = d->index.size() - 1;
  size_t i = size_t(h) & mask;
  uint64_t perturb = uint64_t(h);
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == kEmpty) return Value::undef();
    if (ix >= 0) {
      Dict::Entry& e = d->entries[size_t(ix)];
      if (e.hash == h && e.key.tag == Tag::Obj && e.key.o->kind == Kind::Str &&
          (e.key.o == key || static_cast<Str*>(e.key.o)->s() == key->s())) {
        if (entry) *entry = ix;
        return e.value;
      }
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

bool dictSet(VM& vm, Dict* d, Value key, Value value) {
  if (d->ownedByType) vm.typeEpoch++;
  int64_t h;
  if (!vm.hash(key, h)) return false;
  if (d->index.empty()) dictRebuild(d, 8);
  size_t pos;
  bool found;
  if (!dictFind(vm, d, key, h, pos, found)) return false;
  if (found) {
    d->entries[size_t(d->index[pos])].value = value;
    return true;
  }
  keysChanged(d);
  bool wasEmpty = d->index[pos] == kEmpty;
  d->index[pos] = int32_t(d->entries.size());
  d->entries.push_back({key, value, h});
  d->used++;
  if (wasEmpty) d->fill++;
  if (d->fill * 3 >= d->index.size() * 2) dictRebuild(d, d->used * 2);
  return true;
}

void dictSetStr(VM& vm, Dict* d, Str* key, Value value) { dictSet(vm, d, Value::obj(key), value); }

int dictDel(VM& vm, Dict* d, Value key) {
  if (d->ownedByType) vm.typeEpoch++;
  int64_t h;
  if (!vm.hash(key, h)) return -1;
  size_t pos;
  bool found;
  if (!dictFind(vm, d, key, h, pos, found)) return -1;
  if (!found) return 0;
  keysChanged(d);
  Dict::Entry& e = d->entries[size_t(d->index[pos])];
  e.key = Value::undef();
  e.value = Value::none();
  d->index[pos] = kDummy;
  d->used--;
  if (d->entries.size() > 16 && d->used * 4 < d->entries.size()) dictRebuild(d, d->used * 2);
  return 1;
}

Value dictPop(VM& vm, Dict* d, Value key) {
  Value v = dictGet(vm, d, key);
  if (v.isErr() || v.isUndef()) return v;
  if (dictDel(vm, d, key) < 0) return Value::err();
  return v;
}

void dictClear(Dict* d) {
  // Class namespaces are never cleared wholesale (no caller does), so no epoch bump is needed.
  keysChanged(d);
  d->entries.clear();
  d->index.clear();
  d->used = d->fill = 0;
}

// ---- set ----
namespace {
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;
constexpr size_t kMinSize = 8;

bool isUnused(const HashTable::Slot& s) { return s.key.isUndef(); }
bool isDummy(const HashTable::Slot& s) { return s.key.isErr(); }

void insertClean(std::vector<HashTable::Slot>& table, size_t mask, Value key, int64_t hash) {
  uint64_t perturb = uint64_t(hash);
  size_t i = size_t(hash) & mask;
  for (;;) {
    if (isUnused(table[i])) {
      table[i].key = key;
      table[i].hash = hash;
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; j++) {
        size_t k = i + j + 1;
        if (isUnused(table[k])) {
          table[k].key = key;
          table[k].hash = hash;
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void tableResize(HashTable& t, size_t minused) {
  size_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  std::vector<HashTable::Slot> old = std::move(t.table);
  t.table.assign(newsize, HashTable::Slot{Value::undef(), 0, -1});
  size_t mask = newsize - 1;
  for (auto& s : old)
    if (!isUnused(s) && !isDummy(s)) insertClean(t.table, mask, s.key, s.hash);
  t.fill = t.used;
}

void ensureTable(HashTable& t) {
  if (t.table.empty()) t.table.assign(kMinSize, HashTable::Slot{Value::undef(), 0, -1});
}

int addEntry(VM& vm, HashTable& t, Value key, int64_t hash) {
  ensureTable(t);
restart:
  size_t mask = t.mask();
  size_t i = size_t(hash) & mask;
  uint64_t perturb = uint64_t(hash);
  HashTable::Slot* freeslot = nullptr;
  HashTable::Slot* entry = nullptr;
  for (;;) {
    entry = &t.table[i];
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;;) {
      if (isUnused(*entry)) goto found_unused_or_dummy;
      if (!isDummy(*entry) && entry->hash == hash) {
        int err = 0;
        size_t before = t.table.size();
        if (keysEqual(vm, entry->key, key, err)) return 1;
        if (err) return -1;
        if (t.table.size() != before) goto restart;
      } else if (isDummy(*entry) && freeslot == nullptr) {
        freeslot = entry;
      }
      if (probes-- == 0) break;
      entry++;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  if (freeslot) {
    t.used++;
    freeslot->key = key;
    freeslot->hash = hash;
    return 1;
  }
  t.fill++;
  t.used++;
  entry->key = key;
  entry->hash = hash;
  if (t.fill * 5 < mask * 3) return 1;
  tableResize(t, t.used > 50000 ? t.used * 2 : t.used * 4);
  return 1;
}

// Returns the slot holding key, or null.
HashTable::Slot* findEntry(VM& vm, HashTable& t, Value key, int64_t hash, int& err) {
  if (t.table.empty()) return nullptr;
  size_t mask = t.mask();
  size_t i = size_t(hash) & mask;
  uint64_t perturb = uint64_t(hash);
  for (;;) {
    HashTable::Slot* entry = &t.table[i];
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;;) {
      if (isUnused(*entry)) return nullptr;
      if (!isDummy(*entry) && entry->hash == hash) {
        if (keysEqual(vm, entry->key, key, err)) return entry;
        if (err) return nullptr;
      }
      if (probes-- == 0) break;
      entry++;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// set_merge: copying from another set keeps CPython's exact layout rules.
void setMerge(VM& vm, Set* so, Set* other) {
  HashTable& a = so->t;
  HashTable& b = other->t;
  if (b.used == 0) return;
  ensureTable(a);
  if ((a.fill + b.used) * 5 >= a.mask() * 3) tableResize(a, (a.used + b.used) * 2);
  if (a.fill == 0 && a.mask() == b.mask() && b.fill == b.used) {
    for (size_t k = 0; k < b.table.size(); k++)
      if (!isUnused(b.table[k]) && !isDummy(b.table[k])) a.table[k] = b.table[k];
    a.fill = b.fill;
    a.used = b.used;
    return;
  }
  if (a.fill == 0) {
    for (auto& s : b.table)
      if (!isUnused(s) && !isDummy(s)) insertClean(a.table, a.mask(), s.key, s.hash);
    a.fill = a.used = b.used;
    return;
  }
  for (auto& s : b.table)
    if (!isUnused(s) && !isDummy(s)) addEntry(vm, a, s.key, s.hash);
}

}  // namespace

int setAdd(VM& vm, Set* s, Value key) {
  int64_t h;
  if (!vm.hash(key, h)) return -1;
  return addEntry(vm, s->t, key, h);
}

int setContains(VM& vm, Set* s, Value key) {
  int64_t h;
  if (!vm.hash(key, h)) return -1;
  int err = 0;
  HashTable::Slot* e = findEntry(vm, s->t, key, h, err);
  if (err) return -1;
  return e ? 1 : 0;
}

int setDiscard(VM& vm, Set* s, Value key) {
  int64_t h;
  if (!vm.hash(key, h)) return -1;
  int err = 0;
  HashTable::Slot* e = findEntry(vm, s->t, key, h, err);
  if (err) return -1;
  if (!e) return 0;
  e->key = Value::err();
  e->hash = -1;
  s->t.used--;
  return 1;
}

bool setUpdate(VM& vm, Set* s, Value it) {
  if (isKind(it, Kind::Set)) {
    setMerge(vm, s, static_cast<Set*>(it.o));
    return true;
  }
  if (isKind(it, Kind::Dict)) {
    Dict* d = asDict(it);
    ensureTable(s->t);
    if ((s->t.fill + d->used) * 5 >= s->t.mask() * 3) tableResize(s->t, (s->t.used + d->used) * 2);
    for (auto& e : d->entries)
      if (!e.key.isUndef() && addEntry(vm, s->t, e.key, e.hash) < 0) return false;
    return true;
  }
  Value iter = vm.getIter(it);
  if (iter.isErr()) return false;
  Roots r(vm, {iter});
  for (;;) {
    Value v = vm.next(iter);
    if (v.isErr()) return false;
    if (v.isUndef()) return true;
    if (setAdd(vm, s, v) < 0) return false;
  }
}

void setClear(Set* s) {
  s->t.table.clear();
  s->t.fill = s->t.used = 0;
}

size_t setSize(Set* s) { return s->t.used; }

}  // namespace coroscope::lang
