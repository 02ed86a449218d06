#include "floorplandock.h"

#include "document.h"

#include <QComboBox>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace cs {

namespace {

constexpr int kRefreshDelayMs = 300;  // a burst of edits recomputes once, after the burst
constexpr double kWheelStep = 1.0015; // zoom factor per eighth of a degree of wheel turn (1.2 a notch)
constexpr double kMinZoom = 0.005, kMaxZoom = 8;
constexpr double kRackZoom = 1.5;   // the zoom a rack is shown at when it is activated from the canvas
constexpr int kClickSlopPx = 4;     // a press and release this close are a click, not a drag
constexpr double kScaleBarPx = 120; // the scale bar's longest length on screen
constexpr int kFitMarginPx = 8;

} // namespace

// The one item of the view's scene: the sheet, painted where exposed at the view's zoom.
class FloorPlanItem final : public QGraphicsItem {
public:
    FloorPlanItem() { setFlag(ItemUsesExtendedStyleOption); }

    void setSheet(std::shared_ptr<const FloorPlanSheet> sheet) {
        prepareGeometryChange();
        sheet_ = std::move(sheet);
        update();
    }
    const FloorPlanSheet* sheet() const { return sheet_.get(); }
    FloorColouring colouring = FloorColouring::Load;
    std::unordered_set<RackId> selected;
    std::size_t painted = 0;

    QRectF boundingRect() const override { return sheet_ ? QRectF(QPointF(0, 0), sheet_->size()) : QRectF(); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) override {
        if (!sheet_)
            return;
        const double zoom = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
        painted = sheet_->paint(*painter, option->exposedRect, zoom, colouring, selected);
    }

private:
    std::shared_ptr<const FloorPlanSheet> sheet_;
};

// The key above the view: FloorPlanSheet's legend, drawn by the same code as on paper.
// A narrow dock clips its end rather than widening the window.
class FloorLegendWidget final : public QWidget {
public:
    void setColouring(FloorColouring colouring) {
        colouring_ = colouring;
        setFixedHeight(static_cast<int>(std::ceil(floorLegendSize(colouring).height())));
        updateGeometry();
        update();
    }
    QSize sizeHint() const override { return floorLegendSize(colouring_).toSize() + QSize(2, 0); }
    QSize minimumSizeHint() const override { return {0, height()}; }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        paintFloorLegend(painter, QPointF(0, 0), colouring_);
    }

private:
    FloorColouring colouring_ = FloorColouring::Load;
};

FloorPlanView::FloorPlanView()
    : item_(new FloorPlanItem) {
    setScene(new QGraphicsScene(this));
    scene()->setItemIndexMethod(QGraphicsScene::NoIndex); // one item
    scene()->addItem(item_);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setRenderHint(QPainter::Antialiasing, false);
    setBackgroundBrush(Qt::white);
    setMouseTracking(true);
}

FloorPlanView::~FloorPlanView() = default;

void FloorPlanView::setSheet(std::shared_ptr<const FloorPlanSheet> sheet, bool fit) {
    item_->setSheet(std::move(sheet));
    scene()->setSceneRect(item_->boundingRect());
    if (fit || fitted_)
        zoomToFit();
}

void FloorPlanView::setColouring(FloorColouring colouring) {
    item_->colouring = colouring;
    item_->update();
}

void FloorPlanView::setSelected(std::unordered_set<RackId> racks) {
    item_->selected = std::move(racks);
    item_->update();
}

const std::unordered_set<RackId>& FloorPlanView::selected() const {
    return item_->selected;
}

std::size_t FloorPlanView::racksPainted() const {
    return item_->painted;
}

void FloorPlanView::zoomToFit() {
    const QRectF bounds = item_->boundingRect();
    if (bounds.isEmpty())
        return;
    fitInView(bounds.adjusted(-kFitMarginPx, -kFitMarginPx, kFitMarginPx, kFitMarginPx), Qt::KeepAspectRatio);
    fitted_ = true;
}

void FloorPlanView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (fitted_)
        zoomToFit();
}

void FloorPlanView::showRect(const QRectF& rect) {
    if (rect.isEmpty())
        return;
    if (zoom() < kRackZoom) {
        const double factor = kRackZoom / zoom();
        scale(factor, factor);
    }
    centerOn(rect.center());
    fitted_ = false;
}

void FloorPlanView::wheelEvent(QWheelEvent* event) {
    const double factor = std::pow(kWheelStep, event->angleDelta().y());
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    scale(target / zoom(), target / zoom());
    fitted_ = false;
    event->accept();
}

void FloorPlanView::mousePressEvent(QMouseEvent* event) {
    press_ = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void FloorPlanView::mouseReleaseEvent(QMouseEvent* event) {
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || !item_->sheet() ||
        (event->position().toPoint() - press_).manhattanLength() > kClickSlopPx)
        return;
    if (const auto rack = item_->sheet()->rackAt(mapToScene(event->position().toPoint())); rack && clicked)
        clicked(*rack);
}

bool FloorPlanView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip && item_->sheet()) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto rack = item_->sheet()->rackAt(mapToScene(help->pos()));
        if (rack)
            QToolTip::showText(help->globalPos(), item_->sheet()->rackToolTip(*rack), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void FloorPlanView::drawForeground(QPainter* painter, const QRectF&) {
    if (!item_->sheet())
        return;
    // In the view's corner, at screen size: the bar measures the floor at the current zoom.
    painter->save();
    painter->resetTransform();
    const QRect area = viewport()->rect();
    const QRectF plate(area.left() + 6, area.bottom() - 30, kScaleBarPx + 70, 24);
    painter->fillRect(plate, QColor(255, 255, 255, 220));
    paintScaleBar(*painter, QPointF(plate.left() + 6, plate.bottom() - 8), kFloorPxPerMetre * zoom(),
                  kScaleBarPx);
    painter->restore();
}

FloorPlanDock::FloorPlanDock(DesignDocument* document, QWidget* parent)
    : QDockWidget(tr("Floor Plan"), parent)
    , document_(document)
    , colouring_(new QComboBox)
    , fit_(new QToolButton)
    , legend_(new FloorLegendWidget)
    , hint_(new QLabel)
    , view_(new FloorPlanView) {
    setObjectName(QStringLiteral("floorPlanDock"));
    colouring_->setObjectName(QStringLiteral("floorColouring"));
    view_->setObjectName(QStringLiteral("floorPlanView"));
    colouring_->addItem(tr("Colour by load"));
    colouring_->addItem(tr("Colour by cooling"));
    colouring_->setToolTip(
        tr("What a rack's colour says: its devices' full-load power against its feed, or how "
           "it is cooled"));
    fit_->setText(tr("Zoom to Fit"));
    fit_->setToolTip(tr("Show the whole hall; the mouse wheel zooms, a drag pans"));
    hint_->setWordWrap(true);
    hint_->setText(
        tr("The design has no rack. Racks placed on the canvas stand here in rows, seen from above."));
    legend_->setColouring(FloorColouring::Load);
    auto* bar = new QHBoxLayout;
    bar->addWidget(colouring_);
    bar->addWidget(fit_);
    bar->addSpacing(8);
    bar->addWidget(legend_, 1);
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(hint_);
    layout->addWidget(view_, 1);
    setWidget(content);

    view_->clicked = [this](RackId rack) {
        document_->setSelection({{}, {}, {rack}});
        emit rackActivated(rack);
    };
    connect(fit_, &QToolButton::clicked, view_, &FloorPlanView::zoomToFit);
    connect(colouring_, &QComboBox::currentIndexChanged, this, [this](int index) {
        const FloorColouring colouring = index == 1 ? FloorColouring::Cooling : FloorColouring::Load;
        legend_->setColouring(colouring);
        view_->setColouring(colouring);
    });
    timer_.setSingleShot(true);
    timer_.setInterval(kRefreshDelayMs);
    connect(&timer_, &QTimer::timeout, this, &FloorPlanDock::refresh);
    connect(document_, &DesignDocument::changed, this, &FloorPlanDock::onChanged);
    connect(document_, &DesignDocument::selectionChanged, this, &FloorPlanDock::followSelection);
}

FloorPlanDock::~FloorPlanDock() = default;

void FloorPlanDock::refreshNow() {
    timer_.stop();
    refresh();
}

void FloorPlanDock::showEvent(QShowEvent* event) {
    QDockWidget::showEvent(event);
    if (stale_)
        refresh();
}

void FloorPlanDock::onChanged(const ChangeEvent& event) {
    // Only racks and what stands in them change the floor: cables and names do not.
    const bool reset = event.kind == ChangeEvent::Kind::Reset;
    if (!reset && !event.racks && event.added_devices.empty() && event.removed_devices.empty() &&
        event.changed_devices.empty())
        return;
    fit_next_ = fit_next_ || reset;
    stale_ = true;
    if (isVisible())
        timer_.start();
}

void FloorPlanDock::refresh() {
    stale_ = false;
    sheet_ = std::make_shared<const FloorPlanSheet>(floorLayoutOf(document_->design()));
    const bool any = !sheet_->layout().racks.empty();
    hint_->setVisible(!any);
    view_->setVisible(any);
    view_->setSheet(sheet_, fit_next_);
    fit_next_ = false;
    followSelection();
}

void FloorPlanDock::followSelection() {
    const Design& design = document_->design();
    const Selection& selection = document_->selection();
    std::unordered_set<RackId> racks(selection.racks.begin(), selection.racks.end());
    for (DeviceId id : selection.devices)
        if (const Device* device = design.devices().find(id); device && device->rack != kNoRack)
            racks.insert(device->rack);
    view_->setSelected(racks);
    if (!isVisible() || stale_ || !sheet_ || racks.empty())
        return;
    // Bring the selection into view unless it is already there.
    QRectF shown;
    for (RackId rack : racks)
        shown |= sheet_->rackRect(rack);
    const QRectF visible = view_->mapToScene(view_->viewport()->rect()).boundingRect();
    if (!visible.contains(shown))
        view_->showRect(shown);
}

} // namespace cs
