#pragma once

#include "catalog.h"
#include "design.h"

#include <QMainWindow>
#include <memory>

class QDockWidget;
class QLabel;

namespace cs {

class DesignScene;
class DesignView;
class LegendWidget;

// The studio window: the canvas of one design, its legend and its summary.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    // `library` is the device catalog that JSON designs take their types from.
    explicit MainWindow(Catalog library, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a .csd or .json design. On failure returns false with the reason (naming the file) in `error`,
    // and keeps the current design; showing the reason is the caller's choice.
    bool openDesign(const QString& path, QString* error);

    const Design& design() const { return design_; }
    DesignScene* scene() const { return scene_.get(); }
    DesignView* view() const { return view_; }
    LegendWidget* legend() const { return legend_; }

private:
    void createMenus();
    void openFromDialog();
    void showDesign(Design design);

    Catalog library_;
    Design design_;
    QString path_; // where the design was opened from; empty for a new design
    std::unique_ptr<DesignScene> scene_;
    DesignView* view_;
    LegendWidget* legend_;
    QDockWidget* legend_dock_;
    QLabel* summary_;
};

// Tells the user that a design could not be opened, and why.
void showOpenError(QWidget* parent, const QString& path, const QString& error);

} // namespace cs
