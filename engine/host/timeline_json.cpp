#include "host/timeline_json.hpp"

#include <cstdio>

#include "host/chrome_trace.hpp"
#include "num/float_format.hpp"

namespace coroscope::host {
namespace {

std::string stamp(const Stamp& s) {
  std::string out = "[";
  out.append(num::float_to_string(s.time, 'g', 9, 0)).append(",");
  out.append(std::to_string(s.iteration)).append(",").append(std::to_string(s.seq));
  return out.append("]");
}

const char* kind_name(LaneKind k) {
  switch (k) {
    case LaneKind::Loop:
      return "loop";
    case LaneKind::Task:
      return "task";
    case LaneKind::Thread:
      return "thread";
  }
  return "?";
}

const char* outcome_name(Outcome o) {
  switch (o) {
    case Outcome::Pending:
      return "pending";
    case Outcome::Result:
      return "result";
    case Outcome::Exception:
      return "exception";
    case Outcome::Cancelled:
      return "cancelled";
  }
  return "?";
}

}  // namespace

// Built with append() only: GCC 12 reports false -Wrestrict positives on chains of
// std::string operator+ (GCC bug 105329).
std::string to_json(const Timeline& t) {
  std::string out = "{\"real\":";
  out.append(t.real_clock ? "true" : "false").append(",\"end\":").append(stamp(t.end));
  out.append(",\"lanes\":[");
  for (std::size_t i = 0; i < t.lanes.size(); ++i) {
    const Lane& l = t.lanes[i];
    if (i) out += ',';
    out.append("{\"kind\":\"").append(kind_name(l.kind)).append("\",\"name\":");
    out.append(json_string(l.name)).append(",\"creator\":").append(std::to_string(l.creator));
    out.append(",\"outcome\":\"").append(outcome_name(l.outcome)).append("\",\"text\":");
    out.append(json_string(l.outcome_text)).append("}");
  }
  out.append("],\"spans\":[");
  for (std::size_t i = 0; i < t.spans.size(); ++i) {
    const Span& s = t.spans[i];
    if (i) out += ',';
    out.append("[").append(std::to_string(s.lane)).append(",\"").append(to_string(s.kind));
    out.append("\",").append(stamp(s.begin)).append(",").append(stamp(s.end)).append(",");
    out.append(json_string(s.label)).append("]");
  }
  out.append("],\"marks\":[");
  for (std::size_t i = 0; i < t.marks.size(); ++i) {
    const Mark& m = t.marks[i];
    if (i) out += ',';
    out.append("[").append(std::to_string(m.lane)).append(",\"").append(to_string(m.kind));
    out.append("\",").append(stamp(m.at)).append(",").append(json_string(m.label)).append("]");
  }
  out.append("],\"flows\":[");
  for (std::size_t i = 0; i < t.flows.size(); ++i) {
    const Flow& f = t.flows[i];
    if (i) out += ',';
    out.append("[\"").append(f.kind == FlowKind::Spawn ? "spawn" : "wake").append("\",");
    out.append(std::to_string(f.from)).append(",").append(std::to_string(f.to)).append(",");
    out.append(stamp(f.from_at)).append(",").append(stamp(f.to_at)).append("]");
  }
  out.append("]}");
  return out;
}

}  // namespace coroscope::host
