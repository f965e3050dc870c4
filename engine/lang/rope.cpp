// Ropes: `+` on long strs links the operands instead of copying them, so `t += piece` in a loop
// costs O(len(piece)) instead of O(len(t)). The text is materialized by Str::s() on first read.
#include "lang/rope.hpp"

#include "lang/vm.hpp"

namespace coroscope::lang {

namespace {
// Results shorter than this are copied: a rope node costs more than copying a short string.
constexpr size_t kRopeMin = 256;
// Short flat pieces at the growing end of a rope are merged into one leaf of at most this many
// bytes, so a loop appending one character at a time makes one node per kLeafMax characters
// (and the superseded nodes are garbage), not one node per append.
constexpr size_t kLeafMax = 256;
// Python's strs are indexed with int32 code point counts here.
constexpr size_t kMaxBytes = size_t(1) << 30;

Str* flatPiece(VM& vm, const std::string& x, const std::string& y, int64_t cp) {
  std::string r;
  r.reserve(x.size() + y.size());
  r += x;
  r += y;
  Str* s = static_cast<Str*>(vm.newStr(std::move(r)).o);
  s->cpLen = int32_t(cp);
  return s;
}

Value rope(VM& vm, Str* l, Str* r) {
  vm.heap.noteBytes(sizeof(Str));
  return Value::obj(vm.heap.make<Str>(vm.tStr, l, r));
}
}  // namespace

Str::Str(Str* l, Str* r)
    : Obj(Kind::Str), left_(l), right_(r), ropeBytes_(l->byteLen() + r->byteLen()) {
  cpLen = int32_t(l->length() + r->length());
}

// Copies the leaves right to left into one buffer with an explicit stack: a rope built by a loop
// of appends is as deep as the loop was long. Children flattened meanwhile count as leaves.
// Dropping the children lets the collector free the pieces nobody else holds. Only this node
// changes (from rope to flat, same text), so references to other strs' text stay valid.
void Str::flatten() const {
  std::string out(ropeBytes_, '\0');
  size_t pos = ropeBytes_;
  std::vector<const Str*> todo{this};
  while (!todo.empty()) {
    const Str* n = todo.back();
    todo.pop_back();
    if (n->left_) {
      todo.push_back(n->left_);
      todo.push_back(n->right_);
    } else {
      pos -= n->text_.size();
      out.replace(pos, n->text_.size(), n->text_);
    }
  }
  text_ = std::move(out);
  left_ = right_ = nullptr;
}

Value concatStr(VM& vm, Str* a, Str* b) {
  size_t n = a->byteLen() + b->byteLen();
  if (n > kMaxBytes) return vm.raise(vm.eMemoryError, "");
  if (n < kRopeMin) return Value::obj(flatPiece(vm, a->s(), b->s(), a->length() + b->length()));
  if (b->byteLen() == 0) return Value::obj(a);  // as CPython: s + "" is s
  if (a->byteLen() == 0 && b->cls == vm.tStr) return Value::obj(b);
  // Appending a short piece: a new node over a's left part and a new, longer last leaf. a itself
  // is unchanged (others may hold it).
  if (a->isRope() && !b->isRope()) {
    Str* last = a->ropeRight();
    if (!last->isRope() && last->byteLen() + b->byteLen() <= kLeafMax)
      return rope(vm, a->ropeLeft(),
                  flatPiece(vm, last->s(), b->s(), last->length() + b->length()));
  }
  // Prepending a short piece, symmetrically.
  if (b->isRope() && !a->isRope()) {
    Str* first = b->ropeLeft();
    if (!first->isRope() && first->byteLen() + a->byteLen() <= kLeafMax)
      return rope(vm, flatPiece(vm, a->s(), first->s(), a->length() + first->length()),
                  b->ropeRight());
  }
  return rope(vm, a, b);
}

}  // namespace coroscope::lang
