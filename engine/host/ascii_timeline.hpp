// The terminal view of a timeline (`coroscope run --timeline`): one row per lane, one column per
// loop iteration (compressed to fit the width), with loop time labelled above.
#pragma once

#include <string>

#include "host/timeline.hpp"

namespace coroscope::host {

std::string render_ascii(const Timeline& t, int width = 100);

}  // namespace coroscope::host
