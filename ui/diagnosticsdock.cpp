#include "diagnosticsdock.h"

#include "document.h"
#include "tableexport.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cs {

namespace {

// Long enough that a drag or a burst of typing is checked once, short enough to feel live.
constexpr int kRevalidateDelayMs = 300;
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

void merge(ChangeSet& into, const ChangeSet& from) {
    into.devices.insert(into.devices.end(), from.devices.begin(), from.devices.end());
    into.links.insert(into.links.end(), from.links.begin(), from.links.end());
    for (std::size_t i = 0; i < into.networks.size(); ++i)
        into.networks[i] = into.networks[i] || from.networks[i];
    into.racks = into.racks || from.racks;
    into.scenarios = into.scenarios || from.scenarios;
}

} // namespace

DiagnosticsDock::DiagnosticsDock(DesignDocument* document, QWidget* parent)
    : QDockWidget(tr("Diagnostics"), parent)
    , document_(document)
    , validator_(&document->library())
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

    timer_.setSingleShot(true);
    timer_.setInterval(kRevalidateDelayMs);
    connect(&timer_, &QTimer::timeout, this, &DiagnosticsDock::validateNow);
    connect(document_, &DesignDocument::changed, this, &DiagnosticsDock::onChanged);
    connect(list_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const auto index = item->data(0, kIndexRole).toULongLong();
        if (index < diagnostics().size())
            emit activated(diagnostics()[index]);
    });
    connect(list_, &QTreeWidget::itemClicked, list_, &QTreeWidget::itemActivated);
}

void DiagnosticsDock::onChanged(const ChangeEvent& event) {
    if (event.kind == ChangeEvent::Kind::Reset) {
        full_pending_ = true;
        pending_ = {};
    } else {
        merge(pending_, event.changes);
        edited_ = true;
    }
    timer_.start();
}

void DiagnosticsDock::validateNow() {
    timer_.stop();
    if (full_pending_)
        validator_.validate(document_->design());
    else if (edited_)
        validator_.update(document_->design(), pending_);
    full_pending_ = edited_ = false;
    pending_ = {};
    showDiagnostics();
    emit diagnosticsChanged(diagnostics());
}

void DiagnosticsDock::showDiagnostics() {
    const std::vector<Diagnostic>& all = diagnostics();
    list_->clear();
    QList<QTreeWidgetItem*> rows;
    rows.reserve(static_cast<qsizetype>(all.size()));
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Diagnostic& diagnostic = all[i];
        auto* row =
            new QTreeWidgetItem({severityLabel(diagnostic.severity), QString::fromStdString(diagnostic.code),
                                 QString::fromStdString(diagnostic.message)});
        row->setIcon(0, severityIcon(diagnostic.severity));
        row->setData(0, kIndexRole, static_cast<qulonglong>(i));
        if (!diagnostic.hint.empty())
            row->setToolTip(2, QString::fromStdString(diagnostic.message + "\n" + diagnostic.hint));
        rows.append(row);
    }
    list_->addTopLevelItems(rows);
    counts_->setText(tr("%n error(s)", nullptr, static_cast<int>(countSeverity(all, Severity::Error))) +
                     QStringLiteral("  ·  ") +
                     tr("%n warning(s)", nullptr, static_cast<int>(countSeverity(all, Severity::Warning))));
}

} // namespace cs
