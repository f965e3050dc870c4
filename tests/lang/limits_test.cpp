// Inputs that drove the engine's C++ recursion past the end of its stack (issue 16): deeply
// nested source and data, and recursion allowed deeper than the stack holds. Each must end with
// CPython's error (the thresholds were read off CPython 3.11 running the same source as a file),
// and a run after it must work. The programs are generated here: some are megabytes long.
#include <gtest/gtest.h>

#include <string>

#include "lang/vm.hpp"

namespace {

struct Outcome {
  int status;
  std::string out, err;
};

Outcome run(const std::string& source, int recursionLimit = 0) {
  Outcome o;
  coroscope::lang::VM vm;
  vm.writeOut = [&](const std::string& s) { o.out += s; };
  vm.writeErr = [&](const std::string& s) { o.err += s; };
  vm.maxSteps = 50'000'000;
  if (recursionLimit) vm.setRecursionLimit(recursionLimit);
  o.status = vm.runMain(source, "main.py");
  return o;
}

std::string repeat(const std::string& s, int n) {
  std::string r;
  r.reserve(s.size() * size_t(n));
  for (int i = 0; i < n; i++) r += s;
  return r;
}

const char* const kCompileDepth =
    "RecursionError: maximum recursion depth exceeded during compilation\n";

// The next program runs as usual.
void expectHealthy() {
  Outcome o = run("print(sum(x * x for x in range(10)))\n");
  EXPECT_EQ(0, o.status) << o.err;
  EXPECT_EQ("285\n", o.out);
}

void expectFails(const std::string& source, const std::string& err, int recursionLimit = 0) {
  Outcome o = run(source, recursionLimit);
  EXPECT_EQ(1, o.status) << source.substr(0, 80);
  EXPECT_EQ("", o.out) << source.substr(0, 80);
  EXPECT_EQ(err, o.err) << source.substr(0, 80);
  expectHealthy();
}

void expectPrints(const std::string& source, const std::string& out) {
  Outcome o = run(source);
  EXPECT_EQ(0, o.status) << source.substr(0, 80) << "\n" << o.err;
  EXPECT_EQ(out, o.out) << source.substr(0, 80);
}

TEST(DeepSource, NestedBrackets) {
  std::string deep = repeat("(", 100'000) + "1" + repeat(")", 100'000) + "\n";
  Outcome o = run(deep);
  EXPECT_EQ(1, o.status);
  EXPECT_NE(std::string::npos, o.err.find("\nSyntaxError: too many nested parentheses\n")) << o.err;
  expectHealthy();
  expectPrints("print(len(" + repeat("[", 198) + repeat("]", 198) + "))\n", "1\n");
}

// CPython: up to 2,998 unary operators compile; from 2,999 the compiler's depth limit strikes
// (RecursionError); from 5,968 the parser's (a bare MemoryError).
TEST(DeepSource, UnaryChains) {
  for (const char* op : {"-", "+", "~", "not "}) {
    std::string neg = std::string(op) == "not " ? "True" : "1";
    expectPrints("x = " + repeat(op, 2998) + "1\nprint(x == " + neg + " or x == 1)\n", "True\n");
    expectFails("x = " + repeat(op, 2999) + "1\n", kCompileDepth);
    expectFails("x = " + repeat(op, 5967) + "1\n", kCompileDepth);
    expectFails("x = " + repeat(op, 5968) + "1\n", "MemoryError\n");
    expectFails("x = " + repeat(op, 20'000) + "1\n", "MemoryError\n");
  }
}

TEST(DeepSource, LongOperatorChains) {
  expectPrints("a = 1\nprint(" + repeat("a + ", 2997) + "a)\n", "2998\n");
  expectFails("a = 1\nx = " + repeat("a + ", 9'999) + "a\n", kCompileDepth);
  expectFails("a = 1\nx = " + repeat("a * ", 20'000) + "a\n", kCompileDepth);
  expectFails("x = a" + repeat(".f()", 10'000) + "\n", kCompileDepth);
  expectFails("x = a" + repeat("[0]", 20'000) + "\n", kCompileDepth);
  expectFails("x = f" + repeat("(1)", 20'000) + "\n", kCompileDepth);
  expectFails("x = 1" + repeat(" if 1 else 1", 4000) + "\n", kCompileDepth);
}

// `**` and `lambda` cost CPython's parser two rules a level.
TEST(DeepSource, ParserLimit) {
  expectFails("x = " + repeat("1 ** ", 2984) + "1\n", "MemoryError\n");
  expectFails("x = " + repeat("lambda: ", 2984) + "1\n", "MemoryError\n");
  expectFails("x = 1" + repeat(" if 1 else 1", 20'000) + "\n", "MemoryError\n");
  expectFails("x = " + repeat("-(", 199) + "1" + repeat(")", 199) + repeat(" + 1", 3000) + "\n",
              kCompileDepth);
}

TEST(DeepSource, NestedFStrings) {
  std::string nested = "1";
  for (int i = 0; i < 100; i++) nested = "f\"{" + nested + "}\"";
  expectPrints("print(" + nested + ")\n", "1\n");
  nested = "1";
  for (int i = 0; i < 10'000; i++) nested = "f\"{" + nested + "}\"";
  Outcome o = run("print(" + nested + ")\n");
  EXPECT_EQ(1, o.status);
  EXPECT_NE(std::string::npos, o.err.find("SyntaxError: f-string: expressions nested too deeply"))
      << o.err.substr(0, 300);
  expectHealthy();
}

TEST(DeepSource, TooManyIndentationLevels) {
  std::string src;
  for (int i = 0; i < 500; i++) src += std::string(size_t(i), ' ') + "if True:\n";
  src += std::string(500, ' ') + "pass\n";
  Outcome o = run(src);
  EXPECT_EQ(1, o.status);
  EXPECT_NE(std::string::npos, o.err.find("IndentationError: too many levels of indentation"))
      << o.err;
  expectHealthy();
}

// With the recursion limit far above what the stack holds, the compiler's walk is stopped by the
// stack guard, with the same error.
TEST(DeepSource, CompilerStopsAtTheStack) {
  expectFails("a = 1\nx = " + repeat("a + ", 80'000) + "a\n", kCompileDepth, 10'000'000);
  expectFails("x = a" + repeat(".f()", 40'000) + "\n", kCompileDepth, 10'000'000);
}

// Recursion allowed far deeper than the C++ stack holds: each recursion through C++ ends with
// RecursionError where the stack runs short, natively, under the sanitizers (bigger frames) and
// in wasm (V8's own stack of about 1 MB, the linear one of 5 MB).
TEST(DeepData, StackRunsShortFirst) {
  const char* header =
      "import sys\n"
      "sys.setrecursionlimit(10**9)\n"
      "def attempt(label, f):\n"
      "    try:\n"
      "        f()\n"
      "        print(label, 'returned')\n"
      "    except RecursionError:\n"
      "        print(label, 'RecursionError')\n";
  const char* cases[][2] = {
      {"class E:\n    def __eq__(self, o):\n        return self == o\n"
       "attempt('eq', lambda: E() == E())\n",
       "eq RecursionError\n"},
      {"class R:\n    def __repr__(self):\n        return repr(self)\n"
       "attempt('repr', lambda: repr(R()))\n",
       "repr RecursionError\n"},
      {"class S:\n    def __str__(self):\n        return f'{self}'\n"
       "attempt('str', lambda: print(S()))\n",
       "str RecursionError\n"},
      {"class H:\n    def __hash__(self):\n        return hash(self)\n"
       "attempt('hash', lambda: {H()})\n",
       "hash RecursionError\n"},
      {"class I:\n    def __iter__(self):\n        return iter(self)\n"
       "attempt('iter', lambda: list(I()))\n",
       "iter RecursionError\n"},
      {"def k(x):\n    return sorted([1, 2], key=k)\n"
       "attempt('sorted', lambda: k(0))\n",
       "sorted RecursionError\n"},
      {"def g(n):\n    yield from g(n + 1)\n"
       "attempt('yield from', lambda: list(g(0)))\n",
       "yield from RecursionError\n"},
      {"async def c(n):\n    return await c(n + 1)\n"
       "def run():\n    c(0).send(None)\n"
       "attempt('await', run)\n",
       "await RecursionError\n"},
      {"a = []\nb = []\nfor _ in range(100_000):\n    a = [a]\n    b = [b]\n"
       "attempt('list ==', lambda: a == b)\nattempt('list repr', lambda: repr(a))\n",
       "list == RecursionError\nlist repr RecursionError\n"},
      {"d = {}\ne = {}\nfor _ in range(100_000):\n    d = {1: d}\n    e = {1: e}\n"
       "attempt('dict ==', lambda: d == e)\nattempt('same dict ==', lambda: d == {1: d[1]})\n",
       "dict == RecursionError\nsame dict == returned\n"},
  };
  for (auto& c : cases) {
    Outcome o = run(std::string(header) + c[0] + "print('after')\n");
    EXPECT_EQ(0, o.status) << c[0] << o.err;
    EXPECT_EQ(std::string(c[1]) + "after\n", o.out) << c[0] << o.err;
    expectHealthy();
  }
}

// A tuple's hash has no recursion check in CPython: a tuple 200,000 deep hashes (as in CPython,
// whose stack holds that many) and matches the hash of an equal one.
TEST(DeepData, TupleHashIsIterative) {
  expectPrints(
      "t = u = ()\n"
      "for _ in range(200_000):\n"
      "    t = (t,)\n"
      "    u = (u,)\n"
      "print(hash(t) == hash(u), len({t: 1}))\n",
      "True 1\n");
}

}  // namespace
