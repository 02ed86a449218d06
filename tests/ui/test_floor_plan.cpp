// The Floor Plan dock: the data hall from above, in step with the canvas' selection; and its export.
#include "commands/operationcommand.h"
#include "designscene.h"
#include "designview.h"
#include "floorplandock.h"
#include "floorplanexport.h"
#include "rackitem.h"
#include "studio_test_support.h"
#include "topology/cluster_generator.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QToolButton>
#include <iostream>

namespace cs::test {
namespace {

class FloorPlanTest : public ExampleWindowTest {
protected:
    void SetUp() override {
        ExampleWindowTest::SetUp();
        dock_ = window_->findChild<FloorPlanDock*>();
        ASSERT_NE(dock_, nullptr);
        dock_->show();
        dock_->raise();
        dock_->resize(900, 420);
        dock_->refreshNow();
        dock_->view()->zoomToFit();
        if (const QString folder = qEnvironmentVariable("FLOORPLAN_SCREENSHOT_DIR"); !folder.isEmpty())
            screenshots_ = folder;
    }
    const Design& design() const { return window_->design(); }
    // Paints the view now and returns the racks it drew.
    std::size_t paintView() {
        dock_->view()->viewport()->grab();
        return dock_->view()->racksPainted();
    }
    QPoint onScreen(RackId rack) const {
        return dock_->view()->mapFromScene(dock_->sheet()->rackRect(rack).center());
    }

    FloorPlanDock* dock_ = nullptr;
    QString screenshots_;
};

TEST_F(FloorPlanTest, ItDrawsEveryRackOfTheDesignOnItsSpot) {
    ASSERT_NE(dock_->sheet(), nullptr);
    ASSERT_TRUE(dock_->view()->isVisible());
    EXPECT_EQ(dock_->sheet()->layout().racks.size(), design().racks().size());
    EXPECT_EQ(paintView(), design().racks().size());
    // Each rack is found where it is drawn.
    for (const Rack& rack : design().racks().items())
        EXPECT_EQ(dock_->sheet()->rackAt(dock_->sheet()->rackRect(rack.id).center()), rack.id) << rack.name;
    EXPECT_FALSE(dock_->sheet()->rackAt({1, 1}).has_value());
    // The GPU row's label says its racks and GPUs; a rack's tooltip its name and load.
    const FloorRow& gpuRow = dock_->sheet()->layout().rows.back();
    EXPECT_TRUE(dock_->sheet()->rowLabel(gpuRow).contains(QStringLiteral("6 racks")));
    EXPECT_TRUE(dock_->sheet()->rowLabel(gpuRow).contains(QStringLiteral("128 GPUs")));
    const FloorRack& first = dock_->sheet()->layout().racks.front();
    EXPECT_TRUE(dock_->sheet()->rackToolTip(first.rack).contains(QString::fromStdString(first.name)));
    if (!screenshots_.isEmpty())
        dock_->grab().save(screenshots_ + QStringLiteral("/floorplan-dock.png"));
}

TEST_F(FloorPlanTest, ClickingARackSelectsItAndTheCanvasShowsIt) {
    const RackId rack = dock_->sheet()->layout().racks.back().rack;
    QSignalSpy activated(dock_, &FloorPlanDock::rackActivated);
    QTest::mouseClick(dock_->view()->viewport(), Qt::LeftButton, {}, onScreen(rack));
    EXPECT_EQ(window_->document()->selection().racks, std::vector<RackId>{rack});
    ASSERT_EQ(activated.count(), 1);
    EXPECT_TRUE(window_->scene()->rackItem(rack)->isMarkedSelected());
    EXPECT_TRUE(window_->view()
                    ->mapToScene(window_->view()->viewport()->rect())
                    .boundingRect()
                    .contains(window_->scene()->rackItem(rack)->frame().center()));
}

TEST_F(FloorPlanTest, TheCanvasSelectionIsOutlinedOnThePlan) {
    const FloorRack& rack = dock_->sheet()->layout().racks.front();
    window_->document()->setSelection({{}, {}, {rack.rack}});
    EXPECT_EQ(dock_->view()->selected(), std::unordered_set<RackId>{rack.rack});
    // A selected device outlines its rack; the outline is drawn in the selection's blue.
    for (const Device& device : design().devices().items()) {
        if (device.rack == kNoRack || device.rack == rack.rack)
            continue;
        window_->document()->setSelection({{device.id}, {}});
        EXPECT_EQ(dock_->view()->selected(), std::unordered_set<RackId>{device.rack});
        dock_->view()->showRect(dock_->sheet()->rackRect(device.rack));
        const QImage shot = dock_->view()->viewport()->grab().toImage();
        const QRect box = dock_->view()->mapFromScene(dock_->sheet()->rackRect(device.rack)).boundingRect();
        EXPECT_EQ(shot.pixelColor(box.left() + 1, box.center().y()), QColor(0x15, 0x65, 0xC0));
        break;
    }
    window_->document()->setSelection({});
    EXPECT_TRUE(dock_->view()->selected().empty());
}

TEST_F(FloorPlanTest, TheWheelZoomsAndFitShowsTheWholeHall) {
    const double fitted = dock_->view()->zoom();
    QWheelEvent wheel(QPointF(100, 100), dock_->view()->viewport()->mapToGlobal(QPointF(100, 100)), {},
                      QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(dock_->view()->viewport(), &wheel);
    EXPECT_GT(dock_->view()->zoom(), fitted * 1.3); // two notches, 1.2 each
    dock_->findChild<QToolButton*>()->click();
    EXPECT_NEAR(dock_->view()->zoom(), fitted, fitted * 1e-6);
    // By cooling: the same racks, another key.
    dock_->colouring()->setCurrentIndex(1);
    EXPECT_EQ(paintView(), design().racks().size());
}

TEST_F(FloorPlanTest, AnEditRedrawsThePlanOnlyWhenRacksChange) {
    const auto edit = [this](Operation operation) {
        QString error;
        ASSERT_TRUE(OperationCommand::execute(
            window_->document(),
            std::make_unique<OperationCommand>(window_->document(), QStringLiteral("edit"),
                                               std::vector<Operation>{std::move(operation)}),
            &error))
            << error.toStdString();
        QTest::qWait(400); // past the pause after edits
    };
    // Renaming the design leaves the floor as it was: no rebuild.
    const FloorPlanSheet* before = dock_->sheet();
    edit(Operation{Rename{"renamed hall"}});
    EXPECT_EQ(dock_->sheet(), before);
    // A rack's feed halved: the plan is rebuilt once the edits pause, and the rack's load follows.
    const FloorLayout& layout = dock_->sheet()->layout();
    Rack rack = *design().racks().find(layout.racks[layout.rows.back().first].rack); // a GPU rack
    const double utilisation = dock_->sheet()->layout().find(rack.id)->utilisation;
    rack.max_kw /= 2;
    edit(Operation{Update<Rack>{rack}});
    ASSERT_NE(dock_->sheet(), before);
    EXPECT_NEAR(dock_->sheet()->layout().find(rack.id)->utilisation, 2 * utilisation, 1e-9);
    // A new design without racks: a hint instead of an empty view.
    window_->document()->reset(Design{}, QString());
    dock_->refreshNow();
    EXPECT_TRUE(dock_->sheet()->layout().racks.empty());
    EXPECT_FALSE(dock_->view()->isVisible());
}

// The build and paint of an 8,889-rack hall (16,384 DGX B300 on XDR), printed for the notes.
TEST(FloorPlanScale, ABigHallBuildsAndPaintsQuickly) {
    GeneratorOptions options;
    options.servers = 16384;
    options.server = "dgx-b300";
    options.fabric = Fabric::Xdr;
    const Design design = generateCluster(options, Catalog::loadDirectory(Catalog::defaultDirectory()));
    QElapsedTimer clock;
    clock.start();
    const FloorPlanSheet sheet(floorLayoutOf(design));
    const qint64 build = clock.elapsed();
    QImage image(1600, 1000, QImage::Format_RGB32);
    QPainter painter(&image);
    const double fit = std::min(1600 / sheet.size().width(), 1000 / sheet.size().height());
    painter.scale(fit, fit);
    clock.restart();
    const std::size_t drawn =
        sheet.paint(painter, QRectF(QPointF(0, 0), sheet.size()), fit, FloorColouring::Load);
    const qint64 paint = clock.elapsed();
    EXPECT_EQ(drawn, design.racks().size());
    EXPECT_GE(drawn, 4000u);
    std::cout << "floor plan of " << design.racks().size() << " racks: build " << build << " ms, paint "
              << paint << " ms (1600x1000, whole hall)\n";
}

} // namespace
} // namespace cs::test
