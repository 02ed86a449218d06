#include "diagnosticsdock.h"

#include "documentanalysis.h"
#include "reportlocale.h"
#include "tableexport.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cs {

namespace {

constexpr int kIndexRole = Qt::UserRole;

QIcon severityIcon(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        break;
    }
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
}

QString severityLabel(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return DiagnosticsDock::tr("Error");
    case Severity::Warning:
        return DiagnosticsDock::tr("Warning");
    case Severity::Info:
        break;
    }
    return DiagnosticsDock::tr("Info");
}

} // namespace

DiagnosticsDock::DiagnosticsDock(DocumentAnalysis* analysis, QWidget* parent)
    : QDockWidget(tr("Diagnostics"), parent)
    , analysis_(analysis)
    , counts_(new QLabel)
    , list_(new QTreeWidget) {
    setObjectName(QStringLiteral("diagnosticsDock"));
    list_->setColumnCount(3);
    list_->setHeaderLabels({tr("Severity"), tr("Code"), tr("Message")});
    list_->setRootIsDecorated(false);
    list_->setUniformRowHeights(true); // thousands of rows on a large design
    enableTableExport(list_, tr("diagnostics"));
    list_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(counts_);
    layout->addWidget(list_);
    setWidget(content);

    connect(analysis_, &DocumentAnalysis::changed, this, [this](DocumentAnalysis::Parts parts) {
        if (parts & DocumentAnalysis::DiagnosticsPart)
            showDiagnostics();
    });
    connect(list_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const auto index = item->data(0, kIndexRole).toULongLong();
        if (index < diagnostics().size())
            emit activated(diagnostics()[index]);
    });
    connect(list_, &QTreeWidget::itemClicked, list_, &QTreeWidget::itemActivated);
    showDiagnostics();
}

const std::vector<Diagnostic>& DiagnosticsDock::diagnostics() const {
    return analysis_->diagnostics();
}

void DiagnosticsDock::showDiagnostics() {
    const std::vector<Diagnostic>& all = diagnostics();
    list_->clear();
    QList<QTreeWidgetItem*> rows;
    rows.reserve(static_cast<qsizetype>(all.size()));
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Diagnostic& diagnostic = all[i];
        const QString message = localizedText(diagnostic.message);
        auto* row = new QTreeWidgetItem(
            {severityLabel(diagnostic.severity), QString::fromStdString(diagnostic.code), message});
        row->setIcon(0, severityIcon(diagnostic.severity));
        row->setData(0, kIndexRole, static_cast<qulonglong>(i));
        if (!diagnostic.hint.empty())
            row->setToolTip(2, message + QLatin1Char('\n') + localizedText(diagnostic.hint));
        rows.append(row);
    }
    list_->addTopLevelItems(rows);
    counts_->setText(tr("%n error(s)", nullptr, static_cast<int>(countSeverity(all, Severity::Error))) +
                     QStringLiteral("  ·  ") +
                     tr("%n warning(s)", nullptr, static_cast<int>(countSeverity(all, Severity::Warning))));
}

} // namespace cs
