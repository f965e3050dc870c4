#include "host/trace_decode.hpp"

#include <cstring>

namespace coroscope::host {

namespace {

std::vector<std::uint64_t> id_list(const std::string& s) {
  std::vector<std::uint64_t> out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = s.find(',', i);
    if (j == std::string::npos) j = s.size();
    out.push_back(std::stoull(s.substr(i, j - i)));
    i = j + 1;
  }
  return out;
}

double get_double(const TraceRecord& r) {
  std::uint64_t bits = std::uint64_t(r.c) | std::uint64_t(r.d) << 32;
  double v;
  std::memcpy(&v, &bits, sizeof v);
  return v;
}

std::string num(double v) {
  std::string s = std::to_string(v);
  while (s.size() > 1 && s.back() == '0' && s[s.size() - 2] != '.') s.pop_back();
  return s;
}

const char* const kHow[] = {"yield", "block", "return", "raise"};
const char* const kOutcome[] = {"result", "exception", "cancelled"};
const char* const kState[] = {"run", "sleep", "idle"};

}  // namespace

const char* to_string(EventKind k) noexcept {
  static const char* const names[] = {
      "task",    "step",  "suspend", "wait",  "wake",        "cancel",          "uncancel",
      "done",    "ready", "run",     "timer", "timer_fired", "timer_cancelled", "block",
      "unblock", "idle",  "thread",  "print", "deadlock"};
  auto i = static_cast<std::size_t>(k);
  return i < sizeof names / sizeof *names ? names[i] : "?";
}

std::string to_text(const TraceEventView& e,
                    const std::unordered_map<std::uint64_t, std::string>& names) {
  auto name = [&](std::uint64_t id) {
    auto it = names.find(id);
    return it != names.end() ? it->second : "#" + std::to_string(id);
  };
  auto list = [&](const std::vector<std::uint64_t>& v) {
    std::string s = "[";
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + name(v[i]);
    return s + "]";
  };
  std::string s = std::to_string(e.seq) + " t=" + num(e.time) +
                  " i=" + std::to_string(e.iteration) + " " + to_string(e.kind);
  switch (e.kind) {
    case EventKind::Task:
      s += " " + e.name + " " + e.coro + " parent=" + (e.parent ? name(e.parent) : "-") +
           " line=" + std::to_string(e.line);
      break;
    case EventKind::Step:
      s += " " + name(e.task) + " line=" + std::to_string(e.line) + (e.thrown ? " thrown" : "");
      break;
    case EventKind::Suspend:
      s += " " + name(e.task) + " " + e.how + " line=" + std::to_string(e.line);
      break;
    case EventKind::Wait:
      s += " " + name(e.task) + " " + e.label + " on=" + list(e.on);
      break;
    case EventKind::Wake:
      s += " " + name(e.task) + " " + e.cause;
      break;
    case EventKind::Cancel:
      s += " " + name(e.task) + " by=" + (e.by ? name(e.by) : "-") +
           (e.has_message ? " msg=" + e.message : "") + " count=" + std::to_string(e.count);
      break;
    case EventKind::Uncancel:
      s += " " + name(e.task) + " count=" + std::to_string(e.count);
      break;
    case EventKind::Done:
      s += " " + name(e.task) + " " + e.how + " " + e.text;
      break;
    case EventKind::Ready:
      s += " #" + std::to_string(e.id) + " " + e.label;
      break;
    case EventKind::Run:
    case EventKind::TimerFired:
    case EventKind::TimerCancelled:
      s += " #" + std::to_string(e.id);
      break;
    case EventKind::Timer:
      s += " #" + std::to_string(e.id) + " " + e.label + " when=" + num(e.when) +
           (e.task ? " task=" + name(e.task) : "");
      break;
    case EventKind::Block:
      s += " " + e.label + " until=" + num(e.when);
      break;
    case EventKind::Unblock:
      break;
    case EventKind::Idle:
      s += " until=" + num(e.when);
      break;
    case EventKind::Thread:
      s += " " + e.name + " " + e.how + " " + e.label;
      break;
    case EventKind::Print:
      s += " " + e.how + " " + std::to_string(e.count) + (e.task ? " task=" + name(e.task) : "") +
           (e.line ? " line=" + std::to_string(e.line) : "");
      break;
    case EventKind::Deadlock:
      s += " tasks=" + list(e.tasks) + " cycle=" + list(e.cycle);
      break;
  }
  return s;
}

const std::string& TraceDecoder::str(std::uint32_t id) const {
  return strings_[id < strings_.size() ? id : 0];
}

std::string TraceDecoder::task_name(std::uint64_t id) const {
  auto it = names_.find(id);
  return it != names_.end() ? it->second : "task " + std::to_string(id);
}

void TraceDecoder::feed(const TraceRecord* records, std::size_t n, const std::string& strings,
                        std::uint32_t first_string) {
  strings_.resize(first_string);
  for (std::size_t i = 0; i < strings.size();) {
    std::size_t j = strings.find('\0', i);
    strings_.push_back(strings.substr(i, j - i));
    i = j + 1;
  }
  for (std::size_t k = 0; k < n; ++k) {
    const TraceRecord& r = records[k];
    TraceEventView e;
    e.kind = static_cast<EventKind>(r.head & 0xFF);
    const std::uint32_t sm = r.head >> 8;
    e.seq = events.size();
    e.time = r.time;
    e.iteration = r.iteration;
    switch (e.kind) {
      case EventKind::Task:
        e.task = r.a;
        e.name = sm & kTaskDefaultName ? "Task-" + std::to_string(r.b) : str(r.b);
        e.coro = str(r.c);
        e.parent = r.d;
        e.line = sm & (kTaskDefaultName - 1);
        names_[e.task] = e.name;
        break;
      case EventKind::Step:
        if (sm & kStepAfterRun) {  // the run of the handle that started it, first
          TraceEventView run;
          run.kind = EventKind::Run;
          run.seq = events.size();
          run.time = e.time;
          run.iteration = e.iteration;
          run.id = r.c;
          events.push_back(std::move(run));
          e.seq = events.size();
        }
        e.task = r.a;
        e.line = r.b;
        e.thrown = sm & 1;
        running_.push_back(e.task);
        break;
      case EventKind::Suspend:
        e.task = r.a;
        e.line = r.b;
        e.how = kHow[sm & 3];
        if (!running_.empty()) running_.pop_back();
        if (sm & kSuspendThenReady) {  // then the ready of its next step
          TraceEventView ready;
          ready.kind = EventKind::Ready;
          ready.seq = events.size() + 1;
          ready.time = e.time;
          ready.iteration = e.iteration;
          ready.id = r.c;
          ready.task = e.task;
          ready.label = task_name(e.task) + " step";
          events.push_back(std::move(e));
          events.push_back(std::move(ready));
          continue;
        }
        break;
      case EventKind::Wait:
        e.task = r.a;
        e.id = r.b;
        if (sm & kWaitOnOne) {
          e.on.push_back(r.d);
        } else if (r.d) {
          e.on = id_list(str(r.d));
        }
        e.label = sm & kWaitOnTask ? task_name(r.d) : r.c ? str(r.c) : "Future";
        break;
      case EventKind::Wake: {
        e.task = r.a;
        e.id = r.b;
        e.by = r.d;
        std::string cause = str(r.c);
        std::size_t at = cause.find('@');
        if (at != std::string::npos) {
          cause.replace(at, 1, task_name(e.by));
        } else if (e.by) {
          cause += " by " + task_name(e.by);
        }
        if (sm) cause += ": " + str(sm);
        e.cause = cause;
        break;
      }
      case EventKind::Cancel:
        e.task = r.a;
        e.by = r.b;
        e.has_message = r.c != 0;
        e.message = str(r.c);
        e.count = r.d;
        break;
      case EventKind::Uncancel:
        e.task = r.a;
        e.count = r.b;
        break;
      case EventKind::Done:
        if (sm & kDoneAfterSuspend) {  // the suspend that ended its coroutine, first
          TraceEventView s;
          s.kind = EventKind::Suspend;
          s.seq = events.size();
          s.time = e.time;
          s.iteration = e.iteration;
          s.task = r.a;
          s.how = kHow[sm >> 2 & 3];
          if (!running_.empty()) running_.pop_back();
          events.push_back(std::move(s));
          e.seq = events.size();
        }
        e.task = r.a;
        e.how = kOutcome[(sm & 3) < 3 ? sm & 3 : 0];
        e.text = str(r.b);
        break;
      case EventKind::Ready:
        e.id = r.a;
        e.task = r.c;
        e.label = sm == 1   ? task_name(e.task) + " step"
                  : sm == 2 ? task_name(e.task) + " wakeup"
                  : r.b     ? str(r.b)
                            : "callback";
        break;
      case EventKind::Run:
      case EventKind::TimerFired:
      case EventKind::TimerCancelled:
        e.id = r.a;
        break;
      case EventKind::Timer:
        e.id = r.a;
        e.label = r.b ? str(r.b) : "callback";
        e.task = sm != kSmallMax ? sm : running_.empty() ? 0 : running_.back();
        e.when = get_double(r);
        break;
      case EventKind::Block:
        e.task = r.a;
        e.label = str(r.b);
        e.when = get_double(r);
        break;
      case EventKind::Unblock:
        break;
      case EventKind::Idle:
        e.when = get_double(r);
        break;
      case EventKind::Thread:
        e.id = r.a;
        e.name = str(r.b);
        e.label = str(r.c);
        e.how = kState[sm < 3 ? sm : 0];
        break;
      case EventKind::Print:
        e.task = r.a;
        e.count = r.b;
        e.line = r.c;
        e.how = sm ? "stderr" : "stdout";
        break;
      case EventKind::Deadlock:
        if (r.a) e.tasks = id_list(str(r.a));
        if (r.b) e.cycle = id_list(str(r.b));
        break;
    }
    events.push_back(std::move(e));
  }
}

}  // namespace coroscope::host
