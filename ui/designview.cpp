#include "designview.h"

#include "deviceitem.h"
#include "linklayeritem.h"
#include "rackitem.h"
#include "tool.h"

#include <QMimeData>
#include <QMouseEvent>
#include <QPixmapCache>
#include <QScrollBar>
#include <QVarLengthArray>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace cs {

namespace {

constexpr int kNotePaddingPixels = 8;
constexpr int kNoteMarginPixels = 8;

constexpr qreal kMinZoom = 0.1; // lower still when the whole design needs it
constexpr qreal kMaxZoom = 4;
constexpr qreal kFitBorder = 56;
constexpr qreal kMaxFitZoom = 1; // a small design is shown at its actual size, not blown up
constexpr qreal kZoomStep = 1.25;
constexpr qreal kWheelNotch = 120; // QWheelEvent::angleDelta units per notch of a standard wheel

constexpr int kGridMajorEvery = 5;   // every fifth line is stronger
constexpr qreal kMinGridPixels = 12; // closer lines would turn the background grey: coarsen the grid
const QColor kCanvasColor(0xF8, 0xFA, 0xFC);
const QColor kMinorGridColor(0xEC, 0xEF, 0xF3);
const QColor kMajorGridColor(0xE0, 0xE5, 0xEB);

QPen gridPen(const QColor& color) {
    QPen pen(color, 1);
    pen.setCosmetic(true);
    return pen;
}

constexpr qreal kZoomToRectMargin = 80;    // scene units around what is zoomed to
constexpr qreal kEmptyHintFontScale = 1.3; // the empty canvas's hint, a little larger than the UI's text
constexpr int kEmptyHintMarginPixels = 40;
constexpr int kPixmapCacheKiB = 96 * 1024; // five cable layers at a 4K viewport, plus the icons

} // namespace

QPointF snapToGrid(QPointF point) {
    return {std::round(point.x() / kGridStep) * kGridStep, std::round(point.y() / kGridStep) * kGridStep};
}

DesignView::DesignView(QWidget* parent)
    : QGraphicsView(parent) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState);
    setCacheMode(CacheBackground);
    // The large cable layers cache their drawing (LinkLayerItem), about a viewport's pixels each: Qt's
    // default 10 MiB pixmap cache would evict them at once.
    QPixmapCache::setCacheLimit(std::max(QPixmapCache::cacheLimit(), kPixmapCacheKiB));
    setAcceptDrops(true);
    setTransformationAnchor(NoAnchor); // zoomAround keeps its own anchor
    setResizeAnchor(AnchorViewCenter);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true); // the cable under the pointer lights up (SelectTool)
    // The canvas pans by dragging; scroll bars would only take room from it.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void DesignView::showScene(QGraphicsScene* scene) {
    setScene(scene);
    diagram_rect_.reset();
    // Any change may move the diagram's edge; a zoom step alone does not (diagramRect() walks every item).
    connect(scene, &QGraphicsScene::changed, this, [this] { diagram_rect_.reset(); });
    zoomToFit();
}

QRectF DesignView::diagramRect() const {
    if (!diagram_rect_ || diagram_rect_->first != viewport()->size())
        diagram_rect_ = {viewport()->size(), measureDiagramRect()};
    return diagram_rect_->second;
}

QRectF DesignView::measureDiagramRect() const {
    // The device cards, rack frames and cables with a border, and the racks' name tabs as they show at the
    // zoom that fits the rest: the scene rect keeps extra room for editing, and a rack's bounds allow for the
    // larger tab it shows when zoomed far out.
    QRectF cards;
    std::vector<const RackItem*> racks;
    for (const QGraphicsItem* item : scene()->items()) {
        if (item->type() == DeviceItem::Type) {
            cards |= item->sceneBoundingRect();
        } else if (item->type() == RackItem::Type) {
            racks.push_back(static_cast<const RackItem*>(item));
            cards |= item->mapRectToScene(racks.back()->frame());
        } else if (item->type() == LinkLayerItem::Type && item->isVisible()) {
            cards |= item->sceneBoundingRect(); // the channels around the diagram, and their labels
        }
    }
    if (cards.isEmpty())
        return scene()->sceneRect();
    const auto bordered = [](const QRectF& rect) {
        return rect.adjusted(-kFitBorder, -kFitBorder, kFitBorder, kFitBorder);
    };
    const qreal zoom = std::min(fitZoomOf(bordered(cards)), kMaxFitZoom);
    for (const RackItem* rack : racks)
        cards |= rack->mapRectToScene(rack->tabRect(zoom));
    return bordered(cards);
}

qreal DesignView::fitZoomOf(const QRectF& bounds) const {
    const QSizeF viewport = this->viewport()->size();
    return std::min(viewport.width() / bounds.width(), viewport.height() / bounds.height());
}

qreal DesignView::fitZoom() const {
    return scene() ? fitZoomOf(diagramRect()) : 1;
}

void DesignView::setZoom(qreal zoom) {
    setTransform(QTransform::fromScale(zoom, zoom));
    if (!scene())
        return;
    // A viewport of room around the diagram: any part of it can be brought to any place in the view, which is
    // what keeps the point under the cursor in place while zooming.
    const qreal dx = viewport()->width() / zoom;
    const qreal dy = viewport()->height() / zoom;
    setSceneRect(scene()->sceneRect().adjusted(-dx, -dy, dx, dy));
}

void DesignView::zoomToFit() {
    if (!scene())
        return;
    diagram_rect_.reset(); // the scene's own changes reach the view only at the next event
    setZoom(std::min(fitZoom(), kMaxFitZoom));
    centerOn(diagramRect().center());
    fitting_ = true;
    emit zoomChanged();
}

void DesignView::zoomIn() {
    zoomAround(kZoomStep, viewport()->rect().center());
}

void DesignView::zoomOut() {
    zoomAround(1 / kZoomStep, viewport()->rect().center());
}

void DesignView::zoomToActualSize() {
    zoomAround(1 / zoom(), viewport()->rect().center());
}

void DesignView::zoomToRect(const QRectF& rect) {
    if (rect.isNull())
        return;
    fitting_ = false;
    const QRectF area =
        rect.adjusted(-kZoomToRectMargin, -kZoomToRectMargin, kZoomToRectMargin, kZoomToRectMargin);
    const QSizeF viewport = this->viewport()->size();
    setZoom(std::clamp(std::min(viewport.width() / area.width(), viewport.height() / area.height()),
                       std::min(kMinZoom, fitZoom()), kMaxFitZoom));
    centerOn(area.center());
    emit zoomChanged();
}

void DesignView::setTool(Tool* tool) {
    if (tool_ == tool)
        return;
    if (tool_)
        tool_->deactivate();
    tool_ = tool;
    viewport()->update();
}

void DesignView::zoomAround(qreal factor, QPointF anchor) {
    fitting_ = false;
    const qreal target = std::clamp(zoom() * factor, std::min(kMinZoom, fitZoom()), kMaxZoom);
    const QPointF scenePoint = mapToScene(anchor.toPoint());
    setZoom(target);
    const QPoint drift = mapFromScene(scenePoint) - anchor.toPoint();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + drift.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + drift.y());
    emit zoomChanged();
}

void DesignView::wheelEvent(QWheelEvent* event) {
    const qreal notches = event->angleDelta().y() / kWheelNotch;
    if (notches == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomAround(std::pow(kZoomStep, notches), event->position());
    event->accept();
}

void DesignView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && space_held_)) {
        panning_ = true;
        pan_from_ = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (tool_ && scene()) {
        tool_->mousePressed(event, mapToScene(event->position().toPoint()));
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DesignView::mouseMoveEvent(QMouseEvent* event) {
    if (panning_) {
        const QPoint delta = event->position().toPoint() - pan_from_;
        pan_from_ = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        fitting_ = false;
        event->accept();
        return;
    }
    if (tool_ && scene()) {
        tool_->mouseMoved(event, mapToScene(event->position().toPoint()));
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DesignView::mouseReleaseEvent(QMouseEvent* event) {
    if (panning_ && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        panning_ = false;
        if (space_held_)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    if (tool_ && scene()) {
        tool_->mouseReleased(event, mapToScene(event->position().toPoint()));
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DesignView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && scene()) {
        emit doubleClicked(mapToScene(event->position().toPoint()));
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void DesignView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        space_held_ = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DesignView::keyReleaseEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        space_held_ = false;
        if (!panning_)
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DesignView::dragEnterEvent(QDragEnterEvent* event) {
    dragMoveEvent(event);
}

void DesignView::dragMoveEvent(QDragMoveEvent* event) {
    if (event->mimeData()->hasFormat(QString::fromLatin1(kDeviceMimeType))) {
        event->setDropAction(Qt::CopyAction); // the palette keeps its entry
        event->accept();
    } else {
        event->ignore();
    }
}

void DesignView::dropEvent(QDropEvent* event) {
    // "type" or "type\nnetwork": see PaletteDock.
    const QStringList parts =
        QString::fromUtf8(event->mimeData()->data(QString::fromLatin1(kDeviceMimeType))).split(u'\n');
    if (parts.isEmpty() || parts.front().isEmpty()) {
        event->ignore();
        return;
    }
    std::optional<Network> network;
    if (parts.size() > 1)
        network = parseNetwork(parts.at(1).toStdString());
    const QPointF at = mapToScene(event->position().toPoint());
    emit deviceDropped(parts.front(), network, at, !(event->modifiers() & Qt::AltModifier));
    event->setDropAction(Qt::CopyAction); // the palette keeps its entry
    event->accept();
}

void DesignView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (fitting_)
        zoomToFit();
    else
        setZoom(zoom());
}

void DesignView::drawBackground(QPainter* painter, const QRectF& rect) {
    painter->fillRect(rect, kCanvasColor);
    qreal step = kGridStep;
    while (step * zoom() < kMinGridPixels)
        step *= kGridMajorEvery;

    QVarLengthArray<QLineF, 128> minor;
    QVarLengthArray<QLineF, 128> major;
    for (auto i = static_cast<long long>(std::ceil(rect.left() / step)); i * step <= rect.right(); ++i)
        (i % kGridMajorEvery == 0 ? major : minor)
            .append(QLineF(i * step, rect.top(), i * step, rect.bottom()));
    for (auto i = static_cast<long long>(std::ceil(rect.top() / step)); i * step <= rect.bottom(); ++i)
        (i % kGridMajorEvery == 0 ? major : minor)
            .append(QLineF(rect.left(), i * step, rect.right(), i * step));

    // Crisp one-pixel lines: antialiasing would smear them over two.
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(gridPen(kMinorGridColor));
    painter->drawLines(minor.constData(), static_cast<int>(minor.size()));
    painter->setPen(gridPen(kMajorGridColor));
    painter->drawLines(major.constData(), static_cast<int>(major.size()));
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
}

void DesignView::setEmptyHint(const QString& hint) {
    if (hint == empty_hint_)
        return;
    empty_hint_ = hint;
    viewport()->update();
}

void DesignView::setNote(const QString& note) {
    if (note == note_)
        return;
    note_ = note;
    viewport()->update();
}

void DesignView::drawForeground(QPainter* painter, const QRectF& rect) {
    Q_UNUSED(rect);
    if (tool_)
        tool_->paintOverlay(painter);
    if (!note_.isEmpty()) {
        painter->save();
        painter->resetTransform();
        painter->setFont(font());
        // As wide as the note, or wrapped to the view's width.
        const int widest = viewport()->width() - 2 * (kNoteMarginPixels + kNotePaddingPixels);
        const QRect text =
            QFontMetrics(font()).boundingRect(QRect(0, 0, std::max(widest, 1), 0), Qt::TextWordWrap, note_);
        QRect area(QPoint(), text.size() + QSize(2 * kNotePaddingPixels, kNotePaddingPixels));
        area.moveBottomLeft(viewport()->rect().bottomLeft() + QPoint(kNoteMarginPixels, -kNoteMarginPixels));
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xFF, 0xFF, 0xFF, 0xE6));
        painter->drawRoundedRect(area, 4, 4);
        painter->setPen(palette().color(QPalette::WindowText));
        painter->drawText(area, Qt::AlignCenter | Qt::TextWordWrap, note_);
        painter->restore();
    }
    if (empty_hint_.isEmpty())
        return;
    // In viewport pixels, whatever the zoom: the hint reads the same at every scale.
    painter->save();
    painter->resetTransform();
    QFont font = this->font(); // the painter's may be an item's pixel-sized one
    font.setPointSizeF(font.pointSizeF() * kEmptyHintFontScale);
    painter->setFont(font);
    painter->setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = viewport()->rect().adjusted(kEmptyHintMarginPixels, kEmptyHintMarginPixels,
                                                   -kEmptyHintMarginPixels, -kEmptyHintMarginPixels);
    painter->drawText(area, Qt::AlignCenter | Qt::TextWordWrap, empty_hint_);
    painter->restore();
}

} // namespace cs
