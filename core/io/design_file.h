#pragma once

#include "model/design.h"

#include <filesystem>

namespace cs {

enum class DesignFormat { Csd, Json };

// The format a path names by its extension (.csd or .json); an InputError for anything else.
DesignFormat designFormatOf(const std::filesystem::path& path);

// Reads a .csd or .json design; JSON designs take their device types from `library`.
Design readDesign(const std::filesystem::path& path, const Catalog& library);
// Writes atomically, in the format the extension names.
void writeDesign(const Design& design, const std::filesystem::path& path);

} // namespace cs
