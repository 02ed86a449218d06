#pragma once

#include "model/design.h"

#include <string>
#include <string_view>

namespace cs {

// Scenario names are unique within a design (Design::apply refuses a taken one). These choose free names for
// the studio's new and duplicated scenarios.

// The design's scenario called `name`, if any.
const Scenario* scenarioNamed(const Design& design, std::string_view name);

// `wanted` when no scenario has that name, else `wanted` with the first free " 2", " 3", ... appended.
std::string uniqueScenarioName(const Design& design, const std::string& wanted);
// The name of a copy of scenario `name`, numbered with the first free " N" after its original's name
// ("Training" -> "Training 2"; "Training 2", a copy of "Training", -> "Training 3"), so copies of copies
// stay short; "GPT 3" without a "GPT" is a name of its own ("GPT 3 2").
std::string copiedScenarioName(const Design& design, const std::string& name);

} // namespace cs
