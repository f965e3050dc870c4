// Chrome Trace Event JSON for Perfetto (`coroscope run --trace OUT.json`): a track per lane named
// after its task, slices for running, ready and waiting (labelled with what was awaited),
// instants for cancels and failures, flow arrows for create_task and wake-ups.
//
// The trace clock is loop time in microseconds, except that every scheduler event is placed at
// least 1 us after the previous one: under the virtual clock a whole loop iteration takes no time
// at all, and this keeps its steps visible and in order.
#pragma once

#include <string>

#include "host/timeline.hpp"

namespace coroscope::host {

std::string to_chrome_trace(const Timeline& t);

// A JSON string literal, quotes included.
std::string json_string(const std::string& s);

}  // namespace coroscope::host
