#pragma once

#include "model/network.h"

#include <QGraphicsView>
#include <QString>
#include <optional>
#include <utility>

namespace cs {

class Tool;

inline constexpr qreal kGridStep = 40; // scene units between grid lines; drops and moves snap to them
QPointF snapToGrid(QPointF point);

// What the palette drags onto the canvas: a catalog device type, and for a switch the network it serves.
inline constexpr char kDeviceMimeType[] = "application/x-clusterstudio-device";

// The canvas view: wheel zoom around the cursor, pan with the middle button or with Space held, a light grid
// behind the diagram. The other mouse input goes to the current tool; palette devices drop here.
class DesignView final : public QGraphicsView {
    Q_OBJECT

public:
    explicit DesignView(QWidget* parent = nullptr);

    qreal zoom() const { return transform().m11(); }
    // Shows a new scene, fitted to the view.
    void showScene(QGraphicsScene* scene);

    // Fits the whole scene in the view, and keeps it fitted as the view resizes until the user zooms or pans.
    void zoomToFit();
    void zoomIn();
    void zoomOut();
    void zoomToActualSize();
    // Shows a scene rectangle (a selection, a diagnostic's devices) with some room around it.
    void zoomToRect(const QRectF& rect);

    Tool* tool() const { return tool_; }
    void setTool(Tool* tool);

    // What to do on an empty canvas, drawn in the middle of the view (none: nothing drawn).
    void setEmptyHint(const QString& hint);
    QString emptyHint() const { return empty_hint_; }
    // A line at the bottom of the view saying what it shows (the view from afar), none: nothing drawn.
    void setNote(const QString& note);
    QString note() const { return note_; }

signals:
    // A palette device dropped at a scene point; `snap`: the corner goes to the grid (Alt was not held).
    void deviceDropped(const QString& type, std::optional<cs::Network> network, QPointF scenePos, bool snap);
    void zoomChanged();
    void doubleClicked(QPointF scenePoint);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    // Zooms by `factor` keeping the scene point under `anchor` (viewport coordinates) where it is.
    void zoomAround(qreal factor, QPointF anchor);
    qreal fitZoom() const;
    // The diagram's extent, kept until the scene changes or the viewport resizes.
    QRectF diagramRect() const;
    QRectF measureDiagramRect() const;
    qreal fitZoomOf(const QRectF& bounds) const; // the zoom at which `bounds` fills the viewport
    void setZoom(qreal zoom);

    bool fitting_ = true;
    bool panning_ = false;
    bool space_held_ = false;
    QPoint pan_from_;
    Tool* tool_ = nullptr;
    QString empty_hint_;
    QString note_;
    mutable std::optional<std::pair<QSize, QRectF>> diagram_rect_;
};

} // namespace cs
