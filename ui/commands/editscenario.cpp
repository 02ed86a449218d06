#include "editscenario.h"

#include "document.h"

#include <QCoreApplication>

namespace cs {

namespace {
constexpr int kEditScenarioMergeId = 0x5ce7; // any id unique among the studio's merging commands
}

EditScenario::EditScenario(DesignDocument* document, Scenario changed, const QString& field)
    : OperationCommand(document, QCoreApplication::translate("EditScenario", "Change plan %1").arg(field),
                       {Operation{Update<Scenario>{changed}}})
    , scenario_(changed.id)
    , field_(field) {}

int EditScenario::id() const {
    return kEditScenarioMergeId;
}

bool EditScenario::mergeWith(const QUndoCommand* other) {
    const auto* edit = dynamic_cast<const EditScenario*>(other);
    if (!edit || edit->scenario_ != scenario_ || edit->field_ != field_)
        return false;
    // Our inverses still restore the scenario as it was before the first edit.
    operations_ = edit->operations_;
    return true;
}

std::unique_ptr<OperationCommand> addScenario(DesignDocument* document, const std::string& name,
                                              nlohmann::json plan) {
    Scenario scenario;
    scenario.id = document->design().scenarios().nextId();
    scenario.name = name;
    scenario.plan = std::move(plan);
    return std::make_unique<OperationCommand>(
        document, QCoreApplication::translate("EditScenario", "Add scenario"),
        std::vector<Operation>{Operation{Add<Scenario>{std::move(scenario)}}});
}

} // namespace cs
