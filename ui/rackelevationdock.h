#pragma once

#include "model/design.h"

#include <QDockWidget>
#include <QTimer>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QScrollArea;

namespace cs {

class DesignDocument;
class RackRowSheet;
class RackRowWidget;
struct ChangeEvent;

// The racks' front views, a row of the hall at a time (the floor plan's rows: floorPlanOf): the devices in
// their units, the free units, each rack's power, cooling and units. Selecting a device or a rack on the
// canvas shows its row; clicking a device here selects it there (deviceActivated). Kept current while shown,
// once edits pause.
class RackElevationDock final : public QDockWidget {
    Q_OBJECT

public:
    explicit RackElevationDock(DesignDocument* document, QWidget* parent = nullptr);
    ~RackElevationDock() override;

    QComboBox* rows() const { return rows_; }
    // The sheet shown (none without racks).
    const RackRowSheet* sheet() const;
    // The sheet's scale in the dock: below 1 where the dock is lower than the sheet.
    double sheetScale() const;
    // The racks of every row, front row first, as the chooser lists them.
    const std::vector<std::vector<RackId>>& rackRows() const { return rack_rows_; }
    // Recomputes now instead of after the pause.
    void refreshNow();

signals:
    void deviceActivated(cs::DeviceId device);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onChanged(const ChangeEvent& event);
    void refresh();
    void showRow(int row);
    void followSelection();

    DesignDocument* document_;
    QComboBox* rows_;
    QLabel* hint_;
    QScrollArea* scroll_;
    RackRowWidget* view_;
    std::vector<std::vector<RackId>> rack_rows_;
    QTimer timer_;
    bool stale_ = true;
};

} // namespace cs
