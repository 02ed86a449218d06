#pragma once

#include "model/operation.h"

#include <QString>
#include <QUndoCommand>
#include <memory>
#include <vector>

namespace cs {

class DesignDocument;

// An undoable edit: a list of core operations applied all-or-nothing, and the inverses Design::apply
// returned. Redo applies the operations and keeps their inverses; undo applies the inverses and keeps what
// they return, which is the operations again.
class OperationCommand : public QUndoCommand {
public:
    OperationCommand(DesignDocument* document, const QString& text, std::vector<Operation> operations);

    void redo() override;
    void undo() override;

    // Applies the command and, when the design accepts it, pushes it onto the document's undo stack (already
    // applied, so the push does not apply it twice). Otherwise returns false with the design's reason in
    // `error` and leaves the design as it was.
    static bool execute(DesignDocument* document, std::unique_ptr<OperationCommand> command, QString* error);

    const std::vector<Operation>& operations() const { return operations_; }

protected:
    DesignDocument* document_;
    std::vector<Operation> operations_;
    std::vector<Operation> inverses_;

private:
    bool applied_ = false; // by execute(), before the stack's first redo()
};

} // namespace cs
