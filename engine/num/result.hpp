#pragma once
// Errors as values: the numeric layer never throws (C++ exception catching is off in wasm). Each
// error carries the Python exception class and CPython 3.11's message text, so the interpreter can
// raise it unchanged.

#include <cstdint>
#include <string>
#include <utility>

namespace coroscope::num {

enum class ErrorKind : std::uint8_t { ZeroDivision, Overflow, Value, Memory };

struct Error {
  ErrorKind kind;
  // CPython's message. For parse errors the caller appends the offending literal (see the parse
  // functions' comments). Only error paths build one, so the success path never allocates.
  std::string message;
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)), ok_(true) {}  // NOLINT: implicit by design
  Result(Error error)
      : value_(), error_(std::move(error)), ok_(false) {}  // NOLINT: implicit by design

  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  T& value() & { return value_; }
  const T& value() const& { return value_; }
  T&& value() && { return std::move(value_); }
  const Error& error() const { return error_; }

 private:
  T value_;
  Error error_{ErrorKind::Value, ""};
  bool ok_;
};

}  // namespace coroscope::num
