// What a wait, a wake-up or a queued callback is called in the trace and in the deadlock report:
// `Lock.acquire`, `sleep(1.0)`, `gather(3 children)`, `print_later()`. One table per program run
// (it lives in the Language), so that a label keeps its id across the run's event loops and a host
// can send each text once. Ids are small integers; 0 is "no label".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace coroscope::rt {

using Label = std::uint32_t;

class Labels {
 public:
  Labels() : texts_(1) {}
  // A string literal (or any string that lives as long as the run): looked up by address, so the
  // runtime's own labels cost a pointer hash.
  Label literal(const char* text) {
    auto [it, fresh] = by_address_.try_emplace(text, 0);
    if (fresh) it->second = intern(text);
    return it->second;
  }
  // Any text: equal texts share an id.
  Label intern(std::string_view text) {
    auto it = by_text_.find(std::string(text));
    if (it != by_text_.end()) return it->second;
    Label id = static_cast<Label>(texts_.size());
    texts_.emplace_back(text);
    by_text_.emplace(texts_.back(), id);
    return id;
  }
  const std::string& text(Label id) const { return texts_[id < texts_.size() ? id : 0]; }
  std::size_t size() const noexcept { return texts_.size(); }

 private:
  std::vector<std::string> texts_;
  std::unordered_map<std::string, Label> by_text_;
  std::unordered_map<const void*, Label> by_address_;
};

}  // namespace coroscope::rt
