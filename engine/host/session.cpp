#include "host/session.hpp"

#include <memory>

#include "lang/compiler.hpp"
#include "lang/containers.hpp"
#include "lang/parser.hpp"
#include "lang/vm.hpp"
#include "modules/modules.hpp"
#include "modules/py_value.hpp"

namespace coroscope::host {

using lang::Value;

namespace {

rt::EventLoop* L(void* p) { return static_cast<rt::EventLoop*>(p); }

}  // namespace

Session::Session(std::string source, SessionOptions opts)
    : source_(std::move(source)), opts_(std::move(opts)) {}

Session::~Session() {
  if (state_) state_->shutdown();
  state_.reset();
  vm_.reset();
}

void Session::err(const std::string& s) {
  if (on_stderr) on_stderr(s);
}

void Session::start() {
  started_ = true;
  vm_ = std::make_unique<lang::VM>();
  vm_->writeOut = [this](const std::string& s) {
    if (on_stdout) on_stdout(s);
  };
  vm_->writeErr = [this](const std::string& s) { err(s); };
  vm_->hasStdin = opts_.has_stdin;
  vm_->stdinData = opts_.stdin_text;
  vm_->maxSteps = opts_.max_steps;
  modules::Options mo;
  mo.real_clock = opts_.real_clock;
  mo.speed = opts_.speed;
  state_ = modules::install(*vm_, mo);
  if (opts_.tracing) {
    recorder_ = std::make_unique<TimelineRecorder>(state_->lang, opts_.real_clock);
    state_->opts.tracer = recorder_.get();
  }

  lang::VM& vm = *vm_;
  auto src = lang::Source::make(opts_.filename, source_);
  lang::AstArena arena;
  lang::SyntaxErrorInfo serr;
  lang::Node* tree = lang::parseModule(source_, arena, serr);
  lang::Code* code = tree ? lang::compileModule(vm, tree, src, serr, true) : nullptr;
  if (!code || !code->isCoroutine) {
    // An ordinary file, or a syntax error: the interpreter's own entry point runs it (and
    // reports the error exactly as it does).
    finish(vm.runMain(source_, opts_.filename));
    return;
  }
  notebook_ = true;
  vm.mainModule = vm.newModule("__main__");
  lang::Dict* g = vm.mainModule->dict;
  lang::dictSetStr(vm, g, vm.intern("__file__"), vm.newStr(opts_.filename));
  lang::dictSetStr(vm, g, vm.intern("__builtins__"), Value::obj(vm.builtins));
  lang::dictSetStr(vm, vm.modules, vm.intern("__main__"), Value::obj(vm.mainModule));
  Value coro = vm.runCode(code, g, nullptr);
  lang::Roots r1(vm, {coro});
  Value asyncio = coro.isErr() ? coro : vm.importModule(vm.intern("asyncio"));
  lang::Roots r2(vm, {asyncio});
  Value loop =
      asyncio.isErr() ? asyncio : vm.call0(vm.getAttr(asyncio, vm.intern("new_event_loop")));
  lang::Roots r3(vm, {loop});
  Value task = loop;
  if (!loop.isErr()) {
    Value set = vm.call1(vm.getAttr(asyncio, vm.intern("set_event_loop")), loop);
    Value create = set.isErr() ? set : vm.getAttr(loop, vm.intern("create_task"));
    task = create.isErr() ? create : vm.call1(create, coro);
  }
  if (task.isErr()) {
    vm.printException(vm.takePending());
    finish(1);
    return;
  }
  task_pin_ = vm.pin(task);
  loop_ = state_->loop_of(loop);
}

SliceResult Session::run_slice(std::uint64_t budget) {
  if (!started_) start();
  if (finished_) return {SliceState::Finished, 0};
  rt::EventLoop* loop = L(loop_);
  rt::Future* main = modules::future_of(vm_->pinned(task_pin_)).get();
  for (std::uint64_t i = 0; i < budget; i++) {
    if (!main_done_ && main->done()) {
      main_done_ = true;
      rt::Result r = main->result();
      if (r.exc) {
        lang::Value e = modules::from_rt(r.exc);
        if (vm_->isInstance(e, vm_->eSystemExit)) {
          finish(0);
        } else {
          vm_->printException(e);
          finish(1);
        }
        return {SliceState::Finished, 0};
      }
    }
    bool more = loop->run_once(!opts_.real_clock ? true : false);
    rt::StopReason why = loop->stop_reason();
    if (why == rt::StopReason::Livelock) {
      err("coroscope: livelock: the loop never idles while a timer is pending\n");
      finish(3);
      return {SliceState::Finished, 0};
    }
    if (!more) {
      if (!main->done()) {
        err("coroscope: deadlock: the top-level code waits for something that can never "
            "happen\n");
        finish(3);
        return {SliceState::Finished, 0};
      }
      if (main_done_) {
        finish(0);
        return {SliceState::Finished, 0};
      }
    }
    if (opts_.real_clock && loop->ready_count() == 0) {
      auto next = loop->next_deadline();
      if (next && *next > loop->time()) return {SliceState::Waiting, *next};
    }
  }
  return {SliceState::Running, 0};
}

int Session::run() {
  if (!started_) start();
  while (!finished_) {
    SliceResult r = run_slice(1000);
    if (r.state == SliceState::Waiting) L(loop_)->clock().advance_to(r.until);
  }
  return status_;
}

void Session::finish(int status) {
  finished_ = true;
  status_ = status;
  if (opts_.max_steps && vm_->steps > opts_.max_steps) {
    err("coroscope: stopped: the program exceeded its step limit of " +
        std::to_string(opts_.max_steps) + " interpreter steps (--max-steps)\n");
    if (!status_) status_ = 1;
  }
  vm_->maxSteps = 0;  // the teardown below may run Python code (exception handlers)
  if (task_pin_) {
    vm_->unpin(task_pin_);
    task_pin_ = 0;
  }
  // Reports what CPython reports when the interpreter exits: tasks whose exception was never
  // retrieved, pending tasks destroyed.
  state_->shutdown();
}

double Session::loop_time() const { return loop_ ? L(loop_)->time() : 0.0; }

Timeline Session::timeline() {
  if (!recorder_) return {};
  return recorder_->finish();
}

}  // namespace coroscope::host
