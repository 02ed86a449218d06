#pragma once

#include "analysis/failure_impact.h"

#include <QString>
#include <QUndoCommand>
#include <memory>

namespace cs {

class DesignDocument;
struct Selection;

// A what-if step on the document's undo stack: devices and cables failed or restored. It changes the
// document's failure set, never the design, so it does not make the design modified (DesignDocument).
// It records only what it changed: undoing a Fail restores the items it failed, nothing else.
class ChangeFailures final : public QUndoCommand {
public:
    ChangeFailures(DesignDocument* document, const QString& text, FailureSet failed, FailureSet restored);

    void redo() override;
    void undo() override;

    // Pushes the command when it changes something (and runs it); false when it would not.
    static bool execute(DesignDocument* document, std::unique_ptr<ChangeFailures> command);

private:
    DesignDocument* document_;
    FailureSet failed_;   // not failed before
    FailureSet restored_; // failed before
};

// What a selection fails: its devices, its cables and every device in its racks.
FailureSet failureItems(const Design& design, const Selection& selection);

// The items not failed yet, failed; null when all of them are.
std::unique_ptr<ChangeFailures> failItems(DesignDocument* document, const FailureSet& items);
// Every switch of fabric plane `plane` (core's plane:N); null when they all are failed already.
std::unique_ptr<ChangeFailures> failPlane(DesignDocument* document, int plane);
// The failed ones of the items, restored; null when none of them is failed.
std::unique_ptr<ChangeFailures> restoreItems(DesignDocument* document, const FailureSet& items);
// Every failure restored; null when there is none.
std::unique_ptr<ChangeFailures> restoreAll(DesignDocument* document);

} // namespace cs
