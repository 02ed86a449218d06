#include "exportnotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>

namespace cs {

namespace {
constexpr int kShownMs = 20000;    // long enough to read the path and reach the button
constexpr int kLabelWidthPx = 420; // a long path elides in the middle (whole in the tooltip)
} // namespace

ExportNotice::ExportNotice(QWidget* parent)
    : QWidget(parent)
    , label_(new QLabel)
    , open_folder_(new QPushButton(tr("Open Folder"))) {
    setObjectName(QStringLiteral("exportNotice"));
    open_folder_->setFlat(true);
    open_folder_->setCursor(Qt::PointingHandCursor);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label_);
    layout->addWidget(open_folder_);
    hide_timer_.setSingleShot(true);
    connect(&hide_timer_, &QTimer::timeout, this, &QWidget::hide);
    connect(open_folder_, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path_).absolutePath())); });
    hide();
}

void ExportNotice::confirm(const QString& path) {
    path_ = path;
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    label_->setText(fontMetrics().elidedText(tr("Exported %1").arg(shown), Qt::ElideMiddle, kLabelWidthPx));
    label_->setToolTip(shown);
    show();
    hide_timer_.start(kShownMs);
}

void confirmExport(const QWidget* from, const QString& path) {
    if (auto* notice = from->window()->findChild<ExportNotice*>())
        notice->confirm(path);
}

} // namespace cs
