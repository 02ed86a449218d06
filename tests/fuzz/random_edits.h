#pragma once

// Random edit sessions on a design, for the edit fuzzing of the core test suite (seeded) and of the fuzz
// harness (driven by libFuzzer's bytes): each step is a new edit, an undo or a redo, made of the same core
// operations as the studio's commands.
#include "model/catalog.h"
#include "model/design.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace cs::fuzz {

// Picks a number in [0, bound) for each choice a session makes.
using Chooser = std::function<std::uint32_t(std::uint32_t bound)>;

struct EditSessionResult {
    int edits_applied = 0, edits_refused = 0, undos = 0, redos = 0;
    std::optional<std::string> violation; // the first broken invariant, if any
};

// Runs `steps` steps on `design` and checks after each that the incremental validator equals a full run and
// that a refused edit changed nothing; at the end everything is undone, which must give the original JSON
// text back.
EditSessionResult runEditSession(Design design, const Catalog& library, const Chooser& choose, int steps);

} // namespace cs::fuzz
