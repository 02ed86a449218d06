#pragma once

#include <QGraphicsView>

namespace cs {

// The canvas view: wheel zoom around the cursor, pan with the middle button or by dragging the empty canvas,
// and a light grid behind the diagram.
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

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;

private:
    // Zooms by `factor` keeping the scene point under `anchor` (viewport coordinates) where it is.
    void zoomAround(qreal factor, QPointF anchor);
    qreal fitZoom() const;
    void setZoom(qreal zoom);

    bool fitting_ = true;
    bool panning_ = false;
    QPoint pan_from_;
};

} // namespace cs
