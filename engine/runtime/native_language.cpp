#include "runtime/native_language.hpp"

namespace coroscope::rt::native {

std::string Str::repr() const {
  // CPython prefers single quotes unless the text contains one and no double quote.
  bool use_double = value.find('\'') != std::string::npos && value.find('"') == std::string::npos;
  char q = use_double ? '"' : '\'';
  std::string out(1, q);
  for (char c : value) {
    if (c == q || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  out += q;
  return out;
}

std::string List::repr() const {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += native::repr(items[i]);
  }
  return out + "]";
}

std::string Exception::repr() const {
  std::string out = type + "(";
  if (!exceptions.empty()) {
    out += native::repr(args.empty() ? Value{} : args[0]) + ", [";
    for (std::size_t i = 0; i < exceptions.size(); ++i) {
      if (i) out += ", ";
      out += native::repr(exceptions[i]);
    }
    return out + "])";
  }
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (i) out += ", ";
    out += native::repr(args[i]);
  }
  return out + ")";
}

std::string Exception::str() const {
  if (!exceptions.empty()) {
    std::size_t n = exceptions.size();
    return native::str(args.empty() ? Value{} : args[0]) + " (" + std::to_string(n) +
           " sub-exception" + (n == 1 ? "" : "s") + ")";
  }
  if (args.empty()) return "";
  if (args.size() == 1) return native::str(args[0]);
  std::string out = "(";
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (i) out += ", ";
    out += native::repr(args[i]);
  }
  return out + ")";
}

Value none() { return {}; }
Value int_(std::int64_t v) { return Value(new Int(v)); }
Value str_(std::string v) { return Value(new Str(std::move(v))); }
Value list_(std::vector<Value> items) { return Value(new List(std::move(items))); }
Value exc(std::string type, std::string msg, bool base_only) {
  return Value(new Exception(std::move(type), {str_(std::move(msg))}, !base_only));
}
Value exc_noargs(std::string type, bool base_only) {
  return Value(new Exception(std::move(type), {}, !base_only));
}

std::string repr(const Value& v) {
  if (!v) return "None";
  return static_cast<const NativeObject*>(v.get())->repr();
}
std::string str(const Value& v) {
  if (!v) return "None";
  return static_cast<const NativeObject*>(v.get())->str();
}
std::int64_t as_int(const Value& v) {
  auto* i = dynamic_cast<const Int*>(static_cast<const NativeObject*>(v.get()));
  return i ? i->value : 0;
}
const Exception* as_exc(const Value& v) {
  if (!v) return nullptr;
  return dynamic_cast<const Exception*>(static_cast<const NativeObject*>(v.get()));
}
const List* as_list(const Value& v) {
  if (!v) return nullptr;
  return dynamic_cast<const List*>(static_cast<const NativeObject*>(v.get()));
}
std::string type_name(const Value& v) {
  auto* e = as_exc(v);
  return e ? e->type : std::string();
}

NativeLanguage::NativeLanguage(bool with_contexts)
    : with_contexts_(with_contexts), base_(new Context()), current_(base_.get()) {}

Value NativeLanguage::copy_context() {
  if (!with_contexts_) return {};
  auto* c = new Context();
  c->vars = current_->vars;
  return Value(c);
}

void NativeLanguage::enter_context(const Value& ctx) {
  stack_.push_back(current_);
  current_ = static_cast<Context*>(static_cast<NativeObject*>(ctx.get()));
}

void NativeLanguage::exit_context(const Value&) {
  current_ = stack_.back();
  stack_.pop_back();
}

Value ContextVar::get(NativeLanguage& lang) const {
  for (auto& [var, v] : lang.current_context().vars) {
    if (var == this) return v;
  }
  return default_;
}

void ContextVar::set(NativeLanguage& lang, Value v) const {
  for (auto& [var, old] : lang.current_context().vars) {
    if (var == this) {
      old = std::move(v);
      return;
    }
  }
  lang.current_context().vars.emplace_back(this, std::move(v));
}

Value NativeLanguage::make_cancelled_error(const Value& msg) {
  std::vector<Value> args;
  if (msg) args.push_back(msg);
  return Value(new Exception("CancelledError", std::move(args), false));
}
Value NativeLanguage::make_timeout_error() { return exc_noargs("TimeoutError"); }
Value NativeLanguage::make_invalid_state_error(std::string_view msg) {
  return exc("InvalidStateError", std::string(msg));
}
Value NativeLanguage::make_runtime_error(std::string_view msg) {
  return exc("RuntimeError", std::string(msg));
}
Value NativeLanguage::make_value_error(std::string_view msg) {
  return exc("ValueError", std::string(msg));
}
Value NativeLanguage::make_queue_empty() { return exc_noargs("QueueEmpty"); }
Value NativeLanguage::make_queue_full() { return exc_noargs("QueueFull"); }
Value NativeLanguage::make_broken_barrier_error(std::string_view msg) {
  return exc("BrokenBarrierError", std::string(msg));
}
Value NativeLanguage::make_exception_group(std::string_view msg, std::vector<Value> excs) {
  bool all_exceptions = true;
  for (auto& e : excs) {
    auto* x = as_exc(e);
    if (x && !x->is_exception) all_exceptions = false;
  }
  auto* g = new Exception(all_exceptions ? "ExceptionGroup" : "BaseExceptionGroup",
                          {str_(std::string(msg))}, all_exceptions);
  g->exceptions = std::move(excs);
  return Value(g);
}
bool NativeLanguage::is_cancelled_error(const Value& e) { return type_name(e) == "CancelledError"; }
bool NativeLanguage::is_base_error(const Value& e) {
  auto t = type_name(e);
  return t == "SystemExit" || t == "KeyboardInterrupt";
}
void NativeLanguage::set_context(const Value& e, const Value& context) {
  if (auto* x = const_cast<Exception*>(as_exc(e))) {
    if (e != context) x->context = context;
  }
}
void NativeLanguage::set_cause(const Value& e, const Value& cause) {
  if (auto* x = const_cast<Exception*>(as_exc(e))) {
    x->cause = cause;
    x->suppress_context = true;
  }
}
Value NativeLanguage::make_bool(bool b) { return Value(new Bool(b)); }
Value NativeLanguage::make_str(std::string_view s) { return str_(std::string(s)); }
Value NativeLanguage::make_list(std::vector<Value> items) { return list_(std::move(items)); }

}  // namespace coroscope::rt::native
