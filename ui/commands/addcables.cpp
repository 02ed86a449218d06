#include "commands.h"
#include "document.h"
#include "networkstyle.h"

#include <QCoreApplication>

namespace cs {

std::unique_ptr<OperationCommand> addCables(DesignDocument* document, std::vector<Operation> cables,
                                            Network network) {
    // A cast among translate()'s arguments hides the text from lupdate: the count comes first.
    const int count = static_cast<int>(cables.size());
    const QString text = QCoreApplication::translate("cs::Commands", "Add %n %1 Cable(s)", nullptr, count)
                             .arg(networkDisplayName(network));
    document->adoptCables(cables); // the catalog copy is part of the design file, not of the undoable edit
    return std::make_unique<OperationCommand>(document, text, std::move(cables));
}

} // namespace cs
