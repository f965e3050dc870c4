#include "host/ascii_timeline.hpp"

#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

#include "num/float_format.hpp"

namespace coroscope::host {
namespace {

// Higher wins when several things share a column.
int weight(char c) {
  switch (c) {
    case 'X':
      return 9;
    case 'C':
      return 8;
    case '#':
      return 7;
    case 'B':
      return 6;
    case '!':
      return 5;
    case 's':
      return 4;
    case '-':
      return 3;
    case '.':
      return 2;
    default:
      return 0;
  }
}

char glyph(SpanKind k) {
  switch (k) {
    case SpanKind::Run:
      return '#';
    case SpanKind::Wait:
      return '-';
    case SpanKind::Ready:
      return '.';
    case SpanKind::Blocked:
      return 'B';
    case SpanKind::Sleep:
      return 's';
  }
  return '?';
}

std::string format_time(double t) { return num::float_to_string(t, 'g', 6, 0); }

}  // namespace

std::string render_ascii(const Timeline& t, int width) {
  // Ticks: the distinct (time, iteration) points at which anything happened.
  std::vector<std::pair<double, std::uint64_t>> ticks;
  auto add = [&](const Stamp& s) { ticks.emplace_back(s.time, s.iteration); };
  for (const Span& s : t.spans) add(s.begin), add(s.end);
  for (const Mark& m : t.marks) add(m.at);
  if (ticks.empty()) return "(no tasks ran)\n";
  std::sort(ticks.begin(), ticks.end());
  ticks.erase(std::unique(ticks.begin(), ticks.end()), ticks.end());

  // The loop's lane is shown only when the loop was blocked.
  std::vector<bool> shown(t.lanes.size(), true);
  shown[0] = false;
  for (const Span& s : t.spans) {
    if (s.lane == 0) shown[0] = true;
  }
  std::size_t name_width = 4;
  for (std::size_t lane = 0; lane < t.lanes.size(); ++lane) {
    if (shown[lane])
      name_width = std::max(name_width, std::min<std::size_t>(t.lanes[lane].name.size(), 20));
  }
  // Columns: each tick gets up to 4 (the iterations at one loop time side by side), and the
  // time between two instants gets a gap in proportion to its length, so waiting shows. Past the
  // width, ticks share columns and gaps vanish.
  const auto n = ticks.size();
  const int avail = std::max(8, width - static_cast<int>(name_width) - 2);
  const int per_tick = std::clamp(avail / (2 * static_cast<int>(n)), 1, 4);
  std::vector<int> start(n);
  int columns = 0;
  if (n <= static_cast<std::size_t>(avail)) {
    const int budget = avail - static_cast<int>(n) * per_tick;
    const double total = ticks.back().first - ticks.front().first;
    for (std::size_t i = 0; i < n; ++i) {
      if (i > 0 && ticks[i].first > ticks[i - 1].first && total > 0 && budget > 0) {
        const double share = (ticks[i].first - ticks[i - 1].first) / total;
        columns += std::max(1, static_cast<int>(share * budget * 0.9));
      }
      start[i] = columns;
      columns += per_tick;
    }
  } else {
    for (std::size_t i = 0; i < n; ++i)
      start[i] = static_cast<int>(i * static_cast<std::size_t>(avail) / n);
    columns = avail;
  }
  auto column_of_tick = [&](std::size_t i) { return start[i]; };
  auto column = [&](const Stamp& s) {
    return column_of_tick(static_cast<std::size_t>(
        std::lower_bound(ticks.begin(), ticks.end(), std::make_pair(s.time, s.iteration)) -
        ticks.begin()));
  };

  std::vector<std::string> rows(t.lanes.size(), std::string(columns, ' '));
  auto paint = [&](int lane, int col, char c) {
    char& cell = rows[lane][col];
    if (weight(c) > weight(cell)) cell = c;
  };
  for (const Span& s : t.spans) {
    // A step fills its tick's columns; other spans run up to the tick where they end.
    const int a = column(s.begin);
    const int b = column(s.end) + (s.kind == SpanKind::Run ? per_tick - 1 : 0);
    const char c = glyph(s.kind);
    for (int col = a; col <= std::min(b, columns - 1); ++col) paint(s.lane, col, c);
  }
  for (const Mark& m : t.marks) {
    // Outcomes land at the end of their tick, after the step that produced them.
    const int col = std::min(column(m.at) + per_tick - 1, columns - 1);
    if (m.kind == MarkKind::Exception) paint(m.lane, col, 'X');
    if (m.kind == MarkKind::Cancelled) paint(m.lane, col, 'C');
    if (m.kind == MarkKind::Cancel) paint(m.lane, col, '!');
  }

  // Time axis: label a column where loop time moves on, if the label fits.
  std::string axis(columns + 16, ' ');
  double last = -1;
  int free_from = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const int col = column_of_tick(i);
    if (ticks[i].first == last) continue;
    last = ticks[i].first;
    const std::string label = format_time(last);
    if (col < free_from) continue;
    axis.replace(col, label.size(), label);
    free_from = col + static_cast<int>(label.size()) + 1;
  }
  while (!axis.empty() && axis.back() == ' ') axis.pop_back();

  std::string out;
  auto pad = [&](std::string s) {
    if (s.size() > name_width) s = s.substr(0, name_width - 1) + "~";
    s.resize(name_width, ' ');
    return s;
  };
  out += pad("time") + "  " + axis + "\n";
  for (std::size_t lane = 0; lane < t.lanes.size(); ++lane) {
    const Lane& l = t.lanes[lane];
    std::string row = rows[lane];
    if (!shown[lane]) continue;
    while (!row.empty() && row.back() == ' ') row.pop_back();
    std::string tail;
    switch (l.outcome) {
      case Outcome::Result:
        tail = "  -> " + l.outcome_text;
        break;
      case Outcome::Exception:
        tail = "  raised " + l.outcome_text;
        break;
      case Outcome::Cancelled:
        tail = "  cancelled";
        break;
      case Outcome::Pending:
        if (l.kind == LaneKind::Task) tail = "  (pending)";
        break;
    }
    out += pad(l.name) + "  " + row + tail + "\n";
  }
  out += "# running  . ready  - waiting  ! cancel requested  X raised  C cancelled";
  out += "  B loop blocked  s thread sleeping\n";
  return out;
}

}  // namespace coroscope::host
