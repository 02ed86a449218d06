#include "minimap.h"

#include "blocklayeritem.h"
#include "designscene.h"
#include "designview.h"

#include <QGraphicsScene>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace cs {

namespace {

constexpr int kRenderDelayMs = 400; // after the last scene change: a drag re-renders it once, at its end
constexpr QSize kPreferredSize(260, 170);
const QColor kBackground(0xF8, 0xFA, 0xFC);
const QColor kFrame(0x25, 0x63, 0xEB);

} // namespace

Minimap::Minimap(DesignView* view, QWidget* parent)
    : QWidget(parent)
    , view_(view)
    , render_delay_(kRenderDelayMs, [this] { render(); }) {
    setObjectName(QStringLiteral("minimap"));
    setMinimumSize(120, 80);
    setCursor(Qt::PointingHandCursor);
    // The frame follows every scroll and zoom of the canvas.
    connect(view_->horizontalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    connect(view_->verticalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    connect(view_, &DesignView::zoomChanged, this, qOverload<>(&QWidget::update));
}

QSize Minimap::sizeHint() const {
    return kPreferredSize;
}

void Minimap::watchScene() {
    if (QGraphicsScene* scene = view_->scene())
        connect(scene, &QGraphicsScene::changed, this, &Minimap::scheduleRender, Qt::UniqueConnection);
    render();
}

QRectF Minimap::sceneArea() const {
    return view_->scene() ? view_->scene()->sceneRect() : QRectF();
}

QRectF Minimap::pictureRect() const {
    const QRectF area = sceneArea();
    if (area.isEmpty())
        return {};
    QSizeF size = area.size();
    size.scale(QSizeF(this->size()), Qt::KeepAspectRatio);
    return {QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size};
}

void Minimap::render() {
    render_delay_.cancel();
    const QRectF target = pictureRect();
    if (target.isEmpty()) {
        picture_ = QPixmap();
        update();
        return;
    }
    picture_ = QPixmap(target.size().toSize() * devicePixelRatioF());
    picture_.setDevicePixelRatio(devicePixelRatioF());
    picture_.fill(kBackground);
    QPainter painter(&picture_);
    const auto* scene = static_cast<const DesignScene*>(view_->scene()); // the view shows design scenes
    if (scene->blockLayer()->view() && scene->design().links().size() >= kBackgroundRoutingLinks) {
        // A large design in small is its blocks: drawing every cable would take seconds after each edit.
        const QRectF area = sceneArea();
        const qreal scale = std::min(target.width() / area.width(), target.height() / area.height());
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(scale, scale);
        painter.translate(-area.topLeft());
        scene->blockLayer()->paintOverview(&painter);
    } else {
        view_->scene()->render(&painter, QRectF(QPointF(), target.size()), sceneArea());
    }
    update();
}

void Minimap::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QRectF target = pictureRect();
    if (target.isEmpty() || picture_.isNull())
        return;
    painter.drawPixmap(target.topLeft(), picture_);
    // The canvas's visible part, in the picture's coordinates.
    const QRectF area = sceneArea();
    const QRectF shown = view_->mapToScene(view_->viewport()->rect()).boundingRect();
    const qreal scale = target.width() / area.width();
    const QRectF frame((shown.left() - area.left()) * scale + target.left(),
                       (shown.top() - area.top()) * scale + target.top(), shown.width() * scale,
                       shown.height() * scale);
    painter.setPen(QPen(kFrame, 1.5));
    painter.setBrush(QColor(kFrame.red(), kFrame.green(), kFrame.blue(), 24));
    painter.drawRect(frame.intersected(target));
}

void Minimap::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    render_delay_.schedule();
}

void Minimap::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        centreViewAt(event->position());
}

void Minimap::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton)
        centreViewAt(event->position());
}

void Minimap::centreViewAt(QPointF widgetPoint) {
    const QRectF target = pictureRect();
    if (target.isEmpty())
        return;
    const QRectF area = sceneArea();
    const qreal scale = area.width() / target.width();
    view_->centerOn(area.left() + (widgetPoint.x() - target.left()) * scale,
                    area.top() + (widgetPoint.y() - target.top()) * scale);
    update();
}

} // namespace cs
