#include "rackelevationdock.h"

#include "document.h"
#include "rackelevationsheet.h"
#include "topology/floor_plan.h"

#include <QComboBox>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace cs {

namespace {

constexpr int kRefreshDelayMs = 300; // a burst of edits recomputes once, after the burst

} // namespace

// The sheet of one row in the dock's scroll area, shrunk towards the area's height (down to kMinScale, where
// its text stays legible); a click on a device reports it.
class RackRowWidget final : public QWidget {
public:
    static constexpr double kMinScale = 0.6;
    std::function<void(DeviceId)> clicked;

    void setSheet(std::unique_ptr<RackRowSheet> sheet) {
        sheet_ = std::move(sheet);
        resizeToScale();
    }
    const RackRowSheet* sheet() const { return sheet_.get(); }
    void setSelected(std::vector<DeviceId> selected) {
        selected_ = std::move(selected);
        update();
    }
    // Fits the sheet to `height` pixels as far as kMinScale allows.
    void fitHeight(int height) {
        available_height_ = height;
        resizeToScale();
    }
    double scale() const { return scale_; }

protected:
    void paintEvent(QPaintEvent*) override {
        if (!sheet_)
            return;
        QPainter painter(this);
        painter.scale(scale_, scale_);
        sheet_->paint(painter, selected_);
    }
    void mousePressEvent(QMouseEvent* event) override {
        if (!sheet_ || event->button() != Qt::LeftButton)
            return;
        if (const auto device = sheet_->deviceAt(event->position() / scale_); device && clicked)
            clicked(*device);
    }

private:
    void resizeToScale() {
        const double height = sheet_ ? sheet_->size().height() : 0;
        scale_ =
            height > 0 && available_height_ > 0 ? std::clamp(available_height_ / height, kMinScale, 1.0) : 1;
        setFixedSize(sheet_ ? (sheet_->size() * scale_).toSize() : QSize(0, 0));
        update();
    }

    std::unique_ptr<RackRowSheet> sheet_;
    std::vector<DeviceId> selected_;
    double scale_ = 1;
    int available_height_ = 0;
};

RackElevationDock::RackElevationDock(DesignDocument* document, QWidget* parent)
    : QDockWidget(tr("Rack Elevation"), parent)
    , document_(document)
    , rows_(new QComboBox)
    , hint_(new QLabel)
    , scroll_(new QScrollArea)
    , view_(new RackRowWidget) {
    setObjectName(QStringLiteral("rackElevationDock"));
    rows_->setObjectName(QStringLiteral("elevationRows"));
    scroll_->setObjectName(QStringLiteral("elevationSheet"));
    rows_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    hint_->setWordWrap(true);
    hint_->setText(tr("The design has no rack. Racks placed on the canvas show here, front view."));
    scroll_->setWidget(view_);
    scroll_->setWidgetResizable(false);
    scroll_->setBackgroundRole(QPalette::Base);
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(rows_);
    layout->addWidget(hint_);
    layout->addWidget(scroll_, 1);
    setWidget(content);

    scroll_->viewport()->installEventFilter(this);
    view_->clicked = [this](DeviceId device) {
        document_->setSelection({{device}, {}});
        emit deviceActivated(device);
    };
    connect(rows_, &QComboBox::currentIndexChanged, this, &RackElevationDock::showRow);
    timer_.setSingleShot(true);
    timer_.setInterval(kRefreshDelayMs);
    connect(&timer_, &QTimer::timeout, this, &RackElevationDock::refresh);
    connect(document_, &DesignDocument::changed, this, &RackElevationDock::onChanged);
    connect(document_, &DesignDocument::selectionChanged, this, &RackElevationDock::followSelection);
}

RackElevationDock::~RackElevationDock() = default;

const RackRowSheet* RackElevationDock::sheet() const {
    return view_->sheet();
}

double RackElevationDock::sheetScale() const {
    return view_->scale();
}

bool RackElevationDock::eventFilter(QObject* watched, QEvent* event) {
    if (watched == scroll_->viewport() && event->type() == QEvent::Resize)
        view_->fitHeight(scroll_->viewport()->height());
    return QDockWidget::eventFilter(watched, event);
}

void RackElevationDock::refreshNow() {
    timer_.stop();
    refresh();
}

void RackElevationDock::showEvent(QShowEvent* event) {
    QDockWidget::showEvent(event);
    if (stale_)
        refresh();
}

void RackElevationDock::onChanged(const ChangeEvent&) {
    stale_ = true;
    if (isVisible())
        timer_.start();
}

void RackElevationDock::refresh() {
    stale_ = false;
    const Design& design = document_->design();
    rack_rows_ = floorPlanOf(design).rackRows();
    const int shown = std::max(0, rows_->currentIndex());
    const QSignalBlocker quiet(rows_);
    rows_->clear();
    for (std::size_t row = 0; row < rack_rows_.size(); ++row) {
        const std::vector<RackId>& racks = rack_rows_[row];
        const QString first = QString::fromStdString(design.racks().find(racks.front())->name);
        const QString last = QString::fromStdString(design.racks().find(racks.back())->name);
        rows_->addItem(
            racks.size() == 1
                ? tr("Row %1 · %2").arg(row + 1).arg(first)
                : tr("Row %1 · %2 racks · %3 … %4").arg(row + 1).arg(racks.size()).arg(first, last));
    }
    const bool any = !rack_rows_.empty();
    rows_->setVisible(any);
    hint_->setVisible(!any);
    scroll_->setVisible(any);
    rows_->setCurrentIndex(any ? std::min(shown, rows_->count() - 1) : -1);
    showRow(rows_->currentIndex());
}

void RackElevationDock::showRow(int row) {
    if (row < 0 || row >= static_cast<int>(rack_rows_.size())) {
        view_->setSheet(nullptr);
        return;
    }
    view_->setSheet(std::make_unique<RackRowSheet>(document_->design(), rack_rows_[std::size_t(row)]));
    view_->setSelected(document_->selection().devices);
    // Racks fill from U1 up: the bottom shows first.
    scroll_->verticalScrollBar()->setValue(scroll_->verticalScrollBar()->maximum());
}

void RackElevationDock::followSelection() {
    view_->setSelected(document_->selection().devices);
    if (!isVisible() || stale_)
        return;
    const Design& design = document_->design();
    const Selection& selection = document_->selection();
    RackId rack = selection.racks.empty() ? kNoRack : selection.racks.front();
    if (rack == kNoRack && !selection.devices.empty())
        if (const Device* device = design.devices().find(selection.devices.front()))
            rack = device->rack;
    if (rack == kNoRack)
        return;
    for (std::size_t row = 0; row < rack_rows_.size(); ++row) {
        if (std::find(rack_rows_[row].begin(), rack_rows_[row].end(), rack) == rack_rows_[row].end())
            continue;
        if (rows_->currentIndex() != static_cast<int>(row))
            rows_->setCurrentIndex(static_cast<int>(row));
        const QRectF shown = selection.devices.empty()
                                 ? view_->sheet()->rackRect(rack)
                                 : view_->sheet()->deviceRect(selection.devices.front());
        scroll_->ensureVisible(int(shown.center().x()), int(shown.center().y()), int(shown.width() / 2) + 8,
                               int(shown.height() / 2) + 8);
        return;
    }
}

} // namespace cs
