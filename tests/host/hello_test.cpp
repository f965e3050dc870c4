#include "host/hello.hpp"

#include <gtest/gtest.h>

namespace coroscope {
namespace {

TEST(Hello, CountsLinesThroughTheCoroutine) {
  EXPECT_EQ(hello("print('a')\nprint('b')\n"), "hello from the C++ runtime: 2 lines received");
  EXPECT_EQ(hello("x = 1"), "hello from the C++ runtime: 1 lines received");
  EXPECT_EQ(hello(""), "hello from the C++ runtime: 0 lines received");
}

TEST(Hello, ManyYieldsKeepTheStackFlat) {
  // 200k loop turns: resuming inside await_suspend would overflow the wasm stack long before.
  std::string big(200000, '\n');
  EXPECT_EQ(hello(big), "hello from the C++ runtime: 200000 lines received");
}

}  // namespace
}  // namespace coroscope
