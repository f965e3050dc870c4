#include "host/chrome_trace.hpp"

#include <algorithm>
#include <cstdio>
#include <unordered_map>
#include <vector>

#include "num/float_format.hpp"
#include "num/hex.hpp"

namespace coroscope::host {

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          out += "\\u";
          num::append_hex(out, c, 4);
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

namespace {

constexpr double kStepUs = 1.0;

std::string number(double v) { return num::float_to_string(v, 'f', 3, 0); }

}  // namespace

std::string to_chrome_trace(const Timeline& t) {
  // The trace clock: stamps in trace order, each at least kStepUs after the one before.
  std::vector<const Stamp*> stamps;
  for (const Span& s : t.spans) stamps.push_back(&s.begin), stamps.push_back(&s.end);
  for (const Mark& m : t.marks) stamps.push_back(&m.at);
  for (const Flow& f : t.flows) stamps.push_back(&f.from_at), stamps.push_back(&f.to_at);
  std::sort(stamps.begin(), stamps.end(),
            [](const Stamp* a, const Stamp* b) { return a->seq < b->seq; });
  std::unordered_map<std::uint64_t, double> at;
  double x = -kStepUs;
  for (const Stamp* s : stamps) {
    if (at.count(s->seq)) continue;
    x = std::max(s->time * 1e6, x + kStepUs);
    at[s->seq] = x;
  }
  auto ts = [&](const Stamp& s) { return at[s.seq]; };

  std::string out = "{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n";
  bool first = true;
  auto emit = [&](const std::string& event) {
    if (!first) out += ",\n";
    first = false;
    out += event;
  };
  emit(R"({"ph":"M","pid":1,"name":"process_name","args":{"name":"Coroscope run"}})");
  for (std::size_t lane = 0; lane < t.lanes.size(); ++lane) {
    const std::string tid = std::to_string(lane + 1);
    emit(R"({"ph":"M","pid":1,"tid":)" + tid + R"(,"name":"thread_name","args":{"name":)" +
         json_string(t.lanes[lane].name) + "}}");
    emit(R"({"ph":"M","pid":1,"tid":)" + tid +
         R"(,"name":"thread_sort_index","args":{"sort_index":)" + std::to_string(lane) + "}}");
  }
  for (const Span& s : t.spans) {
    const double begin = ts(s.begin), end = ts(s.end);
    std::string name = to_string(s.kind);
    if (!s.label.empty()) name += ": " + s.label;
    emit(R"({"ph":"X","pid":1,"tid":)" + std::to_string(s.lane + 1) + R"(,"ts":)" + number(begin) +
         R"(,"dur":)" + number(end - begin) + R"(,"name":)" + json_string(name) + R"(,"cat":)" +
         json_string(to_string(s.kind)) + R"(,"args":{"loop_time":)" + number(s.begin.time) +
         R"(,"iteration":)" + std::to_string(s.begin.iteration) + "}}");
  }
  for (const Mark& m : t.marks) {
    std::string name = to_string(m.kind);
    if (!m.label.empty()) name += ": " + m.label;
    emit(R"({"ph":"i","s":"t","pid":1,"tid":)" + std::to_string(m.lane + 1) + R"(,"ts":)" +
         number(ts(m.at)) + R"(,"name":)" + json_string(name) + R"(,"cat":"mark"})");
  }
  int flow_id = 0;
  for (const Flow& f : t.flows) {
    const std::string id = std::to_string(++flow_id);
    const char* name = f.kind == FlowKind::Spawn ? "create_task" : "wake-up";
    emit(R"({"ph":"s","pid":1,"tid":)" + std::to_string(f.from + 1) + R"(,"ts":)" +
         number(ts(f.from_at)) + R"(,"id":)" + id + R"(,"name":")" + name + R"(","cat":"flow"})");
    emit(R"({"ph":"f","bp":"e","pid":1,"tid":)" + std::to_string(f.to + 1) + R"(,"ts":)" +
         number(ts(f.to_at)) + R"(,"id":)" + id + R"(,"name":")" + name + R"(","cat":"flow"})");
  }
  out += "\n]}\n";
  return out;
}

}  // namespace coroscope::host
