// A minimal object model (None, int, str, list, exceptions) implementing Language, so that C++
// programs and the runtime tests can run without the interpreter. Reprs follow CPython's.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/language.hpp"

namespace coroscope::rt::native {

class NativeObject : public Object {
 public:
  void add_ref() noexcept final { ++refs_; }
  void release() noexcept final {
    if (--refs_ == 0) delete this;
  }
  virtual std::string repr() const = 0;
  virtual std::string str() const { return repr(); }

 protected:
  virtual ~NativeObject() = default;

 private:
  std::uint32_t refs_ = 0;
};

class Int final : public NativeObject {
 public:
  explicit Int(std::int64_t v) : value(v) {}
  std::string repr() const override { return std::to_string(value); }
  const std::int64_t value;
};

class Bool final : public NativeObject {
 public:
  explicit Bool(bool v) : value(v) {}
  std::string repr() const override { return value ? "True" : "False"; }
  const bool value;
};

class Str final : public NativeObject {
 public:
  explicit Str(std::string v) : value(std::move(v)) {}
  std::string repr() const override;
  std::string str() const override { return value; }
  const std::string value;
};

class List final : public NativeObject {
 public:
  explicit List(std::vector<Value> v) : items(std::move(v)) {}
  std::string repr() const override;
  std::vector<Value> items;
};

class Exception final : public NativeObject {
 public:
  Exception(std::string type, std::vector<Value> args, bool is_exception = true)
      : type(std::move(type)), args(std::move(args)), is_exception(is_exception) {}
  std::string repr() const override;
  std::string str() const override;
  const std::string type;
  std::vector<Value> args;
  bool is_exception;              // false for BaseException-only types
  std::vector<Value> exceptions;  // members of an exception group
  Value context, cause;
  bool suppress_context = false;
};

Value none();
Value int_(std::int64_t v);
Value str_(std::string v);
Value list_(std::vector<Value> items);
// An exception of any (user) type; `base_only` makes it a BaseException but not an Exception.
Value exc(std::string type, std::string msg, bool base_only = false);
Value exc_noargs(std::string type, bool base_only = false);

std::string repr(const Value& v);  // "None" for null
std::string str(const Value& v);
std::int64_t as_int(const Value& v);
// The exception's type name, or "" if v is not a native exception.
std::string type_name(const Value& v);
const Exception* as_exc(const Value& v);
const List* as_list(const Value& v);

// contextvars for native programs: a Context maps variables to values.
class ContextVar;
class Context final : public NativeObject {
 public:
  std::string repr() const override { return "<Context>"; }
  std::vector<std::pair<const ContextVar*, Value>> vars;
};

class NativeLanguage;

class ContextVar {
 public:
  ContextVar(std::string name, Value default_value)
      : name_(std::move(name)), default_(std::move(default_value)) {}
  Value get(NativeLanguage& lang) const;
  void set(NativeLanguage& lang, Value v) const;

 private:
  std::string name_;
  Value default_;
};

class NativeLanguage final : public Language {
 public:
  // Contexts cost an allocation per task; programs that use no ContextVar leave them off.
  explicit NativeLanguage(bool with_contexts = false);
  Context& current_context() { return *current_; }
  Value copy_context() override;
  void enter_context(const Value& ctx) override;
  void exit_context(const Value& ctx) override;

  Value make_cancelled_error(const Value& msg) override;
  Value make_timeout_error() override;
  Value make_invalid_state_error(std::string_view msg) override;
  Value make_runtime_error(std::string_view msg) override;
  Value make_value_error(std::string_view msg) override;
  Value make_queue_empty() override;
  Value make_queue_full() override;
  Value make_broken_barrier_error(std::string_view msg) override;
  Value make_exception_group(std::string_view msg, std::vector<Value> excs) override;
  bool is_cancelled_error(const Value& exc) override;
  bool is_base_error(const Value& exc) override;
  void set_context(const Value& exc, const Value& context) override;
  void set_cause(const Value& exc, const Value& cause) override;
  Value make_bool(bool b) override;
  Value make_int(std::int64_t i) override { return int_(i); }
  Value make_str(std::string_view s) override;
  Value make_list(std::vector<Value> items) override;
  std::string repr(const Value& v) override { return native::repr(v); }

 private:
  bool with_contexts_;
  Ref<Context> base_;
  Context* current_;
  std::vector<Context*> stack_;
};

}  // namespace coroscope::rt::native
