#include "commands.h"
#include "document.h"
#include "topology/cable_fit.h"

#include <QCoreApplication>

namespace cs {

std::unique_ptr<OperationCommand> fitCableLengths(DesignDocument* document) {
    std::vector<Operation> fitted = fitCableOperations(document->design(), document->library());
    if (fitted.empty())
        return nullptr;
    document->adoptCables(fitted); // the catalog copy is part of the design file, not of the undoable edit
    const QString text = QCoreApplication::translate("cs::Commands", "Fit %n Cable Length(s)", nullptr,
                                                     static_cast<int>(fitted.size()));
    return std::make_unique<OperationCommand>(document, text, std::move(fitted));
}

} // namespace cs
