#pragma once

// What the fuzz harnesses share: the shipped catalogs, a scratch folder, and the promise every reader makes
// about what it accepts. A broken promise aborts, which libFuzzer (and the replay driver) report as a crash.
#include "estimate/plan.h"
#include "model/catalog.h"
#include "model/design.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace cs::fuzz {

// The catalogs the project ships (loaded once).
const Catalog& library();

// A folder of this process for files the harnesses write (in /dev/shm when there is one: saves sync).
const std::filesystem::path& scratchFolder();

std::string_view asText(const std::uint8_t* data, std::size_t size);
void writeFile(const std::filesystem::path& path, std::string_view content);

// Stops the process with `what` when `condition` is false.
void require(bool condition, const std::string& what);

// Whatever opens must also save, export and validate: the design's JSON text reads back to the same text
// (when its catalog entries are the library's, which JSON refers to), a .csd save opens to the same design,
// the validator and the summary run, and every scenario either gives a plan that the estimator runs on or an
// InputError.
void requireUsable(const Design& design);

// Runs the estimator on a plan the reader accepted, as `estimate` does (training, inference, a small sweep).
void requireEstimates(const Plan& plan);

} // namespace cs::fuzz
