#pragma once

#include <QDockWidget>
#include <QTimer>

class QLabel;
class QTableWidget;

namespace cs {

class DesignDocument;
struct ChangeEvent;

// The open design's bill of materials, as `cluster-studio bom` gives it (core makeBom): the devices by type
// and GPU, the cables and optics by network, type and length class, and the totals. Kept current while the
// dock is shown, once edits pause; both tables copy and export as CSV.
class BomDock final : public QDockWidget {
    Q_OBJECT

public:
    explicit BomDock(DesignDocument* document, QWidget* parent = nullptr);

    QTableWidget* devices() const { return devices_; }
    QTableWidget* cables() const { return cables_; }
    // Recomputes now instead of after the pause.
    void refreshNow();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onChanged(const ChangeEvent& event);
    void refresh();

    DesignDocument* document_;
    QLabel* totals_;
    QTableWidget* devices_;
    QTableWidget* cables_;
    QTimer timer_;
    bool stale_ = true;
};

} // namespace cs
