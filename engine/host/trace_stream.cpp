#include "host/trace_stream.hpp"

#include <cstring>

#include "runtime/future.hpp"
#include "runtime/task.hpp"

namespace coroscope::host {

using rt::TraceKind;

namespace {

std::uint32_t u32(std::uint64_t v) { return static_cast<std::uint32_t>(v); }
std::uint32_t small(std::int64_t v) {
  return v < 0 ? 0 : v > std::int64_t(kSmallMax) ? kSmallMax : std::uint32_t(v);
}
void put_double(TraceRecord& r, double v) {
  std::uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  r.c = u32(bits);
  r.d = u32(bits >> 32);
}

}  // namespace

void TraceStream::grow() {
  std::size_t capacity = capacity_ ? capacity_ * 2 : 1024;
  std::unique_ptr<TraceRecord[]> bigger(new TraceRecord[capacity]);
  if (size_) std::memcpy(bigger.get(), records_.get(), size_ * sizeof(TraceRecord));
  records_ = std::move(bigger);
  capacity_ = capacity;
}

void TraceStream::clear() {
  size_ = 0;
  fusable_ = false;
  strings_.clear();
  first_string_ = next_string_;
}

std::uint32_t TraceStream::text(std::string_view s) {
  strings_.append(s).push_back('\0');
  return next_string_++;
}

std::uint32_t TraceStream::label(rt::Label l) {
  if (!l) return 0;
  if (l >= label_ids_.size()) label_ids_.resize(l + 1, 0);
  if (!label_ids_[l]) label_ids_[l] = text(lang_.labels.text(l));
  return label_ids_[l];
}

std::uint32_t TraceStream::ids(const std::vector<std::uint64_t>& v) {
  if (v.empty()) return 0;
  std::string s;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) s += ',';
    s += std::to_string(v[i]);
  }
  return text(s);
}

std::uint32_t TraceStream::repr(const rt::Value* v) {
  if (!v || !*v) return 0;
  return text(lang_.repr(*v));
}

TraceRecord& TraceStream::add(EventKind kind, std::uint64_t iteration, double time,
                              std::uint32_t sm) {
  if (iteration != last_raw_) {
    if (iteration != ~std::uint64_t(0)) {  // else outside any loop: the last iteration seen
      if (iteration < last_raw_) offset_ = last_iteration_ + 1 - iteration;  // a new loop
      last_raw_ = iteration;
      last_iteration_ = iteration + offset_;
    }
  }
  ++total_;
  fusable_ = false;
  if (size_ == capacity_) grow();
  TraceRecord& r = records_[size_++];
  r = {
      time, u32(last_iteration_), static_cast<std::uint32_t>(kind) | (sm & kSmallMax) << 8, 0, 0, 0,
      0};
  return r;
}

void TraceStream::on_step_event(rt::TraceKind kind, std::uint64_t iteration, double time,
                                std::uint64_t task, std::uint64_t other, std::int64_t line,
                                std::uint8_t flag, rt::Label lab) {
  switch (kind) {
    case TraceKind::Ready: {
      // The next step of the task that just yielded: one record with its suspend.
      if (fusable_ && flag == std::uint8_t(rt::HandleRole::Step) && fusable_task_ == task &&
          (records_[size_ - 1].head & 0xFF) == std::uint32_t(EventKind::Suspend)) {
        TraceRecord& r = records_[size_ - 1];
        r.head |= kSuspendThenReady << 8;
        r.c = u32(other);
        fusable_ = false;
        ++total_;
        return;
      }
      std::uint32_t l = label(lab);
      TraceRecord& r = add(EventKind::Ready, iteration, time, flag);
      r.a = u32(other);
      r.b = l;
      r.c = u32(task);
      return;
    }
    case TraceKind::Run:
      add(EventKind::Run, iteration, time).a = u32(other);
      if (flag != std::uint8_t(rt::HandleRole::Callback)) {
        fusable_ = true;
        fusable_task_ = task;
      }
      return;
    case TraceKind::StepBegin: {
      // Started by the handle just taken from the queue: one record for both.
      if (fusable_ && fusable_task_ == task &&
          (records_[size_ - 1].head & 0xFF) == std::uint32_t(EventKind::Run)) {
        TraceRecord& r = records_[size_ - 1];
        r.c = r.a;
        r.a = u32(task);
        r.b = u32(line > 0 ? line : 0);
        r.head = std::uint32_t(EventKind::Step) | (flag | kStepAfterRun) << 8;
        fusable_ = false;
        ++total_;
        return;
      }
      TraceRecord& r = add(EventKind::Step, iteration, time, flag);
      r.a = u32(task);
      r.b = u32(line > 0 ? line : 0);
      return;
    }
    case TraceKind::StepEnd: {
      TraceRecord& r = add(EventKind::Suspend, iteration, time, flag);
      r.a = u32(task);
      r.b = u32(line > 0 ? line : 0);
      fusable_ = true;  // with the ready of its next step, or with its done
      fusable_task_ = task;
      return;
    }
    default:
      on_event({.kind = kind,
                .flag = flag,
                .iteration = iteration,
                .time = time,
                .task = task,
                .other = other,
                .line = line,
                .label = lab});
  }
}

void TraceStream::on_event(const rt::TraceEvent& e) {
  switch (e.kind) {
    case TraceKind::TaskCreated: {
      auto* t = static_cast<const rt::Task*>(e.future);
      std::uint32_t sm = small(e.line) & (kTaskDefaultName - 1);
      std::uint32_t name;
      if (t->default_name()) {
        sm |= kTaskDefaultName;
        name = u32(t->number());
      } else {
        name = text(t->name());
      }
      std::uint32_t coro = t->coro() ? text(t->coro()->describe()) : 0;
      TraceRecord& r = add(EventKind::Task, e, sm);
      r.a = u32(e.task);
      r.b = name;
      r.c = coro;
      r.d = u32(e.by);
      break;
    }
    case TraceKind::StepBegin:
    case TraceKind::StepEnd:
    case TraceKind::Ready:
    case TraceKind::Run:
      on_step_event(e.kind, e.iteration, e.time, e.task, e.other, e.line, e.flag, e.label);
      break;
    case TraceKind::Blocked: {
      on_.clear();
      e.future->waits_on(on_);
      std::uint32_t sm = 0, lab = 0, on = 0;
      if (e.future->is_task()) {
        sm = kWaitOnTask | kWaitOnOne;
        on = u32(e.future->id());
      } else {
        lab = label(e.future->trace_label());
        if (on_.size() == 1) {
          sm = kWaitOnOne;
          on = u32(on_[0]);
        } else {
          on = ids(on_);
        }
      }
      TraceRecord& r = add(EventKind::Wait, e, sm);
      r.a = u32(e.task);
      r.b = u32(e.other);
      r.c = lab;
      r.d = on;
      break;
    }
    case TraceKind::Woken: {
      std::uint32_t cause = label(e.label);
      std::uint32_t msg = repr(e.value);
      TraceRecord& r = add(EventKind::Wake, e, msg < kSmallMax ? msg : 0);
      r.a = u32(e.task);
      r.b = u32(e.other);
      r.c = cause;
      r.d = u32(e.by);
      break;
    }
    case TraceKind::CancelRequested: {
      std::uint32_t msg = repr(e.value);
      TraceRecord& r = add(EventKind::Cancel, e);
      r.a = u32(e.task);
      r.b = u32(e.by);
      r.c = msg;
      r.d = u32(e.count);
      break;
    }
    case TraceKind::Uncancelled: {
      TraceRecord& r = add(EventKind::Uncancel, e);
      r.a = u32(e.task);
      r.b = u32(e.count);
      break;
    }
    case TraceKind::TaskDone: {
      // A result of None is spelled out; a cancel without a message has no text.
      auto outcome = static_cast<rt::TaskOutcome>(e.flag);
      std::uint32_t t = e.value && *e.value                  ? repr(e.value)
                        : outcome == rt::TaskOutcome::Result ? text("None")
                                                             : 0;
      // The coroutine just returned or raised: one record for its suspend and its done.
      if (fusable_ && fusable_task_ == e.task &&
          (records_[size_ - 1].head & 0xFF) == std::uint32_t(EventKind::Suspend) &&
          records_[size_ - 1].b == 0 && (records_[size_ - 1].head >> 8 & 3) >= 2) {
        TraceRecord& r = records_[size_ - 1];
        std::uint32_t how = r.head >> 8 & 3;
        r.head = std::uint32_t(EventKind::Done) | (e.flag | how << 2 | kDoneAfterSuspend) << 8;
        r.b = t;
        fusable_ = false;
        ++total_;
        break;
      }
      TraceRecord& r = add(EventKind::Done, e, e.flag);
      r.a = u32(e.task);
      r.b = t;
      break;
    }
    case TraceKind::TimerAdded: {
      std::uint32_t lab = label(e.label);
      // The task, when its id fits the small field (else the reader takes the running task).
      TraceRecord& r = add(EventKind::Timer, e, small(std::int64_t(e.task)));
      r.a = u32(e.other);
      r.b = lab;
      put_double(r, e.when);
      break;
    }
    case TraceKind::TimerFired:
      add(EventKind::TimerFired, e).a = u32(e.other);
      break;
    case TraceKind::TimerCancelled:
      add(EventKind::TimerCancelled, e).a = u32(e.other);
      break;
    case TraceKind::LoopBlocked: {
      std::uint32_t lab = label(e.label);
      TraceRecord& r = add(EventKind::Block, e);
      r.a = u32(e.task);
      r.b = lab;
      put_double(r, e.when);
      break;
    }
    case TraceKind::LoopUnblocked:
      add(EventKind::Unblock, e);
      break;
    case TraceKind::LoopIdle:
      put_double(add(EventKind::Idle, e), e.when);
      break;
    case TraceKind::Lane: {
      std::uint32_t lab = label(e.label);
      rt::Label name = lang_.labels.intern(e.name);
      std::uint32_t n = label(name);
      TraceRecord& r = add(EventKind::Thread, e, e.flag);
      r.a = u32(e.other);
      r.b = n;
      r.c = lab;
      break;
    }
    case TraceKind::Print: {
      TraceRecord& r = add(EventKind::Print, e, e.flag);
      r.a = u32(e.task);
      r.b = u32(e.count);
      r.c = u32(e.line > 0 ? e.line : 0);
      break;
    }
    case TraceKind::Deadlock: {
      std::uint32_t tasks = e.ids ? ids(*e.ids) : 0;
      std::uint32_t cycle = e.cycle ? ids(*e.cycle) : 0;
      TraceRecord& r = add(EventKind::Deadlock, e);
      r.a = tasks;
      r.b = cycle;
      break;
    }
  }
}

}  // namespace coroscope::host
