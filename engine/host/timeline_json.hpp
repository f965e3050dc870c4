// The timeline as compact JSON for the page, which draws the same model as the terminal and
// Perfetto views. Stamps are [time, iteration, seq]; kinds are the names to_string() gives.
//
// {"real":false,"end":[t,i,s],
//  "lanes":[{"kind":"task","name":"Task-1","creator":-1,"outcome":"result","text":"None"},...],
//  "spans":[[lane,"running",[t,i,s],[t,i,s],"label"],...],
//  "marks":[[lane,"cancel",[t,i,s],"label"],...],
//  "flows":[["spawn",from,to,[t,i,s],[t,i,s]],...]}
#pragma once

#include <string>

#include "host/timeline.hpp"

namespace coroscope::host {

std::string to_json(const Timeline& t);

}  // namespace coroscope::host
