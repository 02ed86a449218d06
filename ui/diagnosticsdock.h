#pragma once

#include "rules/validator.h"

#include <QDockWidget>
#include <QTimer>

class QLabel;
class QTreeWidget;

namespace cs {

class DesignDocument;
struct ChangeEvent;

// The validator's findings for the open design, kept current: edits are collected and checked again
// incrementally after a short pause (never on every mouse move), a new design from scratch. Activating a
// finding asks for its devices and cables to be selected and shown.
class DiagnosticsDock final : public QDockWidget {
    Q_OBJECT

public:
    DiagnosticsDock(DesignDocument* document, QWidget* parent = nullptr);

    const std::vector<Diagnostic>& diagnostics() const { return validator_.diagnostics(); }
    QTreeWidget* list() const { return list_; }
    // Checks the pending edits now instead of after the pause.
    void validateNow();

signals:
    void diagnosticsChanged(const std::vector<cs::Diagnostic>& diagnostics);
    void activated(const cs::Diagnostic& diagnostic);

private:
    void onChanged(const ChangeEvent& event);
    void showDiagnostics();

    DesignDocument* document_;
    Validator validator_;
    ChangeSet pending_;
    bool full_pending_ = true;
    bool edited_ = false; // edits are waiting in pending_
    QTimer timer_;
    QLabel* counts_;
    QTreeWidget* list_;
};

} // namespace cs
