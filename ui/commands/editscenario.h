#pragma once

#include "operationcommand.h"

namespace cs {

// A scenario's plan or variant replaced (Update<Scenario>). Consecutive edits of the same field of the same
// scenario merge into one undo step, as Tiled merges consecutive moves.
class EditScenario final : public OperationCommand {
public:
    EditScenario(DesignDocument* document, Scenario changed, const QString& field);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    ScenarioId scenario_;
    QString field_;
};

// A new scenario named `name` with `plan` (Add<Scenario>), under the design's next scenario id.
std::unique_ptr<OperationCommand> addScenario(DesignDocument* document, const std::string& name,
                                              nlohmann::json plan);

} // namespace cs
