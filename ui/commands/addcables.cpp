#include "commands.h"
#include "document.h"
#include "networkstyle.h"

#include <QCoreApplication>

namespace cs {

std::unique_ptr<OperationCommand> addCables(DesignDocument* document, std::vector<Operation> cables,
                                            Network network) {
    const QString text = QCoreApplication::translate("cs::Commands", "Add %n %1 Cable(s)", nullptr,
                                                     static_cast<int>(cables.size()))
                             .arg(networkDisplayName(network));
    return std::make_unique<OperationCommand>(document, text, std::move(cables));
}

} // namespace cs
