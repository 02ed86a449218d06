#pragma once

#include "operationcommand.h"

namespace cs {

// The plan dock's scenario management, each one undo step named after the scenario. Names are checked by
// core (Design::apply refuses an empty or taken one); execute() reports its reason.

// A copy of scenario `id` (plan and variant) under `name`, with the design's next scenario id.
std::unique_ptr<OperationCommand> duplicateScenario(DesignDocument* document, ScenarioId id,
                                                    const std::string& name);
// Scenario `id` under another name.
std::unique_ptr<OperationCommand> renameScenario(DesignDocument* document, ScenarioId id,
                                                 const std::string& name);
// Scenario `id` removed (the last one too: the plan views then invite to add one).
std::unique_ptr<OperationCommand> removeScenario(DesignDocument* document, ScenarioId id);

} // namespace cs
