// Dict and set operations (hashing may call Python __hash__/__eq__, so each can fail).
#pragma once
#include "lang/objects.hpp"

namespace coroscope::lang {

class VM;

// Dict: returns Undef when absent, Err on error.
Value dictGet(VM& vm, Dict* d, Value key);
// Fast path for interned-ish string keys; never fails. `entry` receives the index of the entry
// holding key, or -1.
Value dictGetStr(Dict* d, Str* key, int32_t* entry = nullptr);
bool dictSet(VM& vm, Dict* d, Value key, Value value);
void dictSetStr(VM& vm, Dict* d, Str* key, Value value);
int dictDel(VM& vm, Dict* d, Value key);    // 1 deleted, 0 absent, -1 error
Value dictPop(VM& vm, Dict* d, Value key);  // Undef when absent
void dictClear(Dict* d);
template <class F>
void dictEach(Dict* d, F f) {
  for (size_t i = 0; i < d->entries.size(); i++) {
    auto& e = d->entries[i];
    if (!e.key.isUndef()) f(e.key, e.value);
  }
}

// Set (CPython's setobject.c layout and probing, so iteration order matches).
int setAdd(VM& vm, Set* s, Value key);  // 1 ok, -1 error
int setContains(VM& vm, Set* s, Value key);
int setDiscard(VM& vm, Set* s, Value key);  // 1 removed, 0 absent, -1 error
bool setUpdate(VM& vm, Set* s, Value iterable);
void setClear(Set* s);
template <class F>
void setEach(Set* s, F f) {
  for (auto& slot : s->t.table)
    if (!slot.key.isUndef() && !slot.key.isErr()) f(slot.key);
}
size_t setSize(Set* s);

}  // namespace coroscope::lang
