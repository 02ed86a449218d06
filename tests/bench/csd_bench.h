#pragma once

// Saving and opening a design's .csd file, timed: one body for every benchmark that measures them.
#include "io/csd_file.h"

#include <benchmark/benchmark.h>
#include <filesystem>
#include <string>
#include <unistd.h>

namespace cs::bench {

// A file in the temporary folder, unique to this process.
inline std::filesystem::path scratchCsd(const char* name) {
    return std::filesystem::temp_directory_path() /
           (std::string(name) + "-" + std::to_string(::getpid()) + ".csd");
}

// Each iteration saves `design`; the file's size goes into the counters.
inline void timeSaveCsd(benchmark::State& state, const Design& design, const char* name) {
    const auto path = scratchCsd(name);
    for (auto _ : state)
        saveCsd(design, path);
    state.counters["file_MiB"] = static_cast<double>(std::filesystem::file_size(path)) / (1 << 20);
    std::filesystem::remove(path);
}

// Each iteration opens `design` saved once.
inline void timeOpenCsd(benchmark::State& state, const Design& design, const char* name) {
    const auto path = scratchCsd(name);
    saveCsd(design, path);
    for (auto _ : state)
        benchmark::DoNotOptimize(openCsd(path));
    std::filesystem::remove(path);
}

} // namespace cs::bench
