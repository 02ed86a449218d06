#include "managescenarios.h"

#include "document.h"

#include <QCoreApplication>

namespace cs {

namespace {

QString nameText(const std::string& name) {
    return QString::fromStdString(name);
}

// The scenario `id` as the design holds it; an unknown id gives an empty scenario, which apply() refuses.
Scenario scenarioOf(const DesignDocument* document, ScenarioId id) {
    const Scenario* scenario = document->design().scenarios().find(id);
    return scenario ? *scenario : Scenario{id, {}, {}, {}};
}

} // namespace

std::unique_ptr<OperationCommand> duplicateScenario(DesignDocument* document, ScenarioId id,
                                                    const std::string& name) {
    Scenario copy = scenarioOf(document, id);
    const QString text =
        QCoreApplication::translate("ManageScenarios", "Duplicate scenario “%1”").arg(nameText(copy.name));
    copy.id = document->design().scenarios().nextId();
    copy.name = name;
    return std::make_unique<OperationCommand>(
        document, text, std::vector<Operation>{Operation{Add<Scenario>{std::move(copy)}}});
}

std::unique_ptr<OperationCommand> renameScenario(DesignDocument* document, ScenarioId id,
                                                 const std::string& name) {
    Scenario renamed = scenarioOf(document, id);
    const QString text = QCoreApplication::translate("ManageScenarios", "Rename scenario “%1” to “%2”")
                             .arg(nameText(renamed.name), nameText(name));
    renamed.name = name;
    return std::make_unique<OperationCommand>(
        document, text, std::vector<Operation>{Operation{Update<Scenario>{std::move(renamed)}}});
}

std::unique_ptr<OperationCommand> removeScenario(DesignDocument* document, ScenarioId id) {
    const QString text = QCoreApplication::translate("ManageScenarios", "Delete scenario “%1”")
                             .arg(nameText(scenarioOf(document, id).name));
    return std::make_unique<OperationCommand>(document, text,
                                              std::vector<Operation>{Operation{Remove<Scenario>{id}}});
}

} // namespace cs
