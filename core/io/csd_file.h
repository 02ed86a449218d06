#pragma once

#include "model/design.h"

#include <filesystem>

namespace cs {

// The .csd project file: one SQLite database holding the design, the catalog entries it uses and the view
// state. Version 2 is current; version 1 files (no view table, no cable lengths) are migrated on open.
inline constexpr int kCsdSchemaVersion = 3;

// Saves in one transaction into a temporary file that then replaces `path`: a failed save leaves the old
// file.
void saveCsd(const Design& design, const std::filesystem::path& path);

// Opens a project file as untrusted input (SQLite's defensive mode, no triggers or views, integrity check,
// every value type- and range-checked). A damaged, foreign or newer file is an InputError naming the file and
// cause.
Design openCsd(const std::filesystem::path& path);

} // namespace cs
