// Attributes that are not stored in a dict: __name__, __class__, exception fields, ...
#include "lang/containers.hpp"
#include "lang/native_util.hpp"

namespace coroscope::lang {

Value objectDir(VM& vm, Args& a) {
  Value obj = a[0];
  Set* seen = vm.newSet(false);
  Value sv = Value::obj(seen);
  Roots r(vm, {sv});
  auto addDict = [&](Dict* d) {
    if (!d) return;
    dictEach(d, [&](Value k, Value) { setAdd(vm, seen, k); });
  };
  if (isKind(obj, Kind::Instance) || isKind(obj, Kind::Exception))
    addDict(static_cast<Instance*>(obj.o)->dict);
  if (isKind(obj, Kind::Module)) addDict(static_cast<Module*>(obj.o)->dict);
  Type* t = isKind(obj, Kind::Type) ? asType(obj) : vm.typeOf(obj);
  for (Type* m : t->mro) addDict(m->dict);
  std::vector<Value> keys;
  setEach(seen, [&](Value k) { keys.push_back(k); });
  return vm.newList(keys);
}

Value tracebackOf(VM& vm, Value exc);

Value specialAttr(VM& vm, Value obj, Str* name) {
  const std::string& n = name->s();
  if (n == "__class__") return Value::obj(vm.typeOf(obj));
  if (!obj.isObj()) {
    if (obj.isInt() || obj.isBool()) {
      if (n == "real" || n == "numerator") return obj.isBool() ? Value::integer(obj.b) : obj;
      if (n == "imag") return Value::integer(0);
      if (n == "denominator") return Value::integer(1);
    }
    if (obj.isFloat()) {
      if (n == "real") return obj;
      if (n == "imag") return Value::flt(0);
    }
    return Value::undef();
  }
  switch (obj.o->kind) {
    case Kind::Type: {
      Type* t = asType(obj);
      if (n == "__name__") return Value::obj(vm.intern(t->name));
      if (n == "__annotations__" && !t->isBuiltin) {
        // As type.__annotations__ since 3.10: a class's own dict, never a base's; made empty
        // on first access when the body annotated nothing.
        Value own = dictGetStr(t->dict, name);
        if (!own.isUndef()) return own;
        Value d = Value::obj(vm.newDict());
        dictSetStr(vm, t->dict, name, d);
        return d;
      }
      if (n == "__qualname__") {
        Value q = dictGetStr(t->dict, vm.intern("__qualname__"));
        return q.isUndef() ? Value::obj(vm.intern(t->name)) : q;
      }
      if (n == "__module__")
        return t->module.isObj() ? t->module : Value::obj(vm.intern("builtins"));
      if (n == "__mro__") {
        std::vector<Value> v;
        for (Type* m : t->mro) v.push_back(Value::obj(m));
        return vm.newTuple(v);
      }
      if (n == "__bases__") {
        std::vector<Value> v;
        for (Type* b : t->bases) v.push_back(Value::obj(b));
        return vm.newTuple(v);
      }
      if (n == "__base__") return t->bases.empty() ? Value::none() : Value::obj(t->bases[0]);
      if (n == "__dict__") return Value::obj(t->dict);
      if (n == "__doc__") return Value::none();
      return Value::undef();
    }
    case Kind::Function: {
      Function* f = static_cast<Function*>(obj.o);
      if (n == "__name__") return Value::obj(f->name);
      if (n == "__qualname__") return Value::obj(f->qualname);
      if (n == "__module__") return f->module.isUndef() ? Value::none() : f->module;
      if (n == "__doc__") return f->code->doc;
      if (n == "__dict__") {
        if (!f->dict) f->dict = vm.newDict();
        return Value::obj(f->dict);
      }
      if (n == "__defaults__")
        return f->defaults.empty() ? Value::none() : vm.newTuple(f->defaults);
      if (n == "__kwdefaults__") return f->kwdefaults ? Value::obj(f->kwdefaults) : Value::none();
      if (n == "__code__") return Value::obj(f->code);
      if (n == "__globals__") return Value::obj(f->globals);
      if (n == "__closure__") {
        if (f->closure.empty()) return Value::none();
        std::vector<Value> v;
        for (Cell* c : f->closure) v.push_back(Value::obj(c));
        return vm.newTuple(v);
      }
      if (n == "__annotations__") return Value::obj(vm.newDict());
      if (n == "__wrapped__") return Value::undef();
      return Value::undef();
    }
    case Kind::Code: {
      Code* c = static_cast<Code*>(obj.o);
      if (n == "co_name") return vm.newStr(c->name);
      if (n == "co_qualname") return vm.newStr(c->qualname);
      if (n == "co_filename") return vm.newStr(c->src ? c->src->filename : "");
      if (n == "co_firstlineno") return Value::integer(c->firstLine);
      if (n == "co_argcount") return Value::integer(c->nargs);
      if (n == "co_varnames") {
        std::vector<Value> v;
        for (Str* s : c->varnames)
          if (s->s()[0] != '.') v.push_back(Value::obj(s));
        return vm.newTuple(v);
      }
      return Value::undef();
    }
    case Kind::Cell:
      if (n == "cell_contents") {
        Value v = static_cast<Cell*>(obj.o)->v;
        if (v.isUndef()) return vm.raise(vm.eValueError, "Cell is empty");
        return v;
      }
      return Value::undef();
    case Kind::Native:
      if (n == "__name__") {
        std::string s = static_cast<Native*>(obj.o)->name;
        size_t dot = s.rfind('.');
        return vm.newStr(dot == std::string::npos ? s : s.substr(dot + 1));
      }
      if (n == "__qualname__") return vm.newStr(static_cast<Native*>(obj.o)->name);
      if (n == "__doc__") return Value::none();
      if (n == "__module__") return Value::obj(vm.intern("builtins"));
      return Value::undef();
    case Kind::BoundMethod: {
      BoundMethod* bm = static_cast<BoundMethod*>(obj.o);
      if (n == "__self__") return bm->self;
      if (n == "__func__") return bm->func;
      return vm.getAttrOpt(bm->func, name);
    }
    case Kind::Module: {
      Module* m = static_cast<Module*>(obj.o);
      if (n == "__name__") return Value::obj(m->name);
      if (n == "__dict__") return Value::obj(m->dict);
      return Value::undef();
    }
    case Kind::Exception: {
      Exception* e = static_cast<Exception*>(obj.o);
      Type* t = vm.typeOf(obj);
      if (n == "args") return e->args;
      if (n == "__cause__") return e->cause;
      if (n == "__context__") return e->context;
      if (n == "__suppress_context__") return Value::boolean(e->suppressContext);
      if (n == "__traceback__") return tracebackOf(vm, obj);
      if (n == "__notes__") return e->notes.isUndef() ? Value::undef() : e->notes;
      Tuple* args = asTuple(e->args);
      if (n == "value" && (t->isSubtype(vm.eStopIteration) || t->isSubtype(vm.eStopAsyncIteration)))
        return args->items.empty() ? Value::none() : args->items[0];
      if (n == "code" && t->isSubtype(vm.eSystemExit))
        return args->items.empty() ? Value::none() : args->items[0];
      if (t->isSubtype(vm.eBaseExceptionGroup) && args->items.size() == 2) {
        if (n == "message") return args->items[0];
        if (n == "exceptions") return e->groupExcs;
      }
      if ((n == "name" || n == "obj") &&
          (t->isSubtype(vm.eNameError) || t->isSubtype(vm.eAttributeError)))
        return Value::none();
      if (n == "msg" && t->isSubtype(vm.eSyntaxError))
        return args->items.empty() ? Value::none() : args->items[0];
      if ((n == "errno" || n == "strerror" || n == "filename") && t->isSubtype(vm.eOSError)) {
        // OSError(errno, strerror[, filename]): the first two arguments (a filename is kept in
        // the instance's dict, as the constructor leaves it out of args).
        size_t k = n == "errno" ? 0 : 1;
        if (n == "filename" || args->items.size() < 2 || args->items.size() > 5)
          return Value::none();
        return args->items[k];
      }
      return Value::undef();
    }
    case Kind::Generator: {
      Generator* g = static_cast<Generator*>(obj.o);
      if (n == "__name__") return Value::obj(g->name);
      if (n == "__qualname__") return Value::obj(g->qualname);
      if (n == "gi_running" || n == "cr_running" || n == "ag_running")
        return Value::boolean(g->state == GenState::Running);
      if (n == "gi_frame" || n == "cr_frame" || n == "ag_frame")
        return g->state == GenState::Closed ? Value::none() : Value::obj(vm.intern("<frame>"));
      if (n == "gi_code" || n == "cr_code" || n == "ag_code") return Value::obj(g->fn->code);
      if (n == "gi_suspended" || n == "cr_suspended")
        return Value::boolean(g->state == GenState::Suspended);
      if (n == "gi_yieldfrom" || n == "cr_await")
        return g->delegating && !g->saved.empty() ? g->saved.back() : Value::none();
      return Value::undef();
    }
    case Kind::Range: {
      Range* r = static_cast<Range*>(obj.o);
      if (n == "start") return Value::integer(r->start);
      if (n == "stop") return Value::integer(r->stop);
      if (n == "step") return Value::integer(r->step);
      return Value::undef();
    }
    case Kind::Slice: {
      Slice* s = static_cast<Slice*>(obj.o);
      if (n == "start") return s->start;
      if (n == "stop") return s->stop;
      if (n == "step") return s->step;
      return Value::undef();
    }
    case Kind::Property:
    case Kind::StaticMethod:
    case Kind::ClassMethod: {
      Wrapper* w = static_cast<Wrapper*>(obj.o);
      if (n == "fget" || n == "__func__") return w->a;
      if (n == "fset") return w->b;
      if (n == "fdel") return w->c;
      if (n == "__doc__") return w->doc;
      if (n == "__isabstractmethod__") return Value::boolean(false);
      return Value::undef();
    }
    case Kind::Instance:
      if (n == "__dict__" && !obj.o->cls->slotNames) {
        Instance* in = static_cast<Instance*>(obj.o);
        if (!in->dict) in->dict = vm.newDict();
        return Value::obj(in->dict);
      }
      return Value::undef();
    case Kind::Super:
      if (n == "__self__") return static_cast<Super*>(obj.o)->self;
      if (n == "__thisclass__") return Value::obj(static_cast<Super*>(obj.o)->type);
      return Value::undef();
    default:
      return Value::undef();
  }
}

}  // namespace coroscope::lang
