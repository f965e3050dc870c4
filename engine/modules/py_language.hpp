// rt::Language over the interpreter: asyncio's exceptions are the interpreter's exception types
// (asyncio.CancelledError, InvalidStateError, ... are registered by the asyncio module when it
// is first imported), and values are PyValue handles.
#pragma once

#include "lang/vm.hpp"
#include "runtime/language.hpp"

namespace coroscope::modules {

class PyLanguage final : public rt::Language {
 public:
  explicit PyLanguage(lang::VM& vm) : vm_(vm) {}

  rt::Value make_cancelled_error(const rt::Value& msg) override;
  rt::Value make_timeout_error() override;
  rt::Value make_invalid_state_error(std::string_view msg) override;
  rt::Value make_runtime_error(std::string_view msg) override;
  rt::Value make_value_error(std::string_view msg) override;
  rt::Value make_queue_empty() override;
  rt::Value make_queue_full() override;
  rt::Value make_broken_barrier_error(std::string_view msg) override;
  rt::Value make_exception_group(std::string_view msg, std::vector<rt::Value> excs) override;
  bool is_cancelled_error(const rt::Value& exc) override;
  bool is_base_error(const rt::Value& exc) override;
  void set_context(const rt::Value& exc, const rt::Value& context) override;
  void set_cause(const rt::Value& exc, const rt::Value& cause) override;
  rt::Value make_bool(bool b) override;
  rt::Value make_int(std::int64_t i) override;
  rt::Value make_str(std::string_view s) override;
  rt::Value make_list(std::vector<rt::Value> items) override;
  // For the trace: never runs the program's own __repr__ (modules/trace_text.hpp).
  std::string repr(const rt::Value& v) override;
  int current_line() override;
  rt::Value copy_context() override;
  void enter_context(const rt::Value& ctx) override;
  void exit_context(const rt::Value& ctx) override;

  // contextvars' copy_context/_enter/_exit, once that module is imported (pins; 0 = none).
  std::uint32_t copy_fn = 0, enter_fn = 0, exit_fn = 0;

  // asyncio's exception classes, set when the asyncio module is imported.
  lang::Type *cancelled = nullptr, *invalid_state = nullptr, *queue_empty = nullptr,
             *queue_full = nullptr, *broken_barrier = nullptr;

 private:
  rt::Value make(lang::Type* t, std::string_view msg, bool with_msg = true);
  lang::VM& vm_;
};

}  // namespace coroscope::modules
