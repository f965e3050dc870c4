#include "runtime/deadlock.hpp"

#include <algorithm>
#include <unordered_map>

#include "runtime/event_loop.hpp"

namespace coroscope::rt {

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
  std::unordered_map<std::uint64_t, std::size_t> index;
  for (std::size_t i = 0; i < d.tasks.size(); ++i) index[d.tasks[i].task->id()] = i;
  std::vector<int> state(d.tasks.size(), 0);  // 0 unseen, 1 on the path, 2 done
  std::vector<std::size_t> path;
  auto walk = [&](auto& self, std::size_t i) -> bool {
    state[i] = 1;
    path.push_back(i);
    for (std::uint64_t next : d.tasks[i].on) {
      auto it = index.find(next);
      if (it == index.end()) continue;
      std::size_t j = it->second;
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

std::string Deadlock::report() const {
  std::unordered_map<std::uint64_t, std::string> names;
  for (const StuckTask& s : tasks) names[s.task->id()] = s.task->name();
  auto name = [&](std::uint64_t id) {
    auto it = names.find(id);
    return it != names.end() ? it->second : std::string("a task that has finished");
  };
  std::string out = "Deadlock: the program can never finish; every task left is waiting.\n";
  for (const StuckTask& s : tasks) {
    out += "  " + s.task->name();
    std::string coro = s.task->coro() ? s.task->coro()->describe() : std::string();
    if (!coro.empty()) out += " (" + coro + ")";
    out += " waits for " + s.waits_for;
    // A task awaited directly is already named; a lock's holder and gather's children are not.
    bool named = s.on.size() == 1 && s.waits_for == name(s.on[0]);
    if (!s.on.empty() && !named) {
      out += s.held ? ", held by " : ": ";
      for (std::size_t i = 0; i < s.on.size(); ++i) out += (i ? ", " : "") + name(s.on[i]);
    }
    out += "\n";
  }
  if (!cycle.empty()) {
    out += "  Cycle:";
    for (std::uint64_t id : cycle) out += " " + name(id) + " ->";
    out += " " + name(cycle.front()) + "\n";
  }
  return out;
}

}  // namespace coroscope::rt
