// What the runtime needs from the language layer: the exception values asyncio raises, two
// questions about exceptions, containers for combinator results, contexts, and reprs for the
// trace. The interpreter implements this over its object model; NativeLanguage is a small
// stand-alone implementation for C++ programs and the runtime's own tests.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/labels.hpp"
#include "runtime/object.hpp"

namespace coroscope::rt {

class Language {
 public:
  virtual ~Language() = default;

  // asyncio.CancelledError(msg); a null msg means no args.
  virtual Value make_cancelled_error(const Value& msg) = 0;
  virtual Value make_timeout_error() = 0;  // TimeoutError() (asyncio's is the builtin in 3.11)
  virtual Value make_invalid_state_error(std::string_view msg) = 0;
  virtual Value make_runtime_error(std::string_view msg) = 0;
  virtual Value make_value_error(std::string_view msg) = 0;
  virtual Value make_queue_empty() = 0;
  virtual Value make_queue_full() = 0;
  virtual Value make_broken_barrier_error(std::string_view msg) = 0;
  // BaseExceptionGroup(msg, excs): an ExceptionGroup when every member is an Exception.
  virtual Value make_exception_group(std::string_view msg, std::vector<Value> excs) = 0;

  virtual bool is_cancelled_error(const Value& exc) = 0;
  // SystemExit or KeyboardInterrupt: these escape the loop (Task.__step re-raises them).
  virtual bool is_base_error(const Value& exc) = 0;
  // exc.__context__ = context
  virtual void set_context(const Value& exc, const Value& context) = 0;
  // raise exc from cause (a null cause is "from None")
  virtual void set_cause(const Value& exc, const Value& cause) = 0;

  virtual Value make_bool(bool b) = 0;
  virtual Value make_int(std::int64_t i) = 0;
  virtual Value make_str(std::string_view s) = 0;
  virtual Value make_list(std::vector<Value> items) = 0;

  // contextvars: Task copies the context at creation, callbacks run in the context captured at
  // registration. A language without contexts returns null and ignores enter/exit.
  virtual Value copy_context() { return {}; }
  virtual void enter_context(const Value&) {}
  virtual void exit_context(const Value&) {}

  // For trace events and error reports only.
  virtual std::string repr(const Value& v) = 0;
  // The source line the program's own code is running at (the innermost frame that is not the
  // library's), for the trace: where a task was created. 0 if unknown.
  virtual int current_line() { return 0; }

  // asyncio's process-wide Task-N counter; one Language is one program run.
  std::uint64_t next_task_number = 1;
  // Ids of futures, tasks, handles and callbacks, unique within the run (across its loops).
  std::uint64_t next_object_id = 0;
  // What waits and wake-ups are called, for the trace and the deadlock report.
  Labels labels;
};

}  // namespace coroscope::rt
