#pragma once

#include "rules/diagnostic.h"

#include <QDockWidget>
#include <vector>

class QLabel;
class QTreeWidget;

namespace cs {

class DocumentAnalysis;

// The validator's findings for the open design, as the document's analysis keeps them (checked again
// incrementally after a short pause, a new design from scratch). Activating a finding asks for its devices
// and cables to be selected and shown.
class DiagnosticsDock final : public QDockWidget {
    Q_OBJECT

public:
    DiagnosticsDock(DocumentAnalysis* analysis, QWidget* parent = nullptr);

    const std::vector<Diagnostic>& diagnostics() const;
    QTreeWidget* list() const { return list_; }

signals:
    void activated(const cs::Diagnostic& diagnostic);

private:
    void showDiagnostics();

    DocumentAnalysis* analysis_;
    QLabel* counts_;
    QTreeWidget* list_;
};

} // namespace cs
