// The Fail what-if on a generated 32 x DGX H100 cluster: failing a rail leaf marks the leaf, its 32 servers
// at 7/8 compute bandwidth and its cables, says so in the banner, the status bar and the inspector; Ctrl+Z
// undoes it; the design, its file and its modified flag never change; a deleted failed device leaves the set;
// racks and planes fail whole.
#include "commands/changefailures.h"
#include "commands/commands.h"
#include "designscene.h"
#include "designview.h"
#include "deviceitem.h"
#include "inspectordock.h"
#include "scenario/default_plan.h"
#include "studio_test_support.h"
#include "topology/cluster_generator.h"
#include "whatifoverlay.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFrame>
#include <QLabel>
#include <QMenu>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <gtest/gtest.h>

namespace cs {
namespace {

Design generatedCluster(const std::string& server, std::optional<Fabric> fabric = std::nullopt,
                        std::optional<Topology> topology = std::nullopt, int planes = 0) {
    GeneratorOptions options;
    options.servers = 32;
    options.server = server;
    options.fabric = fabric;
    options.topology = topology;
    options.planes = planes;
    return generateCluster(options, Catalog::loadDirectory(Catalog::defaultDirectory()));
}

class WhatIfTest : public ::testing::Test {
protected:
    void SetUp() override {
        window_ = std::make_unique<MainWindow>(Catalog::loadDirectory(Catalog::defaultDirectory()));
        window_->resize(1400, 900);
        window_->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
        open(generatedCluster("dgx-h100"));
        what_if_ = window_->whatIf();
    }
    void TearDown() override {
        window_->autosave()->discard();
        window_->document()->undoStack()->setClean();
    }

    void open(Design design) {
        window_->document()->reset(std::move(design), QString());
        analyze();
    }
    void analyze() const { window_->analysis()->analyzeNow(); }
    DesignDocument* document() const { return window_->document(); }
    const Design& design() const { return window_->design(); }

    // The first compute leaf: one rail of the 32 servers' scalable unit.
    DeviceId leaf() const {
        for (const Device& device : design().devices().items()) {
            if (device.network == Network::Compute && device.role == "leaf")
                return device.id;
        }
        ADD_FAILURE() << "no compute leaf";
        return 0;
    }
    std::vector<DeviceId> gpuServers() const {
        std::vector<DeviceId> servers;
        for (const Device& device : design().devices().items()) {
            if (design().typeOf(device).category == DeviceCategory::GpuServer)
                servers.push_back(device.id);
        }
        return servers;
    }
    std::optional<FailureMark> markOf(DeviceId id) const {
        return window_->scene()->deviceItem(id)->failureMark();
    }
    // Selects `devices` and runs Fail as the menu does.
    void fail(std::vector<DeviceId> devices) {
        document()->setSelection({std::move(devices), {}});
        ASSERT_TRUE(what_if_->failAction()->isEnabled());
        what_if_->failAction()->trigger();
        analyze();
    }

    std::unique_ptr<MainWindow> window_;
    WhatIfOverlay* what_if_ = nullptr;
};

TEST_F(WhatIfTest, FailingALeafMarksItsServersAtSevenEighthsAndSaysSo) {
    const std::string before = test::jsonSnapshot(design());
    EXPECT_FALSE(what_if_->banner()->isVisible());
    const DeviceId failed = leaf();
    ASSERT_NO_FATAL_FAILURE(fail({failed}));

    EXPECT_EQ(document()->failures().devices, std::vector<DeviceId>{failed});
    EXPECT_EQ(test::jsonSnapshot(design()), before) << "a what-if never changes the design";
    EXPECT_FALSE(document()->isModified());
    EXPECT_FALSE(window_->windowTitle().contains(u'*'));
    EXPECT_EQ(document()->undoStack()->undoText(),
              QStringLiteral("Fail %1").arg(QString::fromStdString(design().devices().find(failed)->name)));

    EXPECT_TRUE(what_if_->banner()->isVisible());
    EXPECT_EQ(what_if_->bannerText()->text(),
              QStringLiteral("What-if, not saved: 1 switch(es) failed — 32 server(s) at 7/8 compute "
                             "bandwidth, 0 GPU(s) cut off")); // English plurals as the studio writes them

    EXPECT_TRUE(what_if_->statusLabel()->isVisible());
    EXPECT_EQ(what_if_->statusLabel()->text(),
              QStringLiteral("What-if: 12.5 % compute bandwidth lost, 0 GPU(s) cut off"));

    ASSERT_TRUE(markOf(failed));
    EXPECT_EQ(markOf(failed)->state, FailureMark::State::Failed);
    const std::vector<DeviceId> servers = gpuServers();
    ASSERT_EQ(servers.size(), 32u);
    for (DeviceId server : servers) {
        ASSERT_TRUE(markOf(server));
        EXPECT_EQ(markOf(server)->state, FailureMark::State::Degraded);
        EXPECT_EQ(markOf(server)->compute_links_left, 7);
        EXPECT_EQ(markOf(server)->compute_links, 8);
        EXPECT_FALSE(markOf(server)->loses_storage);
    }
    // The leaf's cables are drawn down: the 32 server links and its uplinks.
    EXPECT_EQ(what_if_->marks()->links_down.size(), design().linksOf(failed).size());
    EXPECT_GE(design().linksOf(failed).size(), 32u);
    EXPECT_FALSE(window_->scene()->linksDown()->path().isEmpty());

    // The inspector shows a selected server's share, and the failed leaf as failed.
    document()->setSelection({{servers.front()}, {}});
    const QLabel* inspector = window_->inspector()->whatIf();
    EXPECT_FALSE(inspector->isHidden());
    EXPECT_EQ(inspector->text(),
              QStringLiteral("7 of 8 compute links left: 87.5 % of its compute bandwidth"));
    document()->setSelection({{failed}, {}});
    EXPECT_EQ(inspector->text(), QStringLiteral("Failed"));
}

TEST_F(WhatIfTest, TheDocksShowTheScenarioOnTheDegradedFabric) {
    Design design = generatedCluster("dgx-h100");
    ASSERT_TRUE(addDefaultTrainingScenario(design, Catalog::loadDirectory(Catalog::defaultDirectory())));
    open(std::move(design));
    const PlanAnalysis* intact = window_->analysis()->analysis();
    ASSERT_TRUE(intact && intact->training);
    const double intactStep = intact->training->step_time_s;

    ASSERT_NO_FATAL_FAILURE(fail({leaf()}));
    const PlanAnalysis* degraded = window_->analysis()->analysis();
    ASSERT_TRUE(degraded && degraded->training && degraded->intact_step_time_s);
    EXPECT_DOUBLE_EQ(*degraded->intact_step_time_s, intactStep);
    EXPECT_GE(degraded->training->step_time_s, intactStep);
    EXPECT_DOUBLE_EQ(degraded->plan.cluster.nic_gbps, 400 * 7.0 / 8); // what the docks show
    EXPECT_TRUE(what_if_->bannerText()->text().contains(QStringLiteral("step time +")))
        << what_if_->bannerText()->text().toStdString();

    // A GPU server down: the plan needs all 32 servers and cannot run, and every view says why.
    window_->document()->undoStack()->undo();
    ASSERT_NO_FATAL_FAILURE(fail({gpuServers().front()}));
    EXPECT_EQ(window_->analysis()->state(), DocumentAnalysis::State::Invalid);
    EXPECT_TRUE(window_->analysis()->reasons().join(u' ').startsWith(QStringLiteral("failures:")))
        << window_->analysis()->reasons().join(u' ').toStdString();
    EXPECT_TRUE(what_if_->bannerText()->text().endsWith(QStringLiteral("the plan cannot run")))
        << what_if_->bannerText()->text().toStdString();
}

TEST_F(WhatIfTest, UndoRestoresAndRedoFailsAgain) {
    const DeviceId failed = leaf();
    ASSERT_NO_FATAL_FAILURE(fail({failed}));
    document()->undoStack()->undo();
    analyze();
    EXPECT_TRUE(document()->failures().devices.empty());
    EXPECT_EQ(window_->analysis()->failureImpact(), nullptr);
    EXPECT_FALSE(what_if_->banner()->isVisible());
    EXPECT_FALSE(what_if_->statusLabel()->isVisible());
    EXPECT_EQ(what_if_->marks(), nullptr);
    EXPECT_FALSE(markOf(failed));
    EXPECT_FALSE(markOf(gpuServers().front()));
    EXPECT_TRUE(window_->scene()->linksDown()->path().isEmpty());
    EXPECT_FALSE(window_->inspector()->whatIf()->isVisible());

    document()->undoStack()->redo();
    analyze();
    EXPECT_EQ(document()->failures().devices, std::vector<DeviceId>{failed});
    EXPECT_EQ(markOf(failed)->state, FailureMark::State::Failed);
    // Restore All is one step too.
    what_if_->restoreAllAction()->trigger();
    analyze();
    EXPECT_TRUE(document()->failures().devices.empty());
    EXPECT_FALSE(what_if_->banner()->isVisible());
    EXPECT_FALSE(document()->isModified());
}

TEST_F(WhatIfTest, SavingWritesTheDesignWithoutFailuresAndReopensWithout) {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("cluster.csd"));
    QString error;
    ASSERT_TRUE(window_->saveDesign(path, &error)) << error.toStdString();
    const std::string saved = test::jsonSnapshot(design());
    ASSERT_NO_FATAL_FAILURE(fail({leaf()}));
    EXPECT_FALSE(document()->isModified()) << "a failure alone leaves the design as saved";

    // A design edit on top of the what-if dirties it; undoing the edit makes it clean again, the failure
    // still in place.
    Device moved = *design().devices().find(gpuServers().front());
    moved.x += 40;
    ASSERT_TRUE(OperationCommand::execute(document(), changeDevice(document(), moved, QStringLiteral("move")),
                                          &error));
    EXPECT_TRUE(document()->isModified());
    EXPECT_TRUE(window_->windowTitle().contains(u'*'));
    document()->undoStack()->undo();
    EXPECT_FALSE(document()->isModified());
    EXPECT_FALSE(window_->windowTitle().contains(u'*'));
    EXPECT_FALSE(document()->failures().devices.empty());

    ASSERT_TRUE(window_->saveDesign(path, &error)) << error.toStdString();
    ASSERT_TRUE(window_->openDesign(path, &error)) << error.toStdString();
    analyze();
    EXPECT_EQ(test::jsonSnapshot(design()), saved) << "the file holds the design, not the what-if";
    EXPECT_TRUE(document()->failures().devices.empty());
    EXPECT_TRUE(document()->allFailures().devices.empty());
    EXPECT_FALSE(what_if_->banner()->isVisible());
    EXPECT_FALSE(document()->isModified());
}

TEST_F(WhatIfTest, ADeletedFailedDeviceLeavesTheSetAndComesBackFailedWithUndo) {
    const DeviceId failed = leaf();
    ASSERT_NO_FATAL_FAILURE(fail({failed}));
    window_->deleteSelection();
    analyze();
    EXPECT_FALSE(design().devices().contains(failed));
    EXPECT_TRUE(document()->failures().devices.empty());
    EXPECT_FALSE(what_if_->banner()->isVisible());
    EXPECT_TRUE(document()->isModified()) << "the deletion is an edit";

    document()->undoStack()->undo(); // the deletion
    analyze();
    EXPECT_EQ(document()->failures().devices, std::vector<DeviceId>{failed});
    EXPECT_TRUE(what_if_->banner()->isVisible());
    ASSERT_TRUE(markOf(failed)) << "the card made again for the restored device is marked";
    EXPECT_EQ(markOf(failed)->state, FailureMark::State::Failed);
    document()->undoStack()->undo(); // the failure
    EXPECT_TRUE(document()->failures().devices.empty());
    EXPECT_FALSE(document()->isModified());
}

TEST_F(WhatIfTest, FailingARackFailsEveryDeviceInIt) {
    const Rack& rack = design().racks().items().front();
    std::vector<DeviceId> inRack;
    for (const Device& device : design().devices().items()) {
        if (device.rack == rack.id)
            inRack.push_back(device.id);
    }
    ASSERT_FALSE(inRack.empty());
    document()->setSelection({{}, {}, {rack.id}});
    what_if_->failAction()->trigger();
    analyze();
    std::ranges::sort(inRack);
    EXPECT_EQ(document()->failures().devices, inRack);
    for (DeviceId id : inRack)
        EXPECT_EQ(markOf(id)->state, FailureMark::State::Failed);
    EXPECT_TRUE(what_if_->bannerText()->text().startsWith(QStringLiteral("What-if, not saved: ")));
    EXPECT_GT(window_->analysis()->failureImpact()->gpusCutOff(Network::Compute), 0);

    // Restore on the selection restores the rack's devices, as one step.
    what_if_->restoreAction()->trigger();
    EXPECT_TRUE(document()->failures().devices.empty());
    document()->undoStack()->undo();
    EXPECT_EQ(document()->failures().devices, inRack);
}

TEST_F(WhatIfTest, APlaneFailsWholeFromItsMenu) {
    open(generatedCluster("dgx-b300", Fabric::SpectrumX, Topology::MultiPlane, 2));
    QMenu* planes = what_if_->planMenu();
    EXPECT_TRUE(planes->isEnabled());
    emit planes->aboutToShow();
    ASSERT_EQ(planes->actions().size(), 2);
    planes->actions().front()->trigger();
    analyze();
    std::vector<DeviceId> planeOne;
    for (const Device& device : design().devices().items()) {
        if (device.plane == 1)
            planeOne.push_back(device.id);
    }
    ASSERT_FALSE(planeOne.empty());
    EXPECT_EQ(document()->failures().devices, planeOne);
    EXPECT_EQ(document()->undoStack()->undoText(), QStringLiteral("Fail Plane 1"));
    // Each server keeps the 8 of its 16 plane links on plane 2.
    EXPECT_TRUE(
        what_if_->bannerText()->text().contains(QStringLiteral("32 server(s) at 8/16 compute bandwidth")))
        << what_if_->bannerText()->text().toStdString();

    open(generatedCluster("dgx-h100")); // one plane: nothing to offer
    EXPECT_FALSE(planes->isEnabled());
}

TEST_F(WhatIfTest, TheBannerStaysLegibleAt1366x768) {
    // A rack and a cable: the longest sentence the banner shows for a generated cluster.
    document()->setSelection(
        {{}, {design().links().items().front().id}, {design().racks().items().front().id}});
    what_if_->failAction()->trigger();
    analyze();
    window_->resize(1366, 768);
    QTest::qWait(50);
    const QLabel* text = what_if_->bannerText();
    ASSERT_TRUE(text->isVisible());
    EXPECT_LE(window_->width(), 1366) << "the banner does not widen the window";
    EXPECT_GE(text->height(), text->heightForWidth(text->width())) << "every line of the sentence shows";
    EXPECT_GT(window_->view()->height(), 300) << "the canvas keeps its room";
}

TEST_F(WhatIfTest, TheCanvasMenuFailsTheDeviceUnderTheCursor) {
    const DeviceId failed = leaf();
    document()->setSelection({{gpuServers().front()}, {}});
    DesignView* view = window_->view();
    view->zoomToRect(window_->scene()->deviceItem(failed)->sceneBoundingRect());
    const QPoint at = view->mapFromScene(window_->scene()->deviceItem(failed)->sceneBoundingRect().center());
    QStringList offered;
    QTimer::singleShot(0, window_.get(), [&offered] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        ASSERT_NE(menu, nullptr);
        for (QAction* action : menu->actions())
            offered << action->text();
        menu->actions().front()->trigger();
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    analyze();
    EXPECT_TRUE(offered.contains(QStringLiteral("&Fail Selection"))) << offered.join(u',').toStdString();
    EXPECT_TRUE(offered.contains(QStringLiteral("Restore &All")));
    EXPECT_EQ(document()->selection().devices, std::vector<DeviceId>{failed}) << "the right-clicked device";
    EXPECT_EQ(document()->failures().devices, std::vector<DeviceId>{failed});
}

} // namespace
} // namespace cs
