// Bytecode: the instruction set and code objects the compiler produces and the VM runs.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "lang/objects.hpp"

namespace coroscope::lang {

// clang-format off
#define COROSCOPE_OPCODES(X) \
  X(NOP) \
  X(POP_TOP) \
  X(ROT_TWO) \
  X(ROT_THREE) \
  X(ROT_FOUR) \
  X(DUP_TOP) \
  X(DUP_TOP_TWO) \
  X(LOAD_CONST) \
  X(LOAD_FAST) \
  X(LOAD_FAST__LOAD_CONST) \
  X(STORE_FAST) \
  X(DELETE_FAST) \
  X(LOAD_DEREF) \
  X(STORE_DEREF) \
  X(DELETE_DEREF) \
  X(LOAD_CELL) \
  X(LOAD_GLOBAL) \
  X(STORE_GLOBAL) \
  X(DELETE_GLOBAL) \
  X(LOAD_NAME) \
  X(STORE_NAME) \
  X(DELETE_NAME) \
  X(LOAD_ATTR) \
  X(STORE_ATTR) \
  X(DELETE_ATTR) \
  X(LOAD_METHOD) \
  X(CALL_METHOD) \
  X(BINARY_SUBSCR) \
  X(STORE_SUBSCR) \
  X(DELETE_SUBSCR) \
  X(BUILD_SLICE) \
  X(BINARY_OP) \
  X(UNARY_NEG) \
  X(UNARY_POS) \
  X(UNARY_NOT) \
  X(UNARY_INVERT) \
  X(COMPARE_OP) \
  X(JUMP) \
  X(POP_JUMP_IF_FALSE) \
  X(POP_JUMP_IF_TRUE) \
  X(JUMP_IF_FALSE_OR_POP) \
  X(JUMP_IF_TRUE_OR_POP) \
  X(GET_ITER) \
  X(FOR_ITER) \
  X(GET_AITER) \
  X(GET_ANEXT) \
  X(END_ASYNC_FOR) \
  X(BUILD_TUPLE) \
  X(BUILD_LIST) \
  X(BUILD_SET) \
  X(BUILD_MAP) \
  X(BUILD_STRING) \
  X(LIST_APPEND) \
  X(SET_ADD) \
  X(MAP_ADD) \
  X(LIST_EXTEND) \
  X(SET_UPDATE) \
  X(DICT_UPDATE) \
  X(DICT_MERGE) \
  X(LIST_TO_TUPLE) \
  X(UNPACK_SEQUENCE) \
  X(UNPACK_EX) \
  X(FORMAT_VALUE) \
  X(CALL) \
  X(CALL_KW) \
  X(CALL_EX) \
  X(MAKE_FUNCTION) \
  X(BUILD_CLASS) \
  X(RETURN_VALUE) \
  X(YIELD_VALUE) \
  X(YIELD_FROM) \
  X(GET_AWAITABLE) \
  X(GET_YIELD_FROM_ITER) \
  X(SETUP_EXCEPT) \
  X(SETUP_CLEANUP) \
  X(POP_BLOCK) \
  X(POP_EXCEPT) \
  X(RERAISE) \
  X(RAISE_VARARGS) \
  X(CHECK_EXC_MATCH) \
  X(CHECK_EG_MATCH) \
  X(PREP_RERAISE_STAR) \
  X(BEFORE_WITH) \
  X(BEFORE_ASYNC_WITH) \
  X(WITH_NORMAL_EXIT) \
  X(WITH_EXCEPT_START) \
  X(IMPORT_NAME) \
  X(IMPORT_FROM) \
  X(IMPORT_STAR) \
  X(LOAD_ASSERTION_ERROR) \
  X(STORE_ANNOTATION) \
  X(NOT_SUPPORTED)
// clang-format on

enum Op : uint8_t {
#define X(n) n,
  COROSCOPE_OPCODES(X)
#undef X
};

const char* opName(Op op);

enum HandlerKind : uint8_t { kHandlerExcept = 0, kHandlerCleanup = 1 };

struct Instr {
  Op op;
  uint32_t arg;
};

struct Pos {
  int line = 0, endLine = 0, col = -1, endCol = -1;
};

// A program text as tracebacks quote it: the name shown and the lines (without '\r').
struct Source {
  std::string filename;
  std::string text;
  std::vector<std::string> lines;
  static std::shared_ptr<Source> make(std::string filename, std::string text);
};

// Where a LOAD_GLOBAL found its name last time: an entry of the globals or of the builtins,
// right while both dicts' keysVersion are the ones seen then (CPython 3.11 caches the same way).
struct GlobalCache {
  uint64_t globalsVersion = 0, builtinsVersion = 0;
  int32_t entry = -1;  // -1: nothing cached
  bool inBuiltins = false;
};

struct Code : Obj {
  std::string name, qualname;
  std::vector<Instr> ins;
  std::vector<Pos> pos;
  std::vector<Value> consts;
  std::vector<Str*> names;
  std::vector<Str*> varnames;  // one per slot
  uint32_t nslots = 0;
  uint32_t nposonly = 0, nargs = 0, nkwonly = 0;  // nargs counts posonly too
  bool varargs = false, varkw = false;
  std::vector<uint32_t> cellSlots;  // slots that hold a Cell created at frame entry
  std::vector<uint32_t> freeSlots;  // slots filled from the function's closure, in order
  uint32_t maxStack = 0;
  uint32_t maxHandlers = 0;
  int firstLine = 0;
  Value doc = Value::none();  // a function's docstring: its __doc__ unless assigned
  bool isGenerator = false, isCoroutine = false, isAsyncGen = false;
  bool iterableCoroutine = false;  // types.coroutine
  bool usesNameDict = false;       // module and class bodies: names live in a dict
  int classCellSlot = -1;          // class bodies: slot of the __class__ cell
  std::shared_ptr<Source> src;
  // One per name (LOAD_GLOBAL; LOAD_NAME without locals), made at the first lookup.
  std::unique_ptr<GlobalCache[]> globalCache;
  // Positional parameters only, no cells or free variables, not a generator or coroutine: a
  // call with exactly nargs positional arguments is the frame alone (VM::enterPlain).
  bool plainCall = false;
  Code() : Obj(Kind::Code) {}
  void trace(Heap& h) override;
};

}  // namespace coroscope::lang
