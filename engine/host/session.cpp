#include "host/session.hpp"

#include <chrono>
#include <memory>
#include <thread>

#include "host/host_clock.hpp"
#include "lang/compiler.hpp"
#include "lang/containers.hpp"
#include "lang/parser.hpp"
#include "lang/vm.hpp"
#include "modules/frozen.hpp"
#include "modules/loop_wait.hpp"
#include "modules/modules.hpp"
#include "modules/py_value.hpp"
#include "modules/trace_text.hpp"
#include "runtime/deadlock.hpp"

namespace coroscope::host {

using lang::Value;

namespace {

rt::EventLoop* L(void* p) { return static_cast<rt::EventLoop*>(p); }

}  // namespace

Session::Session(std::string source, SessionOptions opts)
    : source_(std::move(source)), opts_(std::move(opts)) {}

Session::~Session() {
  // Stopped while __main__ waits: the loop stops running so that shutdown can close it.
  if (wait_) wait_->loop->end_until(wait_->future, wait_id_);
  wait_.reset();
  if (state_) state_->shutdown();
  state_.reset();
  vm_.reset();
}

namespace {

// What the page's console counts: a JavaScript string's length.
std::int64_t utf16_length(const std::string& s) {
  std::int64_t n = 0;
  for (unsigned char c : s) n += ((c & 0xC0) != 0x80) + (c >= 0xF0);
  return n;
}

}  // namespace

void Session::trace_print(const std::string& s, bool is_err) {
  rt::TraceEvent e{.kind = rt::TraceKind::Print,
                   .flag = std::uint8_t(is_err ? 1 : 0),
                   .count = utf16_length(s),
                   .line = vm_ ? modules::current_line(*vm_) : 0};
  rt::EventLoop* loop = rt::get_running_loop();
  if (loop && loop->tracing()) {
    e.task = loop->current_task_id();
    loop->emit(std::move(e));
    return;
  }
  // Outside the loop (module code): at the program's clock, in the last iteration seen.
  e.iteration = ~std::uint64_t(0);
  e.time = state_ && state_->clock ? state_->clock->now() : 0.0;
  trace_->on_event(e);
}

void Session::out(const std::string& s) {
  if (trace_ && !s.empty()) trace_print(s, false);
  if (on_stdout) on_stdout(s);
}

void Session::err(const std::string& s) {
  if (trace_ && !s.empty()) trace_print(s, true);
  if (on_stderr) on_stderr(s);
}

void Session::start() {
  started_ = true;
  vm_ = std::make_unique<lang::VM>();
  vm_->writeOut = [this](const std::string& s) { out(s); };
  vm_->writeErr = [this](const std::string& s) { err(s); };
  vm_->hasStdin = opts_.has_stdin;
  vm_->stdinData = opts_.stdin_text;
  vm_->maxSteps = opts_.max_steps;
  modules::Options mo;
  mo.real_clock = opts_.real_clock;
  mo.speed = opts_.speed;
  mo.cpu_time = opts_.cpu_time;
  state_ = modules::install(*vm_, mo);
  if (opts_.frozen) modules::register_frozen_modules(*vm_, opts_.frozen);
  for (const auto& [name, source] : opts_.modules)
    modules::register_module_source(*vm_, name, source);
  // As CPython imports sitecustomize from sys.path at startup: the simulated world's puts the
  // simulated network's streams into asyncio (engine/modules/sim/sitecustomize.py).
  if (vm_->moduleFactories.count("sitecustomize")) vm_->importModule(vm_->intern("sitecustomize"));
  if (opts_.real_clock && opts_.never_block) {
    auto clock = std::make_unique<HostClock>(opts_.speed);
    host_clock_ = clock.get();
    state_->clock = std::move(clock);
  }
  if (opts_.tracing) {
    trace_ = std::make_unique<TraceStream>(state_->lang);
    state_->opts.tracer = trace_.get();
  }

  lang::VM& vm = *vm_;
  auto src = lang::Source::make(opts_.filename, source_);
  lang::AstArena arena;
  lang::SyntaxErrorInfo serr;
  lang::Node* tree = lang::parseModule(source_, arena, serr);
  lang::Code* code = tree ? lang::compileModule(vm, tree, src, serr, true) : nullptr;
  // An ordinary file is compiled as the interpreter's own entry point compiles it.
  if (code && !code->isCoroutine) code = lang::compileModule(vm, tree, src, serr, false);
  if (!code) {
    // A syntax error: the interpreter's entry point reports it exactly as it does.
    finish(vm.runMain(source_, opts_.filename));
    return;
  }
  notebook_ = code->isCoroutine;
  vm.mainModule = vm.newModule("__main__");
  lang::Dict* g = vm.mainModule->dict;
  lang::dictSetStr(vm, g, vm.intern("__file__"), vm.newStr(opts_.filename));
  lang::dictSetStr(vm, g, vm.intern("__builtins__"), Value::obj(vm.builtins));
  lang::dictSetStr(vm, vm.modules, vm.intern("__main__"), Value::obj(vm.mainModule));
  if (!notebook_) {
    main_returned(vm.runSuspendable(code, g));
    return;
  }
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

// __main__ finished, or suspended in a call that waits for a loop: the slices drive that loop
// from here (begin_until, step, end_until: run_until_complete's own pieces).
void Session::main_returned(Value r) {
  if (!vm_->suspended()) {
    finish(vm_->mainExitStatus(r));
    return;
  }
  wait_.reset(static_cast<modules::LoopWait*>(vm_->hostRequest.release()));
  wait_id_ = wait_->loop->begin_until(wait_->future);
}

void Session::resume_main() {
  rt::Result outcome = wait_->loop->end_until(wait_->future, wait_id_);
  std::unique_ptr<modules::LoopWait> w = std::move(wait_);
  Value v = w->complete(outcome);
  w.reset();
  main_returned(vm_->resumeSuspended(v));
}

// Whether the slice should end here to let the wall clock catch up (real clock, never_block):
// the clock ran ahead (time.sleep), or the loop is idle until a timer.
bool Session::pause(rt::EventLoop* loop, SliceResult& out) const {
  if (!host_clock_) return false;
  double until = loop->time();
  if (host_clock_->lead() <= 0 && loop->ready_count() == 0) {
    auto next = loop->next_deadline();
    if (next && *next > until) until = *next;
  }
  double wait = host_clock_->wall_seconds_until(until);
  if (wait <= 0) return false;
  out = {SliceState::Waiting, until, wait};
  return true;
}

SliceResult Session::run_slice(std::uint64_t budget) {
  if (!started_) start();
  if (finished_) return {SliceState::Finished, 0, 0};
  return notebook_ ? notebook_slice(budget) : script_slice(budget);
}

SliceResult Session::script_slice(std::uint64_t budget) {
  SliceResult out;
  for (std::uint64_t i = 0; i < budget; i++) {
    if (finished_) return {SliceState::Finished, 0, 0};
    rt::EventLoop* loop = wait_->loop;
    if (!loop->step(!host_clock_)) {
      if (loop->stop_reason() == rt::StopReason::Deadlock) {
        deadlock(loop);
        return {SliceState::Finished, 0, 0};
      }
      if (loop->stop_reason() == rt::StopReason::TimeLimit) {
        // As a deadlock: CPython would sleep for ever (or for longer than anyone waits).
        err("coroscope: " + loop->time_limit_message() + "\n");
        wait_->loop->end_until(wait_->future, wait_id_);
        wait_.reset();
        finish(3);
        return {SliceState::Finished, 0, 0};
      }
      resume_main();
      continue;
    }
    if (pause(loop, out)) return out;
  }
  return {finished_ ? SliceState::Finished : SliceState::Running, 0, 0};
}

SliceResult Session::notebook_slice(std::uint64_t budget) {
  rt::EventLoop* loop = L(loop_);
  rt::Future* main = modules::future_of(vm_->pinned(task_pin_)).get();
  for (std::uint64_t i = 0; i < budget; i++) {
    if (!main_done_ && main->done()) {
      main_done_ = true;
      rt::Result r = main->result();
      if (r.exc) {
        lang::Value e = modules::from_rt(r.exc);
        // As if __main__ raised it: SystemExit's code is the status, anything else is printed.
        vm_->pending = e;
        main_returned(Value::err());
        return {SliceState::Finished, 0, 0};
      }
    }
    bool more = loop->run_once(!opts_.real_clock ? true : false);
    rt::StopReason why = loop->stop_reason();
    if (why == rt::StopReason::Livelock || why == rt::StopReason::TimeLimit) {
      err(why == rt::StopReason::Livelock
              ? "coroscope: livelock: the loop never idles while a timer is pending\n"
              : "coroscope: " + loop->time_limit_message() + "\n");
      finish(3);
      return {SliceState::Finished, 0, 0};
    }
    if (!more) {
      if (!main->done()) {
        deadlock(loop);
        return {SliceState::Finished, 0, 0};
      }
      if (main_done_) {
        finish(0);
        return {SliceState::Finished, 0, 0};
      }
    }
    SliceResult out;
    if (host_clock_) {
      if (pause(loop, out)) return out;
    } else if (opts_.real_clock && loop->ready_count() == 0) {
      auto next = loop->next_deadline();
      if (next && *next > loop->time()) return {SliceState::Waiting, *next, 0};
    }
  }
  return {SliceState::Running, 0, 0};
}

int Session::run() {
  if (!started_) start();
  while (!finished_) {
    SliceResult r = run_slice(1000);
    if (r.state != SliceState::Waiting) continue;
    if (host_clock_)
      std::this_thread::sleep_for(std::chrono::duration<double>(r.wait));
    else
      L(loop_)->clock().advance_to(r.until);
  }
  return status_;
}

// Every task left waits for something no one can bring about: say so (CPython would hang) and
// end with status 3, as the reference runner does. __main__ stays where it waits.
void Session::deadlock(rt::EventLoop* loop) {
  rt::Deadlock d = rt::find_deadlock(*loop);
  if (loop->tracing()) {
    std::vector<std::uint64_t> ids = d.ids();
    loop->emit({.kind = rt::TraceKind::Deadlock, .ids = &ids, .cycle = &d.cycle});
  }
  err(d.report());
  if (wait_) {
    wait_->loop->end_until(wait_->future, wait_id_);
    wait_.reset();
  }
  finish(3);
}

void Session::finish(int status) {
  finished_ = true;
  status_ = status;
  if (opts_.max_steps && vm_->steps > opts_.max_steps) {
    err("coroscope: stopped: the program exceeded its step limit of " +
        std::to_string(opts_.max_steps) + " interpreter steps (" + opts_.max_steps_hint + ")\n");
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

double Session::loop_time() const {
  if (wait_) return wait_->loop->time();
  return loop_ ? L(loop_)->time() : 0.0;
}

double Session::output_delay() const { return host_clock_ ? host_clock_->lead() : 0.0; }

Timeline Session::timeline() {
  if (!trace_) return {};
  TraceDecoder d;
  d.feed(*trace_);
  return build_timeline(d.events, opts_.real_clock);
}

}  // namespace coroscope::host
