#pragma once

#include <QObject>
#include <QPointF>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace cs {

class DesignDocument;
class DesignScene;
class DesignView;

// Turns mouse input on the canvas into commands (Tiled's AbstractTool). The view hands a tool the events it
// does not use itself for panning; positions come in scene coordinates.
class Tool : public QObject {
    Q_OBJECT

public:
    Tool(DesignDocument* document, DesignView* view);

    virtual void mousePressed(QMouseEvent* event, QPointF scenePos) = 0;
    virtual void mouseMoved(QMouseEvent* event, QPointF scenePos) = 0;
    virtual void mouseReleased(QMouseEvent* event, QPointF scenePos) = 0;
    // What the tool draws above the scene while a gesture is under way, in scene coordinates.
    virtual void paintOverlay(QPainter* painter) { Q_UNUSED(painter); }
    // The tool is being switched away from: drop a gesture under way.
    virtual void deactivate() {}

signals:
    // An edit the tool could not make, and why: for the status bar.
    void refused(const QString& reason);

protected:
    DesignScene* scene() const;

    DesignDocument* document_;
    DesignView* view_;
};

} // namespace cs
