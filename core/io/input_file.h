#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace cs {

// The largest file a reader accepts. A generated 8,192-GPU design is 9 MB as JSON and 5 MB as .csd, so a
// 100,000-GPU cluster stays near 110 MB; ten times that is refused before it is read into memory.
inline constexpr std::uint64_t kMaxInputFileBytes = std::uint64_t{1} << 30;

// Reads a whole input file. Only regular files of at most kMaxInputFileBytes are read: a FIFO, device or
// directory is refused without blocking on it. Every failure is an InputError naming the file.
std::string readInputFile(const std::filesystem::path& path);

// The first `bytes` bytes (fewer when the file is shorter), with the same checks.
std::string readInputFileStart(const std::filesystem::path& path, std::size_t bytes);

} // namespace cs
