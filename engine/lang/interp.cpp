// The bytecode dispatch loop.
#include <charconv>
#include <cstring>

#include "lang/containers.hpp"
#include "lang/iterators.hpp"
#include "lang/vm.hpp"

namespace coroscope::lang {

namespace {
Value excMatches(VM& vm, Value exc, Value type) {
  auto check = [&](Value t) -> int {
    if (!isKind(t, Kind::Type) || !asType(t)->isSubtype(vm.eBaseException)) return -1;
    return vm.typeOf(exc)->isSubtype(asType(t)) ? 1 : 0;
  };
  if (isKind(type, Kind::Tuple)) {
    for (Value t : asTuple(type)->items) {
      int r = check(t);
      if (r < 0)
        return vm.raise(vm.eTypeError,
                        "catching classes that do not inherit from BaseException is not allowed");
      if (r) return Value::boolean(true);
    }
    return Value::boolean(false);
  }
  int r = check(type);
  if (r < 0)
    return vm.raise(vm.eTypeError,
                    "catching classes that do not inherit from BaseException is not allowed");
  return Value::boolean(r == 1);
}
}  // namespace

// _PyObject_FunctionStr: module-qualified names for functions in error messages.
std::string callableName(Value fn) {
  if (isKind(fn, Kind::Function)) {
    Function* f = static_cast<Function*>(fn.o);
    std::string mod = isKind(f->module, Kind::Str) ? asStr(f->module)->s() : "";
    return (mod.empty() || mod == "builtins" ? "" : mod + ".") + f->qualname->s();
  }
  if (isKind(fn, Kind::Native)) return static_cast<Native*>(fn.o)->name;
  if (isKind(fn, Kind::BoundMethod)) return callableName(static_cast<BoundMethod*>(fn.o)->func);
  if (isKind(fn, Kind::Type)) return asType(fn)->name;
  return "object";
}

Value tracebackOf(VM& vm, Value exc);
Value exceptionGroupSplit(VM& vm, Value eg, Value matcher, bool wantRest, Value& rest);
Value prepReraiseStar(VM& vm, Value orig, Value raisedList);
Value makeFunctionObject(VM& vm, Code* code, Frame* f);
Value formatValue(VM& vm, Value v, int conv, Value spec);
Value getAwaitable(VM& vm, Value v);
Value getYieldFromIter(VM& vm, Value v);
Value asyncIterOf(VM& vm, Value v);
Value asyncNext(VM& vm, Value aiter);

// Calls are most of what small recursive functions do, and invoke() -> pushFrame() -> bindArgs()
// is three calls that re-derive what one flag (Code::plainCall) says once. Inlined into the one
// call site that CALL and CALL_METHOD share.
[[gnu::always_inline]] inline bool VM::enterPlain(Value* callee, int argc) {
  if (callee->tag != Tag::Obj || callee->o->kind != Kind::Function) return false;
  Function* fn = static_cast<Function*>(callee->o);
  Code* code = fn->code;
  Value* base = callee + 1;
  // Compared in bytes: size() alone divides by sizeof(Frame) (56 bytes in wasm); times the
  // size, the division folds away.
  if (!code->plainCall || uint32_t(argc) != code->nargs ||
      frames_.size() * sizeof(Frame) >= size_t(frameLimit_) * sizeof(Frame) ||
      base + code->nslots + code->maxStack + 16 >= stackEnd)
    return false;
  for (uint32_t i = code->nargs; i < code->nslots; i++) base[i] = Value::undef();
  Frame f;
  f.code = code;
  f.fn = fn;
  f.base = base;
  f.handlerBase = uint32_t(handlers_.size());
  f.globals = fn->globals;
  f.initSelf = Value::undef();
  frames_.push_back(f);  // the growth path pushFrame() instantiates, not a second one
  sp = base + code->nslots;
  return true;
}

// The collector and the step limit are looked at where a loop turns back (a backward JUMP, the
// only backward jump the compiler emits) and where a call starts, as CPython's eval breaker is:
// every unbounded run of bytecode passes through one of the two, and the instructions in between
// pay nothing. A loop iteration counts the instructions it jumps back over, a call counts one
// (`steps` counts with or without a limit, so that the test is one comparison). False with the
// step limit's RuntimeError pending.
COROSCOPE_COLD static bool checkpoint(VM& vm) {
  if (vm.heap.wantCollect() && vm.runDepth == 1) {
    vm.collectGarbage();
    if (!vm.toClose.empty()) vm.closeCollectedGenerators();  // runs Python: frames_ may move
  }
  if (vm.maxSteps && vm.steps > vm.maxSteps) {
    vm.raise(vm.eRuntimeError, "step limit exceeded");
    return false;
  }
  return true;
}

Value VM::runFrom(bool startWithError) {
  runDepth++;
  // The running frame, its instructions, its next instruction and its slots, and the top of the
  // value stack live in locals (registers), so that the common instructions below neither load
  // nor store the frame's pc or the VM's sp. SAVE() writes pc and sp back before anything that
  // can observe them: code that may run Python or collect, raising, leaving runFrom, and every
  // instruction of the second switch, which works on them in memory. LOAD() reads all of them
  // back after anything that may have changed the frames (frames_ may even have moved).
  Frame* f;
  const Instr* ins;
  const Instr* ip;
  Value* base;
  Value* top;
#define INS() (f->code->ins.data())
#define ENTER() (f = &frames_.back(), ins = INS(), ip = ins + f->pc, base = f->base)
#define LOAD() (ENTER(), top = sp)
#define SAVE() (f->pc = uint32_t(ip - ins), sp = top)
// A maxSteps of 0 (no limit) wraps around to the largest count. After a checkpoint the
// instruction is read again from ip[-1], not from `in`: the first switch's `in`, kept live across
// the call, would be spilled in every dispatch (V8 spills a value where it is defined).
#define CHECKPOINT(weight)                                                \
  steps += (weight);                                                      \
  if (__builtin_expect(heap.wantCollect() | (steps > maxSteps - 1), 0)) { \
    SAVE();                                                               \
    if (!checkpoint(*this)) goto error;                                   \
    LOAD();                                                               \
  }
  LOAD();
  bool reraise = false;
  if (startWithError) goto error;
  for (;;) {
    // The instructions that run without leaving the loop, and the fast paths of some others;
    // `break` goes on to the general implementation in the second switch.
    switch (const Instr in = *ip++; in.op) {
      case NOP:
        continue;
      case POP_TOP:
        top--;
        continue;
      case ROT_TWO: {
        Value t = top[-1];
        top[-1] = top[-2];
        top[-2] = t;
        continue;
      }
      case ROT_THREE: {
        Value t = top[-1];
        top[-1] = top[-2];
        top[-2] = top[-3];
        top[-3] = t;
        continue;
      }
      case ROT_FOUR: {
        Value t = top[-1];
        top[-1] = top[-2];
        top[-2] = top[-3];
        top[-3] = top[-4];
        top[-4] = t;
        continue;
      }
      case DUP_TOP:
        top[0] = top[-1];
        top++;
        continue;
      case DUP_TOP_TWO:
        top[0] = top[-2];
        top[1] = top[-1];
        top += 2;
        continue;
      case LOAD_CONST:
        *top++ = f->code->consts[in.arg];
        continue;
      // Values are copied slot to slot and tested where they land (the free slot above the top
      // may take an undef): a Value held in a local went through a stack temporary in wasm.
      case LOAD_FAST:
        *top = base[in.arg];
        if (top->isUndef()) break;  // raises
        top++;
        continue;
      case LOAD_FAST__LOAD_CONST:
        *top = base[in.arg];
        if (top->isUndef()) break;  // raises
        top[1] = f->code->consts[ip->arg];
        top += 2;
        ip++;
        continue;
      case STORE_FAST:
        base[in.arg] = *--top;
        continue;
      case LOAD_DEREF:
        *top = static_cast<Cell*>(base[in.arg].o)->v;
        if (top->isUndef()) break;  // raises
        top++;
        continue;
      case STORE_DEREF:
        static_cast<Cell*>(base[in.arg].o)->v = *--top;
        continue;
      case LOAD_CELL:
        *top++ = base[in.arg];
        continue;
      case LOAD_GLOBAL:
      case LOAD_NAME: {
        // The entry cached by the last lookup (GlobalCache), while both dicts' key sets are the
        // ones seen then; the general path looks the name up and fills the cache.
        const GlobalCache* c = f->code->globalCache.get();
        if (!c || (in.op == LOAD_NAME && f->locals)) break;
        c += in.arg;
        Dict* g = f->globals;
        if (c->entry < 0 || g->keysVersion != c->globalsVersion ||
            (c->inBuiltins && builtins->keysVersion != c->builtinsVersion))
          break;
        *top++ = (c->inBuiltins ? builtins : g)->entries[size_t(c->entry)].value;
        continue;
      }
      case BINARY_OP: {
        Value* a = top - 2;
        int64_t b = top[-1].i, r;
        if (a->tag != Tag::Int || top[-1].tag != Tag::Int) break;
        uint32_t op = in.arg >= uint32_t(kNumBinOps) ? in.arg - kNumBinOps : in.arg;
        if ((op == kAdd && !__builtin_add_overflow(a->i, b, &r)) ||
            (op == kSub && !__builtin_sub_overflow(a->i, b, &r)) ||
            (op == kMul && !__builtin_mul_overflow(a->i, b, &r))) {
          a->i = r;
          top--;
          continue;
        }
        break;
      }
      case COMPARE_OP: {
        int64_t a = top[-2].i, b = top[-1].i;
        if (top[-2].tag != Tag::Int || top[-1].tag != Tag::Int || in.arg > kGe) break;
        // Nibble k of 0x645231 holds the outcomes (1 <, 2 ==, 4 >) for which CmpKind k is true:
        // no switch, whose jump table costs an indirect jump in wasm.
        static_assert(kLt == 0 && kLe == 1 && kEq == 2 && kNe == 3 && kGt == 4 && kGe == 5);
        bool r = (0x645231u >> (4 * in.arg)) & (a < b ? 1u : a == b ? 2u : 4u);
        top--;
        // `if a < b:` and `x if a < b else y`: the jump that follows takes the result without a
        // bool on the stack or a dispatch of its own (conditional jumps only go forward).
        if (ip->op == POP_JUMP_IF_FALSE || ip->op == POP_JUMP_IF_TRUE) {
          top--;
          ip = r == (ip->op == POP_JUMP_IF_TRUE) ? ins + ip->arg : ip + 1;
          continue;
        }
        top[-1] = Value::boolean(r);
        continue;
      }
      case FOR_ITER: {
        Value it = top[-1];
        if (it.tag != Tag::Obj || it.o->kind != Kind::Iterator ||
            !static_cast<Iterator*>(it.o)->isRange)
          break;
        *top = static_cast<RangeIter*>(it.o)->advance();
        if (top->isUndef()) {  // exhausted: the iterator goes, the loop ends
          top--;
          ip = ins + in.arg;
        } else {
          top++;
        }
        continue;
      }
      case JUMP:
        if (in.arg < uint32_t(ip - ins)) {
          CHECKPOINT(uint32_t(ip - ins) - in.arg);
        }
        ip = ins + ip[-1].arg;
        continue;
      case POP_JUMP_IF_FALSE:
      case POP_JUMP_IF_TRUE: {
        Value v = top[-1];
        if (v.tag != Tag::Bool) break;  // truthiness may call __bool__ or __len__
        top--;
        if ((in.op == POP_JUMP_IF_TRUE) == v.b) ip = ins + in.arg;
        continue;
      }
      case CALL_METHOD:
      case CALL: {
        CHECKPOINT(1);
        int n = int(ip[-1].arg);
        if (ip[-1].op ==
            CALL_METHOD) {  // LOAD_METHOD left either (method, self) or (callable, undef)
          if (top[-1 - n].isUndef()) {
            std::memmove(top - 1 - n, top - n, sizeof(Value) * size_t(n));
            top--;
          } else {
            n++;
          }
        }
        SAVE();
        if (!enterPlain(top - n - 1, n) && !invoke(n, nullptr) && sp[-1].isErr()) goto error;
        LOAD();
        continue;
      }
      case CALL_KW:
      case CALL_EX:
        CHECKPOINT(1);
        break;
      case RETURN_VALUE: {
        if (!f->initSelf.isUndef()) {  // __init__'s frame, called by a class: the new instance
          if (!top[-1].isNone()) {
            SAVE();
            raiseAround(eTypeError, "__init__() should return None, not '", typeName(top[-1]), "'");
            goto error;
          }
          top[-1] = f->initSelf;
        }
        base[-1] = top[-1];  // the callee's slot takes the result
        top = base;
        bool isBase = f->runBase;
        // Iterators compared: size() divides by sizeof(Handler).
        if (handlers_.begin() + f->handlerBase != handlers_.end()) handlers_.resize(f->handlerBase);
        frames_.pop_back();
        if (isBase) {
          sp = top - 1;
          runDepth--;
          lastStatus = ResumeStatus::Returned;
          return top[-1];
        }
        ENTER();
        continue;
      }
      default:
        break;
    }
    SAVE();
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define CHECK(v) \
  if ((v).isErr()) goto error
    // The instruction is read again rather than kept from the first switch: kept, V8 spilled it
    // in every dispatch. The barrier keeps clang from reusing the first switch's read (g++'s
    // native code is 5% slower with it).
#ifdef __EMSCRIPTEN__
    asm volatile("" ::: "memory");
#endif
    switch (const Instr in = ip[-1]; in.op) {
      case LOAD_FAST:
      case LOAD_FAST__LOAD_CONST: {  // the first alone, the second is dispatched next
        Value v = base[in.arg];
        if (v.isUndef()) {
          raiseAround(eUnboundLocalError, "cannot access local variable '",
                      f->code->varnames[in.arg]->s(), "' where it is not associated with a value");
          goto error;
        }
        PUSH(v);
        break;
      }
      case DELETE_FAST:
        if (base[in.arg].isUndef()) {
          raiseAround(eUnboundLocalError, "cannot access local variable '",
                      f->code->varnames[in.arg]->s(), "' where it is not associated with a value");
          goto error;
        }
        base[in.arg] = Value::undef();
        break;
      case LOAD_DEREF: {
        Value v = static_cast<Cell*>(base[in.arg].o)->v;
        if (v.isUndef()) {
          const std::string& n = f->code->varnames[in.arg]->s();
          bool isFree = false;
          for (uint32_t s : f->code->freeSlots) isFree |= s == in.arg;
          if (isFree)
            raiseAround(eNameError, "cannot access free variable '", n,
                        "' where it is not associated with a value in enclosing scope");
          else
            raiseAround(eUnboundLocalError, "cannot access local variable '", n,
                        "' where it is not associated with a value");
          goto error;
        }
        PUSH(v);
        break;
      }
      case DELETE_DEREF:
        static_cast<Cell*>(base[in.arg].o)->v = Value::undef();
        break;
      case LOAD_GLOBAL:
      case LOAD_NAME: {
        Dict* g = f->globals;
        Str* name = f->code->names[in.arg];
        Value v;
        if (in.op == LOAD_GLOBAL || !f->locals) {
          if (!f->code->globalCache)  // the code's first global lookup
            f->code->globalCache.reset(new GlobalCache[f->code->names.size()]);
          int32_t e;
          v = dictGetStr(g, name, &e);
          bool inBuiltins = e < 0;
          if (inBuiltins) v = dictGetStr(builtins, name, &e);
          f->code->globalCache[in.arg] = {g->keysVersion, builtins->keysVersion, e, inBuiltins};
        } else {
          v = dictGetStr(f->locals, name);
          if (v.isUndef()) v = dictGetStr(g, name);
          if (v.isUndef()) v = dictGetStr(builtins, name);
        }
        if (v.isUndef()) {
          raiseAround(eNameError, "name '", name->s(), "' is not defined");
          goto error;
        }
        PUSH(v);
        break;
      }
      case STORE_GLOBAL:
        dictSetStr(*this, f->globals, f->code->names[in.arg], POP());
        break;
      case STORE_NAME:
        dictSetStr(*this, f->locals ? f->locals : f->globals, f->code->names[in.arg], POP());
        break;
      case DELETE_GLOBAL:
      case DELETE_NAME: {
        Dict* d = in.op == DELETE_NAME && f->locals ? f->locals : f->globals;
        int r = dictDel(*this, d, Value::obj(f->code->names[in.arg]));
        if (r <= 0) {
          if (r == 0)
            raiseAround(eNameError, "name '", f->code->names[in.arg]->s(), "' is not defined");
          goto error;
        }
        break;
      }
      case LOAD_ATTR: {
        Value v = getAttr(TOP(), f->code->names[in.arg]);
        CHECK(v);
        TOP() = v;
        break;
      }
      case STORE_ATTR: {
        Value obj = POP();
        Value v = POP();
        if (!setAttr(obj, f->code->names[in.arg], v)) goto error;
        break;
      }
      case DELETE_ATTR: {
        Value obj = POP();
        if (!delAttr(obj, f->code->names[in.arg])) goto error;
        break;
      }
      case LOAD_METHOD: {
        Value obj = TOP();
        Str* name = f->code->names[in.arg];
        Type* t = typeOf(obj);
        Value m = Value::undef();
        if (!(obj.isObj() && obj.o->kind == Kind::Type) &&
            !(obj.isObj() && obj.o->kind == Kind::Module) && !isKind(obj, Kind::Super))
          m = lookup(t, name);
        bool shadowed = false;
        if (m.isObj() && (m.o->kind == Kind::Function || m.o->kind == Kind::Native)) {
          if (obj.isObj() && (obj.o->kind == Kind::Instance || obj.o->kind == Kind::Exception)) {
            Dict* d = static_cast<Instance*>(obj.o)->dict;
            if (d && !dictGetStr(d, name).isUndef()) shadowed = true;
          }
          if (!shadowed) {
            TOP() = m;
            PUSH(obj);
            break;
          }
        }
        Value v = getAttr(obj, name);
        CHECK(v);
        TOP() = v;
        PUSH(Value::undef());
        break;
      }
      case CALL_KW: {
        Value names = POP();
        if (!invoke(int(in.arg), asTuple(names))) CHECK(TOP());
        break;
      }
      case CALL_EX: {
        Value kwargs = (in.arg & 1) ? POP() : Value::none();
        Value args = POP();
        Value fn = POP();
        Tuple* at = asTuple(args);
        size_t n = at->items.size();
        Dict* kd = kwargs.isNone() ? nullptr : asDict(kwargs);
        size_t nk = kd ? kd->used : 0;
        if (sp + n + nk + 2 >= stackEnd) {
          raise(eRecursionError, "maximum recursion depth exceeded");
          goto error;
        }
        Roots r(*this, {args, kwargs});
        PUSH(fn);
        for (Value v : at->items) PUSH(v);
        Tuple* names = nullptr;
        if (kd && nk) {
          std::vector<Value> nm;
          bool bad = false;
          dictEach(kd, [&](Value k, Value v) {
            if (!isKind(k, Kind::Str)) bad = true;
            nm.push_back(k);
            *sp++ = v;
          });
          if (bad) {
            sp -= n + nk + 1;
            raise(eTypeError, "keywords must be strings");
            goto error;
          }
          names = heap.make<Tuple>(tTuple, std::move(nm));
        }
        Roots r2(*this, {names ? Value::obj(names) : Value::none()});
        if (!invoke(int(n + nk), names)) CHECK(TOP());
        break;
      }
      case BINARY_SUBSCR: {
        Value k = POP();
        Value v = getItem(TOP(), k);
        CHECK(v);
        TOP() = v;
        break;
      }
      case STORE_SUBSCR: {
        Value k = POP();
        Value obj = POP();
        Value v = POP();
        if (!setItem(obj, k, v)) goto error;
        break;
      }
      case DELETE_SUBSCR: {
        Value k = POP();
        Value obj = POP();
        if (!delItem(obj, k)) goto error;
        break;
      }
      case BUILD_SLICE: {
        Value step = in.arg == 3 ? POP() : Value::none();
        Value stop = POP();
        Value start = POP();
        PUSH(Value::obj(heap.make<Slice>(tSlice, start, stop, step)));
        break;
      }
      case BINARY_OP: {
        Value b = POP();
        Value a = TOP();
        Value v = binaryOp(int(in.arg), a, b);
        CHECK(v);
        TOP() = v;
        break;
      }
      case UNARY_NEG:
      case UNARY_POS:
      case UNARY_INVERT: {
        Value v = unary(in.op == UNARY_NEG ? kNeg : in.op == UNARY_POS ? kPos : kInvert, TOP());
        CHECK(v);
        TOP() = v;
        break;
      }
      case UNARY_NOT: {
        int t = truthy(TOP());
        if (t < 0) goto error;
        TOP() = Value::boolean(!t);
        break;
      }
      case COMPARE_OP: {
        Value b = POP();
        Value a = TOP();
        Value v = compare(int(in.arg), a, b);
        CHECK(v);
        TOP() = v;
        break;
      }
      case POP_JUMP_IF_FALSE:
      case POP_JUMP_IF_TRUE: {
        Value v = POP();
        int t;
        if (v.tag == Tag::Bool)
          t = v.b;
        else {
          t = truthy(v);
          if (t < 0) goto error;
        }
        if ((in.op == POP_JUMP_IF_TRUE) == (t != 0)) f->pc = in.arg;
        break;
      }
      case JUMP_IF_FALSE_OR_POP:
      case JUMP_IF_TRUE_OR_POP: {
        int t = truthy(TOP());
        if (t < 0) goto error;
        if ((in.op == JUMP_IF_TRUE_OR_POP) == (t != 0))
          f->pc = in.arg;
        else
          sp--;
        break;
      }
      case GET_ITER: {
        Value v = getIter(TOP());
        CHECK(v);
        TOP() = v;
        break;
      }
      case FOR_ITER: {
        Value it = TOP();
        // Any other builtin iterator without next()'s dispatch.
        Value v = isKind(it, Kind::Iterator) ? static_cast<Iterator*>(it.o)->next(*this) : next(it);
        if (v.isErr()) goto error;
        if (v.isUndef()) {
          sp--;
          f->pc = in.arg;
        } else {
          PUSH(v);
        }
        break;
      }
      case GET_AITER: {
        Value v = asyncIterOf(*this, TOP());
        CHECK(v);
        TOP() = v;
        break;
      }
      case GET_ANEXT: {
        Value v = asyncNext(*this, TOP());
        CHECK(v);
        PUSH(v);
        break;
      }
      case END_ASYNC_FOR: {
        Value exc = POP();
        Value prev = POP();
        handledExc = prev;
        if (isInstance(exc, eStopAsyncIteration)) {
          sp--;  // the async iterator
          break;
        }
        pending = exc;
        reraise = true;
        goto error;
      }
      case BUILD_TUPLE: {
        size_t n = in.arg;
        Value t = newTuple(std::vector<Value>(sp - n, sp));
        sp -= n;
        PUSH(t);
        break;
      }
      case BUILD_LIST: {
        size_t n = in.arg;
        Value t = newList(std::vector<Value>(sp - n, sp));
        sp -= n;
        PUSH(t);
        break;
      }
      case BUILD_SET: {
        size_t n = in.arg;
        Set* s = newSet(false);
        Value sv = Value::obj(s);
        for (size_t i = 0; i < n; i++)
          if (setAdd(*this, s, sp[-int(n) + int(i)]) < 0) goto error;
        sp -= n;
        PUSH(sv);
        break;
      }
      case BUILD_MAP: {
        size_t n = in.arg;
        Dict* d = newDict();
        for (size_t i = 0; i < n; i++)
          if (!dictSet(*this, d, sp[-2 * int(n) + 2 * int(i)], sp[-2 * int(n) + 2 * int(i) + 1]))
            goto error;
        sp -= 2 * n;
        PUSH(Value::obj(d));
        break;
      }
      case BUILD_STRING: {
        size_t n = in.arg;
        size_t bytes = 0;
        for (size_t i = 0; i < n; i++) {
          Value x = sp[-int(n) + int(i)];
          bytes += x.tag == Tag::Int ? 20 : asStr(x)->byteLen();
        }
        std::string s;
        s.reserve(bytes);
        for (size_t i = 0; i < n; i++) {
          Value x = sp[-int(n) + int(i)];
          if (x.tag == Tag::Int) {
            char digits[24];
            s.append(digits, std::to_chars(digits, digits + sizeof digits, x.i).ptr);
          } else {
            s += asStr(x)->s();
          }
        }
        sp -= n;
        PUSH(newStr(std::move(s)));
        break;
      }
      case LIST_APPEND: {
        Value v = POP();
        asList(sp[-int(in.arg)])->items.push_back(v);
        break;
      }
      case SET_ADD: {
        Value v = POP();
        if (setAdd(*this, static_cast<Set*>(sp[-int(in.arg)].o), v) < 0) goto error;
        break;
      }
      case MAP_ADD: {
        Value v = POP();
        Value k = POP();
        if (!dictSet(*this, asDict(sp[-int(in.arg)]), k, v)) goto error;
        break;
      }
      case LIST_EXTEND: {
        Value it = POP();
        List* l = asList(sp[-int(in.arg)]);
        if (isKind(it, Kind::List) || isKind(it, Kind::Tuple)) {
          auto& src = isKind(it, Kind::List) ? asList(it)->items : asTuple(it)->items;
          l->items.insert(l->items.end(), src.begin(), src.end());
        } else {
          std::vector<Value> items;
          Roots r(*this, {it});
          if (!toList(it, items)) {
            if (pendingIs(eTypeError) && !isKind(it, Kind::Generator)) {
              takePending();
              raise(eTypeError, "Value after * must be an iterable, not " + typeName(it));
            }
            goto error;
          }
          l->items.insert(l->items.end(), items.begin(), items.end());
        }
        break;
      }
      case SET_UPDATE: {
        Value it = POP();
        if (!setUpdate(*this, static_cast<Set*>(sp[-int(in.arg)].o), it)) goto error;
        break;
      }
      case DICT_UPDATE:
      case DICT_MERGE: {
        Value m = POP();
        Dict* d = asDict(sp[-int(in.arg)]);
        if (!isKind(m, Kind::Dict)) {
          Value keysFn = getAttrOpt(m, intern("keys"));
          if (keysFn.isUndef() || keysFn.isErr()) {
            if (in.op == DICT_MERGE) {
              Value fn = sp[-int(in.arg) - 2];
              std::string fname = callableName(fn);
              raise(eTypeError,
                    fname + "() argument after ** must be a mapping, not " + typeName(m));
            } else {
              raiseAround(eTypeError, "'", typeName(m), "' object is not a mapping");
            }
            goto error;
          }
          Value ks = call0(keysFn);
          CHECK(ks);
          std::vector<Value> keys;
          if (!toList(ks, keys)) goto error;
          for (Value k : keys) {
            Value v = getItem(m, k);
            CHECK(v);
            if (!dictSet(*this, d, k, v)) goto error;
          }
          break;
        }
        bool dup = false;
        Value dupKey;
        for (auto& e : asDict(m)->entries) {
          if (e.key.isUndef()) continue;
          if (in.op == DICT_MERGE) {
            Value old = dictGet(*this, d, e.key);
            if (!old.isUndef()) {
              dup = true;
              dupKey = e.key;
              break;
            }
          }
          if (!dictSet(*this, d, e.key, e.value)) goto error;
        }
        if (dup) {
          Value fn = sp[-int(in.arg) - 2];
          std::string fname = callableName(fn);
          std::string ks;
          strInto(ks, dupKey);
          raise(eTypeError, fname + "() got multiple values for keyword argument '" + ks + "'");
          goto error;
        }
        break;
      }
      case LIST_TO_TUPLE:
        TOP() = newTuple(asList(TOP())->items);
        break;
      case UNPACK_SEQUENCE: {
        Value seq = POP();
        size_t n = in.arg;
        const std::vector<Value>* items = nullptr;
        std::vector<Value> tmp;
        if (isKind(seq, Kind::Tuple))
          items = &asTuple(seq)->items;
        else if (isKind(seq, Kind::List))
          items = &asList(seq)->items;
        else {
          Value it = getIter(seq);
          if (it.isErr()) {
            if (pendingIs(eTypeError)) {
              takePending();
              raiseAround(eTypeError, "cannot unpack non-iterable ", typeName(seq), " object");
            }
            goto error;
          }
          Roots r(*this, {it, seq});
          for (;;) {
            Value v = next(it);
            CHECK(v);
            if (v.isUndef()) break;
            tmp.push_back(v);
            if (tmp.size() > n) break;
          }
          items = &tmp;
        }
        if (items->size() != n) {
          if (items->size() < n)
            raise(eValueError, "not enough values to unpack (expected " + std::to_string(n) +
                                   ", got " + std::to_string(items->size()) + ")");
          else if (items == &tmp)
            raise(eValueError, "too many values to unpack (expected " + std::to_string(n) + ")");
          else
            raise(eValueError, "too many values to unpack (expected " + std::to_string(n) + ")");
          goto error;
        }
        for (size_t i = n; i-- > 0;) PUSH((*items)[i]);
        break;
      }
      case UNPACK_EX: {
        Value seq = POP();
        size_t before = in.arg & 0xFF, after = in.arg >> 8;
        std::vector<Value> items;
        Roots r(*this, {seq});
        if (!toList(seq, items)) {
          if (pendingIs(eTypeError)) {
            takePending();
            raiseAround(eTypeError, "cannot unpack non-iterable ", typeName(seq), " object");
          }
          goto error;
        }
        if (items.size() < before + after) {
          raise(eValueError, "not enough values to unpack (expected at least " +
                                 std::to_string(before + after) + ", got " +
                                 std::to_string(items.size()) + ")");
          goto error;
        }
        for (size_t i = 0; i < after; i++) PUSH(items[items.size() - 1 - i]);
        PUSH(newList(std::vector<Value>(items.begin() + long(before), items.end() - long(after))));
        for (size_t i = before; i-- > 0;) PUSH(items[i]);
        break;
      }
      case FORMAT_VALUE: {
        // An int without a spec reads the same under str, repr and ascii; when BUILD_STRING
        // follows (flag 8) it writes the digits directly, saving a temporary str.
        if ((in.arg & 12) == 8 && TOP().tag == Tag::Int) break;
        Value spec = (in.arg & 4) ? POP() : Value::undef();
        Value v = formatValue(*this, TOP(), int(in.arg & 3), spec);
        CHECK(v);
        TOP() = v;
        break;
      }
      case MAKE_FUNCTION: {
        Code* code = static_cast<Code*>(POP().o);
        Function* fn = heap.make<Function>(tFunction);
        Value fv = Value::obj(fn);
        fn->code = code;
        fn->globals = f->globals;
        fn->name = intern(code->name);
        fn->qualname = intern(code->qualname);
        fn->module = dictGetStr(f->globals, intern("__name__"));
        if (in.arg & 8) {
          for (Value c : asTuple(POP())->items) fn->closure.push_back(static_cast<Cell*>(c.o));
        }
        if (in.arg & 4) {
          fn->dict = newDict();
          dictSetStr(*this, fn->dict, intern("__annotations__"), POP());
        }
        if (in.arg & 2) fn->kwdefaults = asDict(POP());
        if (in.arg & 1) fn->defaults = asTuple(POP())->items;
        PUSH(fv);
        break;
      }
      case BUILD_CLASS: {
        Value kw = POP();
        Value bases = POP();
        Value names = POP();
        Value body = TOP();
        Roots r(*this, {kw, bases, names});
        Value cls = buildClass(body, names, bases, kw);
        CHECK(cls);
        TOP() = cls;
        break;
      }
      case YIELD_VALUE: {
        Value v = POP();
        if (yieldSink && yieldSink->gen == f->gen && yieldSink->take(*yieldSink, v)) {
          PUSH(Value::none());  // what next() sends
          break;
        }
        Generator* g = f->gen;
        g->saved.assign(f->base, sp);
        g->pc = f->pc;
        g->handlers.assign(handlers_.begin() + f->handlerBase, handlers_.end());
        handlers_.resize(f->handlerBase);
        g->state = GenState::Suspended;
        g->delegating = false;
        sp = f->base - 1;
        frames_.pop_back();
        runDepth--;
        lastStatus = ResumeStatus::Yielded;
        lastYieldAsync_ = g->gkind == GenKind::AsyncGenerator;
        return v;
      }
      case YIELD_FROM: {
        Value sent = POP();
        Value it = TOP();
        ResumeResult rr;
        Roots r(*this, {sent});
        if (isKind(it, Kind::Generator)) {
          rr = resume(static_cast<Generator*>(it.o), sent, Value::none());
        } else if (sent.isNone()) {
          Value v = next(it);
          if (v.isErr()) {
            if (pendingIs(eStopIteration)) {
              Value si = takePending();
              Tuple* a = asTuple(static_cast<Exception*>(si.o)->args);
              rr = {ResumeStatus::Returned, a->items.empty() ? Value::none() : a->items[0]};
            } else {
              rr = {ResumeStatus::Raised, takePending()};
            }
          } else if (v.isUndef()) {
            rr = {ResumeStatus::Returned, lastStopValue.isUndef() ? Value::none() : lastStopValue};
            lastStopValue = Value::undef();
          } else {
            rr = {ResumeStatus::Yielded, v};
          }
        } else {
          Value m = getAttr(it, intern("send"));
          CHECK(m);
          rr = delegateStep(call1(m, sent));
        }
        if (rr.status == ResumeStatus::Returned) {
          TOP() = rr.value;
          break;
        }
        if (rr.status == ResumeStatus::Raised) {
          sp--;
          pending = rr.value;
          goto error;
        }
        // Suspend this frame too, re-executing YIELD_FROM on resumption.
        Generator* g = f->gen;
        if (!g) {
          raise(eRuntimeError, "yield from outside a generator frame");
          goto error;
        }
        f->pc--;
        g->saved.assign(f->base, sp);
        g->pc = f->pc;
        g->handlers.assign(handlers_.begin() + f->handlerBase, handlers_.end());
        handlers_.resize(f->handlerBase);
        g->state = GenState::Suspended;
        g->delegating = true;
        sp = f->base - 1;
        frames_.pop_back();
        runDepth--;
        lastStatus = ResumeStatus::Yielded;
        lastYieldAsync_ = false;
        return rr.value;
      }
      case GET_AWAITABLE: {
        Value v = getAwaitable(*this, TOP());
        CHECK(v);
        TOP() = v;
        break;
      }
      case GET_YIELD_FROM_ITER: {
        Value v = getYieldFromIter(*this, TOP());
        CHECK(v);
        TOP() = v;
        break;
      }
      case SETUP_EXCEPT:
        handlers_.push_back({in.arg, uint32_t(sp - base), kHandlerExcept});
        break;
      case SETUP_CLEANUP:
        handlers_.push_back({in.arg, uint32_t(sp - base - 1), kHandlerCleanup});
        break;
      case POP_BLOCK:
        handlers_.pop_back();
        break;
      case POP_EXCEPT:
        handledExc = POP();
        break;
      case RERAISE:
        pending = POP();
        reraise = true;
        goto error;
      case RAISE_VARARGS: {
        if (in.arg == 0) {
          if (handledExc.isNone()) {
            raise(eRuntimeError, "No active exception to reraise");
            goto error;
          }
          pending = handledExc;
          reraise = true;
          goto error;
        }
        Value cause = in.arg == 2 ? POP() : Value::undef();
        Value exc = POP();
        if (isKind(exc, Kind::Type) && asType(exc)->isSubtype(eBaseException)) {
          exc = call0(exc);
          CHECK(exc);
        }
        if (!isKind(exc, Kind::Exception)) {
          raise(eTypeError, "exceptions must derive from BaseException");
          goto error;
        }
        if (!cause.isUndef()) {
          if (isKind(cause, Kind::Type) && asType(cause)->isSubtype(eBaseException)) {
            cause = call0(cause);
            CHECK(cause);
          }
          if (!cause.isNone() && !isKind(cause, Kind::Exception)) {
            raise(eTypeError, "exception causes must derive from BaseException");
            goto error;
          }
          static_cast<Exception*>(exc.o)->cause = cause;
          static_cast<Exception*>(exc.o)->suppressContext = true;
        }
        raiseValue(exc);
        goto error;
      }
      case CHECK_EXC_MATCH: {
        Value type = POP();
        Value r = excMatches(*this, TOP(), type);
        CHECK(r);
        PUSH(r);
        break;
      }
      case CHECK_EG_MATCH: {
        Value type = POP();
        Value rest = TOP();
        Value newRest;
        Value match = exceptionGroupSplit(*this, rest, type, true, newRest);
        CHECK(match);
        TOP() = newRest;
        PUSH(match);
        if (!match.isNone()) handledExc = match;
        break;
      }
      case PREP_RERAISE_STAR: {
        Value rest = POP();
        Value raised = POP();
        Value orig = TOP();
        if (!rest.isNone()) asList(raised)->items.push_back(rest);
        Value r = prepReraiseStar(*this, orig, raised);
        CHECK(r);
        PUSH(r);
        break;
      }
      case BEFORE_WITH:
      case BEFORE_ASYNC_WITH: {
        Value cm = TOP();
        bool async = in.op == BEFORE_ASYNC_WITH;
        Type* t = typeOf(cm);
        Value enter = lookup(t, intern(async ? "__aenter__" : "__enter__"));
        Value exit = lookup(t, intern(async ? "__aexit__" : "__exit__"));
        if (enter.isUndef() || exit.isUndef()) {
          raise(eTypeError, "'" + t->name + "' object does not support the " +
                                (async ? "asynchronous " : "") + "context manager protocol");
          goto error;
        }
        Value boundExit = bindMethod(exit, cm);
        CHECK(boundExit);
        TOP() = boundExit;
        Value r = call1(enter, cm);
        CHECK(r);
        PUSH(r);
        break;
      }
      case WITH_NORMAL_EXIT: {
        Value exit = TOP();
        Value args[3] = {Value::none(), Value::none(), Value::none()};
        Value r = call(exit, args, 3);
        CHECK(r);
        TOP() = r;
        break;
      }
      case WITH_EXCEPT_START: {
        Value exc = sp[-1];
        Value exit = sp[-3];
        Value args[3] = {Value::obj(typeOf(exc)), exc, tracebackOf(*this, exc)};
        Value r = call(exit, args, 3);
        CHECK(r);
        PUSH(r);
        break;
      }
      case IMPORT_NAME: {
        Value m = importName(f->code->names[in.arg & 0x7FFFFFFF], (in.arg & 0x80000000u) != 0);
        CHECK(m);
        PUSH(m);
        break;
      }
      case IMPORT_FROM: {
        Value m = TOP();
        Str* name = f->code->names[in.arg];
        Value v = getAttrOpt(m, name);
        CHECK(v);
        if (v.isUndef()) {
          Value sub = importModule(intern(static_cast<Module*>(m.o)->name->s() + "." + name->s()));
          if (sub.isErr()) {
            takePending();
            raise(eImportError, "cannot import name '" + name->s() + "' from '" +
                                    static_cast<Module*>(m.o)->name->s() + "' (unknown location)");
            goto error;
          }
          v = sub;
        }
        PUSH(v);
        break;
      }
      case IMPORT_STAR: {
        Value m = POP();
        Dict* target = f->locals ? f->locals : f->globals;
        bool ok = true;
        dictEach(static_cast<Module*>(m.o)->dict, [&](Value k, Value v) {
          if (isKind(k, Kind::Str) && asStr(k)->s()[0] != '_') ok &= dictSet(*this, target, k, v);
        });
        if (!ok) goto error;
        break;
      }
      case LOAD_ASSERTION_ERROR:
        PUSH(Value::obj(eAssertionError));
        break;
      case STORE_ANNOTATION:
        sp--;
        break;
      case NOT_SUPPORTED:
        raise(eNotImplementedError,
              asStr(f->code->consts[in.arg])->s() + " are not supported by this interpreter");
        goto error;
      default:  // the first switch ran it
        break;
    }
    LOAD();
    continue;

  error:
    f = &frames_.back();  // a call that failed may have moved frames_
    if (hostRequest) {    // a native suspended the interpreter (vm.hpp): the frames wait
      runDepth--;
      return Value::err();
    }
    if (!reraise) setTraceback(pending, f->code, f->pc - 1);
    reraise = false;
    for (;;) {
      if (handlers_.size() > f->handlerBase) {
        Handler h = handlers_.back();
        handlers_.pop_back();
        sp = f->base + h.depth;
        Value exc = takePending();
        if (h.kind == kHandlerExcept) {
          PUSH(handledExc);
          handledExc = exc;
        }
        PUSH(exc);
        f->pc = h.target;
        break;
      }
      bool isBase = f->runBase;
      Value* callee = f->base - 1;
      handlers_.resize(f->handlerBase);
      frames_.pop_back();
      sp = callee;
      if (isBase) {
        runDepth--;
        lastStatus = ResumeStatus::Raised;
        return Value::err();
      }
      f = &frames_.back();
      setTraceback(pending, f->code, f->pc - 1);
    }
    LOAD();
  }
#undef PUSH
#undef POP
#undef TOP
#undef CHECK
#undef CHECKPOINT
#undef SAVE
#undef LOAD
#undef ENTER
#undef INS
}

}  // namespace coroscope::lang
