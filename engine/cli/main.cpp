// coroscope run FILE.py [--stdin FILE] [--max-steps N]
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "lang/vm.hpp"

namespace {

int usage() {
  std::fprintf(stderr,
               "usage: coroscope run FILE.py [--stdin FILE] [--max-steps N]\n       coroscope dis "
               "FILE.py\n");
  return 2;
}

bool readFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::strcmp(argv[1], "dis") == 0) {
    std::string source;
    if (!readFile(argv[2], source)) return usage();
    coroscope::lang::VM vm;
    std::fputs(coroscope::lang::disassemble(vm, source, argv[2]).c_str(), stdout);
    return 0;
  }
  if (argc < 3 || std::strcmp(argv[1], "run") != 0) return usage();
  std::string file = argv[2];
  std::string stdinPath;
  unsigned long long maxSteps = 0;
  for (int i = 3; i < argc; i++) {
    if (std::strcmp(argv[i], "--stdin") == 0 && i + 1 < argc) {
      stdinPath = argv[++i];
    } else if (std::strcmp(argv[i], "--max-steps") == 0 && i + 1 < argc) {
      maxSteps = std::strtoull(argv[++i], nullptr, 10);
    } else {
      return usage();
    }
  }
  std::string source;
  if (!readFile(file, source)) {
    std::fprintf(stderr, "coroscope: can't open file '%s'\n", file.c_str());
    return 2;
  }
  coroscope::lang::VM vm;
  vm.writeOut = [](const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); };
  vm.writeErr = [](const std::string& s) {
    std::fflush(stdout);
    std::fwrite(s.data(), 1, s.size(), stderr);
  };
  if (!stdinPath.empty()) {
    if (!readFile(stdinPath, vm.stdinData)) {
      std::fprintf(stderr, "coroscope: can't open stdin file '%s'\n", stdinPath.c_str());
      return 2;
    }
    vm.hasStdin = true;
  }
  vm.maxSteps = maxSteps;
  int status = vm.runMain(source, file);
  std::fflush(stdout);
  return status;
}
