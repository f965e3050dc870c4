#include "modules/py_language.hpp"

#include "lang/objects.hpp"
#include "modules/py_value.hpp"
#include "modules/trace_text.hpp"

namespace coroscope::modules {

using lang::Value;

rt::Value PyLanguage::make(lang::Type* t, std::string_view msg, bool with_msg) {
  if (!t) t = vm_.eRuntimeError;
  std::vector<Value> args;
  if (with_msg) args.push_back(vm_.newStr(std::string(msg)));
  return to_rt(vm_, vm_.makeException(t, std::move(args)));
}

rt::Value PyLanguage::make_cancelled_error(const rt::Value& msg) {
  std::vector<Value> args;
  if (msg) args.push_back(from_rt(msg));
  return to_rt(vm_, vm_.makeException(cancelled ? cancelled : vm_.eBaseException, std::move(args)));
}
rt::Value PyLanguage::make_timeout_error() { return make(vm_.eTimeoutError, "", false); }
rt::Value PyLanguage::make_invalid_state_error(std::string_view msg) {
  return make(invalid_state, msg);
}
rt::Value PyLanguage::make_runtime_error(std::string_view msg) {
  return make(vm_.eRuntimeError, msg);
}
rt::Value PyLanguage::make_value_error(std::string_view msg) { return make(vm_.eValueError, msg); }
rt::Value PyLanguage::make_queue_empty() { return make(queue_empty, "", false); }
rt::Value PyLanguage::make_queue_full() { return make(queue_full, "", false); }
rt::Value PyLanguage::make_broken_barrier_error(std::string_view msg) {
  return make(broken_barrier, msg);
}
rt::Value PyLanguage::make_exception_group(std::string_view msg, std::vector<rt::Value> excs) {
  std::vector<Value> items;
  for (auto& e : excs) items.push_back(from_rt(e));
  Value list = vm_.newList(std::move(items));
  lang::Roots r(vm_, {list});
  Value m = vm_.newStr(std::string(msg));
  lang::Roots r2(vm_, {m});
  Value g = vm_.call2(Value::obj(vm_.eBaseExceptionGroup), m, list);
  if (g.isErr()) g = vm_.takePending();
  return to_rt(vm_, g);
}
bool PyLanguage::is_cancelled_error(const rt::Value& exc) {
  return exc && cancelled && vm_.isInstance(from_rt(exc), cancelled);
}
bool PyLanguage::is_base_error(const rt::Value& exc) {
  Value e = from_rt(exc);
  return vm_.isInstance(e, vm_.eSystemExit) || vm_.isInstance(e, vm_.eKeyboardInterrupt);
}
void PyLanguage::set_context(const rt::Value& exc, const rt::Value& context) {
  Value e = from_rt(exc);
  if (!lang::isKind(e, lang::Kind::Exception)) return;
  Value c = from_rt(context);
  if (c.identical(e)) return;
  static_cast<lang::Exception*>(e.o)->context = c;
}
void PyLanguage::set_cause(const rt::Value& exc, const rt::Value& cause) {
  Value e = from_rt(exc);
  if (!lang::isKind(e, lang::Kind::Exception)) return;
  auto* ex = static_cast<lang::Exception*>(e.o);
  ex->cause = from_rt(cause);
  ex->suppressContext = true;
}
rt::Value PyLanguage::make_bool(bool b) { return to_rt(vm_, Value::boolean(b)); }
rt::Value PyLanguage::make_int(std::int64_t i) { return to_rt(vm_, Value::integer(i)); }
rt::Value PyLanguage::make_str(std::string_view s) {
  return to_rt(vm_, vm_.newStr(std::string(s)));
}
rt::Value PyLanguage::make_list(std::vector<rt::Value> items) {
  std::vector<Value> vs;
  for (auto& v : items) vs.push_back(from_rt(v));
  return to_rt(vm_, vm_.newList(std::move(vs)));
}
rt::Value PyLanguage::copy_context() {
  if (!copy_fn) return {};
  Value c = vm_.call0(vm_.pinned(copy_fn));
  if (c.isErr()) {
    vm_.takePending();
    return {};
  }
  return to_rt(vm_, c);
}
void PyLanguage::enter_context(const rt::Value& ctx) {
  if (!enter_fn || !ctx) return;
  if (vm_.call1(vm_.pinned(enter_fn), from_rt(ctx)).isErr()) vm_.takePending();
}
void PyLanguage::exit_context(const rt::Value& ctx) {
  if (!exit_fn || !ctx) return;
  if (vm_.call1(vm_.pinned(exit_fn), from_rt(ctx)).isErr()) vm_.takePending();
}
std::string PyLanguage::repr(const rt::Value& v) { return trace_repr(vm_, from_rt(v)); }
int PyLanguage::current_line() { return modules::current_line(vm_); }

}  // namespace coroscope::modules
