#pragma once

#include "floorplansheet.h"
#include "model/design.h"

#include <QDockWidget>
#include <QGraphicsView>
#include <QTimer>
#include <functional>
#include <memory>
#include <unordered_set>

class QComboBox;
class QLabel;
class QToolButton;

namespace cs {

class DesignDocument;
class FloorLegendWidget;
class FloorPlanItem;
struct ChangeEvent;

// The floor plan in the dock: one item draws the sheet, only what is exposed (FloorPlanSheet::paint); the
// mouse wheel zooms about the cursor, a drag pans, a click on a rack reports it, a hover shows its tooltip,
// and a scale bar in metres stays in the corner.
class FloorPlanView final : public QGraphicsView {
public:
    FloorPlanView();
    ~FloorPlanView() override;

    std::function<void(RackId)> clicked;

    // Shows `sheet` (none: empty); keeps the zoom unless `fit` (or the whole hall was shown).
    void setSheet(std::shared_ptr<const FloorPlanSheet> sheet, bool fit);
    void setColouring(FloorColouring colouring);
    void setSelected(std::unordered_set<RackId> racks);
    const std::unordered_set<RackId>& selected() const;
    // Racks drawn by the last paint.
    std::size_t racksPainted() const;
    void zoomToFit();
    // Centres the view on `rect` (sheet coordinates), zooming in as far as kRackZoom when it is smaller.
    void showRect(const QRectF& rect);
    double zoom() const { return transform().m11(); }

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    FloorPlanItem* item_;
    QPoint press_;
    bool fitted_ = false; // the whole hall is shown: it stays so as the view is resized
};

// The data hall from above (FloorPlanSheet): rows of racks to scale, the aisles, each rack coloured by its
// load or its cooling. Clicking a rack selects it in the document (rackActivated: the canvas zooms to it);
// the canvas' selected racks, and the racks of its selected devices, are outlined. Built only while the dock
// is shown and after the racks or their devices changed, once edits pause.
class FloorPlanDock final : public QDockWidget {
    Q_OBJECT

public:
    explicit FloorPlanDock(DesignDocument* document, QWidget* parent = nullptr);
    ~FloorPlanDock() override;

    FloorPlanView* view() const { return view_; }
    QComboBox* colouring() const { return colouring_; }
    // The sheet shown (none before the first build).
    const FloorPlanSheet* sheet() const { return sheet_.get(); }
    // Recomputes now instead of after the pause.
    void refreshNow();

signals:
    void rackActivated(cs::RackId rack);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onChanged(const ChangeEvent& event);
    void refresh();
    void followSelection();

    DesignDocument* document_;
    QComboBox* colouring_;
    QToolButton* fit_;
    FloorLegendWidget* legend_;
    QLabel* hint_;
    FloorPlanView* view_;
    std::shared_ptr<const FloorPlanSheet> sheet_;
    QTimer timer_;
    bool stale_ = true;
    bool fit_next_ = true; // a new design is shown whole
};

} // namespace cs
