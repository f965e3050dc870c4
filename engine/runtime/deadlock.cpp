#include "runtime/deadlock.hpp"

#include <algorithm>

#include "runtime/event_loop.hpp"

namespace coroscope::rt {

namespace {

// The stuck task with this id: tasks are listed in creation order, so ids increase.
const StuckTask* find(const std::vector<StuckTask>& tasks, std::uint64_t id) {
  auto it = std::lower_bound(tasks.begin(), tasks.end(), id,
                             [](const StuckTask& s, std::uint64_t v) { return s.task->id() < v; });
  return it != tasks.end() && (*it).task->id() == id ? &*it : nullptr;
}

}  // namespace

Deadlock find_deadlock(const EventLoop& loop) {
  Deadlock d;
  for (Ref<Task>& t : loop.all_tasks()) {
    StuckTask s;
    s.task = t;
    if (Future* w = t->fut_waiter()) {
      w->waits_on(s.on);
      s.held = !w->is_task() && std::string_view(w->label_text()) == "Lock.acquire";
      s.waits_for = w->is_task() ? static_cast<Task*>(w)->name() : w->label_text();
      if (s.waits_for.empty()) s.waits_for = "Future";
    } else {
      s.waits_for = "its next step";
    }
    d.tasks.push_back(std::move(s));
  }
  // The first cycle a depth-first walk meets, starting from the oldest task.
  std::vector<int> state(d.tasks.size(), 0);  // 0 unseen, 1 on the path, 2 done
  std::vector<std::size_t> path;
  auto walk = [&](auto& self, std::size_t i) -> bool {
    state[i] = 1;
    path.push_back(i);
    for (std::uint64_t next : d.tasks[i].on) {
      const StuckTask* n = find(d.tasks, next);
      if (!n) continue;
      std::size_t j = static_cast<std::size_t>(n - d.tasks.data());
      if (state[j] == 1) {
        auto from = std::find(path.begin(), path.end(), j);
        for (auto p = from; p != path.end(); ++p) d.cycle.push_back(d.tasks[*p].task->id());
        return true;
      }
      if (state[j] == 0 && self(self, j)) return true;
    }
    path.pop_back();
    state[i] = 2;
    return false;
  };
  for (std::size_t i = 0; i < d.tasks.size() && d.cycle.empty(); ++i) {
    if (state[i] == 0) walk(walk, i);
  }
  return d;
}

std::vector<std::uint64_t> Deadlock::ids() const {
  std::vector<std::uint64_t> out;
  for (const StuckTask& s : tasks) out.push_back(s.task->id());
  return out;
}

// Built with append() only, in few steps: it runs once per run, and the engine ships over the
// network.
std::string Deadlock::report() const {
  auto name = [this](std::string& out, std::uint64_t id) {
    const StuckTask* s = find(tasks, id);
    out.append(s ? s->task->name() : std::string("a task that has finished"));
  };
  std::string out = "Deadlock: the program can never finish; every task left is waiting.\n";
  for (const StuckTask& s : tasks) {
    out.append("  ").append(s.task->name());
    std::string coro = s.task->coro() ? s.task->coro()->describe() : std::string();
    if (!coro.empty()) out.append(" (").append(coro).append(")");
    out.append(" waits for ").append(s.waits_for);
    // A task awaited directly is already named; a lock's holder and gather's children are not.
    bool named = s.on.size() == 1 && s.task.get() != nullptr && find(tasks, s.on[0]) &&
                 find(tasks, s.on[0])->task->name() == s.waits_for;
    if (!s.on.empty() && !named) {
      out.append(s.held ? ", held by " : ": ");
      for (std::size_t i = 0; i < s.on.size(); ++i) {
        if (i) out.append(", ");
        name(out, s.on[i]);
      }
    }
    out.append("\n");
  }
  if (!cycle.empty()) {
    out.append("  Cycle:");
    for (std::uint64_t id : cycle) {
      out.append(" ");
      name(out, id);
      out.append(" ->");
    }
    out.append(" ");
    name(out, cycle.front());
    out.append("\n");
  }
  return out;
}

}  // namespace coroscope::rt
