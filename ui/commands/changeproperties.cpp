#include "commands.h"
#include "document.h"

namespace cs {

std::unique_ptr<OperationCommand> changeDevice(DesignDocument* document, Device changed,
                                               const QString& text) {
    return std::make_unique<OperationCommand>(document, text,
                                              std::vector<Operation>{{Update<Device>{std::move(changed)}}});
}

} // namespace cs
