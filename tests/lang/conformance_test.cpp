// Runs each conformance program through the interpreter and compares stdout, stderr and the exit
// status with what CPython printed (0x addresses normalised on both sides).
#include <dirent.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "lang/vm.hpp"

namespace {

std::string readFile(const std::string& path, bool* ok = nullptr) {
  std::ifstream in(path, std::ios::binary);
  if (ok) *ok = bool(in);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string normalize(const std::string& s) {
  static const std::regex addr("0x[0-9a-fA-F]+");
  return std::regex_replace(s, addr, "0xADDR");
}

std::vector<std::string> listCases() {
  std::vector<std::string> names;
  DIR* d = opendir(COROSCOPE_LANG_CASES);
  if (!d) return names;
  while (dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (n.size() > 3 && n.compare(n.size() - 3, 3, ".py") == 0)
      names.push_back(n.substr(0, n.size() - 3));
  }
  closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

class Conformance : public ::testing::TestWithParam<std::string> {};

TEST_P(Conformance, MatchesCPython) {
  const std::string base = std::string(COROSCOPE_LANG_CASES) + "/" + GetParam();
  std::string source = readFile(base + ".py");
  bool hasStdin = false;
  std::string stdinData = readFile(base + ".stdin", &hasStdin);
  std::string out, err;
  int status;
  {
    coroscope::lang::VM vm;
    vm.writeOut = [&](const std::string& s) { out += s; };
    vm.writeErr = [&](const std::string& s) { err += s; };
    vm.hasStdin = hasStdin;
    vm.stdinData = stdinData;
    vm.maxSteps = 50'000'000;
    status = vm.runMain(source, GetParam() + ".py");
  }
  EXPECT_EQ(normalize(readFile(base + ".stdout")), normalize(out)) << "stdout of " << GetParam();
  EXPECT_EQ(normalize(readFile(base + ".stderr")), normalize(err)) << "stderr of " << GetParam();
  int expectedStatus = std::stoi(readFile(base + ".status"));
  EXPECT_EQ(expectedStatus, status) << "exit status of " << GetParam();
}

INSTANTIATE_TEST_SUITE_P(Cases, Conformance, ::testing::ValuesIn(listCases()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string n = info.param;
                           for (char& c : n)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return n;
                         });

TEST(ConformanceSuite, HasCases) { EXPECT_GE(listCases().size(), 1u); }

}  // namespace
