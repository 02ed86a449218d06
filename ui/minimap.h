#pragma once

#include "debouncer.h"

#include <QPixmap>
#include <QWidget>

namespace cs {

class DesignView;

// The whole design in small, with the part the canvas shows framed; a click or drag moves the canvas there.
// The drawing is a picture of the scene refreshed after changes pause, so that it costs nothing per frame.
class Minimap final : public QWidget {
    Q_OBJECT

public:
    explicit Minimap(DesignView* view, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    // The scene rectangle the picture shows, and where it is drawn in the widget.
    QRectF sceneArea() const;
    QRectF pictureRect() const;

    // Follows a new scene on the view.
    void watchScene();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    void render();
    void scheduleRender() { render_delay_.schedule(); }
    void centreViewAt(QPointF widgetPoint);

    DesignView* view_;
    QPixmap picture_;
    Debouncer render_delay_;
};

} // namespace cs
