#include "operationcommand.h"

#include "base/input_error.h"
#include "document.h"

namespace cs {

OperationCommand::OperationCommand(DesignDocument* document, const QString& text,
                                   std::vector<Operation> operations)
    : QUndoCommand(text)
    , document_(document)
    , operations_(std::move(operations)) {}

void OperationCommand::redo() {
    if (applied_) {
        applied_ = false;
        return;
    }
    inverses_ = document_->apply(operations_);
}

void OperationCommand::undo() {
    operations_ = document_->apply(inverses_);
}

bool OperationCommand::execute(DesignDocument* document, std::unique_ptr<OperationCommand> command,
                               QString* error) {
    try {
        command->inverses_ = document->apply(command->operations_);
    } catch (const InputError& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
    command->applied_ = true;
    document->undoStack()->push(command.release());
    return true;
}

} // namespace cs
