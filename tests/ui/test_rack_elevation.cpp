// The Rack Elevation dock: a row of the hall's racks from the front, in step with the canvas' selection.
#include "commands/operationcommand.h"
#include "designview.h"
#include "deviceitem.h"
#include "model/rack_elevation.h"
#include "rackelevationdock.h"
#include "rackelevationsheet.h"
#include "studio_test_support.h"
#include "topology/floor_plan.h"

#include <QComboBox>
#include <QScrollArea>
#include <QSignalSpy>

namespace cs::test {
namespace {

class RackElevationTest : public ExampleWindowTest {
protected:
    void SetUp() override {
        ExampleWindowTest::SetUp();
        dock_ = window_->findChild<RackElevationDock*>();
        ASSERT_NE(dock_, nullptr);
        dock_->show();
        dock_->raise();
        dock_->refreshNow();
        if (const QString folder = qEnvironmentVariable("ELEVATION_SCREENSHOT_DIR"); !folder.isEmpty())
            screenshots_ = folder;
    }
    const Design& design() const { return window_->design(); }
    // The row of the example's six GPU racks.
    int gpuRow() const {
        const auto& rows = dock_->rackRows();
        for (std::size_t row = 0; row < rows.size(); ++row)
            if (rows[row].size() == 6)
                return static_cast<int>(row);
        return -1;
    }

    RackElevationDock* dock_ = nullptr;
    QString screenshots_;
};

TEST_F(RackElevationTest, ItListsTheHallsRowsAndDrawsEveryDeviceOfARowInItsUnits) {
    EXPECT_EQ(dock_->rackRows(), floorPlanOf(design()).rackRows());
    EXPECT_EQ(dock_->rows()->count(), static_cast<int>(dock_->rackRows().size()));
    const int row = gpuRow();
    ASSERT_GE(row, 0);
    dock_->rows()->setCurrentIndex(row);
    EXPECT_TRUE(dock_->rows()->currentText().contains(QStringLiteral("6 racks")))
        << qPrintable(dock_->rows()->currentText());
    const RackRowSheet* sheet = dock_->sheet();
    ASSERT_NE(sheet, nullptr);
    for (RackId rack : dock_->rackRows()[std::size_t(row)]) {
        const QRectF frame = sheet->rackRect(rack);
        EXPECT_FALSE(frame.isEmpty());
        const RackElevation elevation = rackElevation(design(), rack);
        for (const ElevationDevice& placed : elevation.placed) {
            const QRectF box = sheet->deviceRect(placed.device);
            EXPECT_TRUE(frame.contains(box)) << design().devices().find(placed.device)->name;
            // As tall as its units, the lower units lower on the sheet.
            EXPECT_NEAR(box.height() / placed.height_u,
                        sheet->deviceRect(elevation.placed.front().device).height() /
                            elevation.placed.front().height_u,
                        1e-9);
            EXPECT_EQ(sheet->deviceAt(box.center()), placed.device);
        }
        for (std::size_t i = 1; i < elevation.placed.size(); ++i)
            EXPECT_LT(sheet->deviceRect(elevation.placed[i].device).top(),
                      sheet->deviceRect(elevation.placed[i - 1].device).top());
    }
    EXPECT_FALSE(sheet->deviceAt({1, 1}).has_value());
    // The dock is lower than a 42 U rack: the sheet shrinks, but not below a legible scale.
    EXPECT_LT(dock_->sheetScale(), 1);
    EXPECT_GE(dock_->sheetScale(), 0.6);
    if (!screenshots_.isEmpty())
        dock_->grab().save(screenshots_ + QStringLiteral("/elevation-dock.png"));
}

TEST_F(RackElevationTest, ClickingADeviceSelectsItOnTheCanvas) {
    dock_->rows()->setCurrentIndex(gpuRow());
    const RackElevation elevation = rackElevation(design(), dock_->rackRows()[std::size_t(gpuRow())].front());
    ASSERT_FALSE(elevation.placed.empty());
    const DeviceId device = elevation.placed.front().device;
    QWidget* view = dock_->findChild<QScrollArea*>(QStringLiteral("elevationSheet"))->widget();
    ASSERT_TRUE(view->isVisible());
    QSignalSpy activated(dock_, &RackElevationDock::deviceActivated);
    const QPointF onSheet = dock_->sheet()->deviceRect(device).center();
    QTest::mouseClick(view, Qt::LeftButton, {}, (onSheet * dock_->sheetScale()).toPoint());
    EXPECT_EQ(window_->document()->selection().devices, std::vector<DeviceId>{device});
    ASSERT_EQ(activated.count(), 1);
    EXPECT_TRUE(window_->view()
                    ->mapToScene(window_->view()->viewport()->rect())
                    .boundingRect()
                    .contains(deviceRect(design(), *design().devices().find(device)).center()));
}

TEST_F(RackElevationTest, SelectingADeviceOnTheCanvasShowsItsRow) {
    dock_->rows()->setCurrentIndex(gpuRow() == 0 ? 1 : 0);
    const RackId rack = dock_->rackRows()[std::size_t(gpuRow())].back();
    const RackElevation elevation = rackElevation(design(), rack);
    window_->document()->setSelection({{elevation.placed.back().device}, {}});
    EXPECT_EQ(dock_->rows()->currentIndex(), gpuRow());
    window_->document()->setSelection({{}, {}, {dock_->rackRows().front().front()}});
    EXPECT_EQ(dock_->rows()->currentIndex(), 0);
}

TEST_F(RackElevationTest, AnEditRedrawsTheRowOnceEditsPause) {
    dock_->rows()->setCurrentIndex(gpuRow());
    const RackElevation before = rackElevation(design(), dock_->rackRows()[std::size_t(gpuRow())].front());
    Device moved = *design().devices().find(before.placed.back().device);
    ASSERT_FALSE(before.free.empty());
    ASSERT_EQ(before.free.back().top_u, before.height_u); // room at the top
    ASSERT_GE(before.free.back().count(), design().typeOf(moved).rack_units);
    moved.rack_u = before.height_u - design().typeOf(moved).rack_units + 1; // to the top of the rack
    QString error;
    ASSERT_TRUE(OperationCommand::execute(
        window_->document(),
        std::make_unique<OperationCommand>(window_->document(), QStringLiteral("move"),
                                           std::vector<Operation>{Operation{Update<Device>{moved}}}),
        &error))
        << error.toStdString();
    const QRectF old = dock_->sheet()->deviceRect(moved.id);
    dock_->refreshNow();
    EXPECT_LT(dock_->sheet()->deviceRect(moved.id).top(), old.top());
    EXPECT_EQ(dock_->rows()->currentIndex(), gpuRow());
}

} // namespace
} // namespace cs::test
