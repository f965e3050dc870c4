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

void TraceStream::clear() {
  records_.clear();
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

TraceRecord& TraceStream::add(EventKind kind, const rt::TraceEvent& e, std::uint32_t sm) {
  std::uint64_t it = last_iteration_;
  if (e.iteration != ~std::uint64_t(0)) {
    if (e.iteration < last_raw_) offset_ = last_iteration_ + 1 - e.iteration;  // a new loop
    last_raw_ = e.iteration;
    it = last_iteration_ = e.iteration + offset_;
  }
  ++total_;
  records_.push_back(
      {e.time, u32(it), static_cast<std::uint32_t>(kind) | (sm & kSmallMax) << 8, 0, 0, 0, 0});
  return records_.back();
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
    case TraceKind::StepEnd: {
      TraceRecord& r =
          add(e.kind == TraceKind::StepBegin ? EventKind::Step : EventKind::Suspend, e, e.flag);
      r.a = u32(e.task);
      r.b = u32(e.line > 0 ? e.line : 0);
      break;
    }
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
      TraceRecord& r = add(EventKind::Done, e, e.flag);
      r.a = u32(e.task);
      r.b = t;
      break;
    }
    case TraceKind::Ready: {
      std::uint32_t lab = label(e.label);
      TraceRecord& r = add(EventKind::Ready, e, e.flag);
      r.a = u32(e.other);
      r.b = lab;
      r.c = u32(e.task);
      break;
    }
    case TraceKind::Run:
      add(EventKind::Run, e).a = u32(e.other);
      break;
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
