// The studio as an editor, driven headless as a user would: palette drops, cabling, selection and moves,
// undo to the original document, save and reopen, diagnostics, autosave recovery, refused input.
#include "autosave.h"
#include "cabletool.h"
#include "commands/operationcommand.h"
#include "designscene.h"
#include "designview.h"
#include "deviceitem.h"
#include "diagnosticsdock.h"
#include "document.h"
#include "documentanalysis.h"
#include "findbar.h"
#include "hard_stop.h"
#include "inspectordock.h"
#include "io/csd_file.h"
#include "linklayeritem.h"
#include "mainwindow.h"
#include "minimap.h"
#include "model/design_summary.h"
#include "model/rack_usage.h"
#include "newdesigndialog.h"
#include "palettedock.h"
#include "portchooser.h"
#include "rackitem.h"
#include "selecttool.h"
#include "studio_test_support.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <chrono>
#include <gtest/gtest.h>
#include <random>

namespace cs {
namespace {

using test::jsonSnapshot;
using test::middleOfLongestStretch;

class EditingTest : public test::ExampleWindowTest {
protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(ExampleWindowTest::SetUp());
        original_ = jsonSnapshot(window_->design());
    }

    DesignView* view() const { return window_->view(); }
    DesignDocument* document() const { return window_->document(); }

    // Drops a palette entry at a viewport point, as the end of a drag from the palette.
    void dropFromPalette(const std::string& type, std::optional<Network> network, QPoint at,
                         Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTreeWidgetItem* entry = window_->palette()->entry(type, network);
        ASSERT_NE(entry, nullptr) << type;
        drop(PaletteDock::payload(entry), at, modifiers);
    }
    void drop(const QByteArray& payload, QPoint at, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QMimeData data;
        data.setData(QString::fromLatin1(kDeviceMimeType), payload);
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, modifiers);
        QApplication::sendEvent(view()->viewport(), &enter);
        ASSERT_TRUE(enter.isAccepted());
        QDropEvent event(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, modifiers);
        QApplication::sendEvent(view()->viewport(), &event);
    }

    void mouse(QEvent::Type type, QPoint at, Qt::MouseButton button, Qt::MouseButtons held,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QWidget* viewport = view()->viewport();
        QMouseEvent event(type, at, viewport->mapToGlobal(at), button, held, modifiers);
        QApplication::sendEvent(viewport, &event);
    }
    void dragMouse(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
        for (int step = 1; step <= 5; ++step)
            mouse(QEvent::MouseMove, from + (to - from) * step / 5, Qt::NoButton, Qt::LeftButton, modifiers);
        mouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
    }
    QPoint centreOf(DeviceId id) const {
        return view()->mapFromScene(
            deviceRect(window_->design(), *window_->design().devices().find(id)).center());
    }
    // An empty stretch of canvas below the example's diagram, in view coordinates.
    QPoint emptyCanvas() {
        view()->zoomToActualSize();
        const QRectF used = window_->scene()->itemsBoundingRect();
        view()->centerOn(used.center().x(), used.bottom() + 300);
        return view()->viewport()->rect().center();
    }

    std::string original_;
};

TEST_F(EditingTest, DropCableUndoToTheOriginalRedoSaveAndReopen) {
    EXPECT_TRUE(document()->path().isEmpty()) << "a JSON design is imported: Save asks for a project file";
    const QPoint at = emptyCanvas();
    const std::size_t devices = window_->design().devices().size();
    dropFromPalette("dgx-h100", std::nullopt, at);
    ASSERT_EQ(window_->design().devices().size(), devices + 1);
    const DeviceId server = window_->design().devices().nextId() - 1;
    const Device& placed = *window_->design().devices().find(server);
    EXPECT_EQ(std::fmod(placed.x, kGridStep), 0) << "the drop snaps to the grid";
    EXPECT_EQ(std::fmod(placed.y, kGridStep), 0);
    EXPECT_EQ(document()->selection().devices, std::vector<DeviceId>{server});
    ASSERT_NE(window_->scene()->deviceItem(server), nullptr) << "the scene follows the model";
    EXPECT_TRUE(window_->windowTitle().contains(QStringLiteral(" *"))) << "unsaved changes show in the title";

    dropFromPalette("qm9700", Network::Compute, at + QPoint(400, 0), Qt::AltModifier);
    const DeviceId leaf = window_->design().devices().nextId() - 1;
    EXPECT_EQ(window_->design().devices().find(leaf)->network, Network::Compute);

    window_->useCableTool(Network::Compute);
    dragMouse(centreOf(server), centreOf(leaf));
    ASSERT_EQ(window_->design().linksOf(server).size(), 1u);
    const Link& cable = *window_->design().links().find(window_->design().linksOf(server).front());
    EXPECT_EQ(cable.network, Network::Compute);
    EXPECT_EQ(cable.gbps, 400);
    EXPECT_EQ(document()->undoStack()->undoText(), QStringLiteral("Add 1 GPU compute Cable(s)"));
    window_->scene()->flushPendingGeometry();
    EXPECT_EQ(static_cast<std::size_t>(window_->scene()->linkLayer(Network::Compute)->cableCount()),
              summarize(window_->design()).links_by_network[networkIndex(Network::Compute)]);

    // An impossible cable is refused, with the reason, and changes nothing.
    window_->useCableTool(Network::Uplink);
    const std::string edited = jsonSnapshot(window_->design());
    dragMouse(centreOf(server), centreOf(leaf));
    EXPECT_EQ(jsonSnapshot(window_->design()), edited);
    EXPECT_TRUE(window_->statusBar()->currentMessage().contains(QStringLiteral("is a GPU compute switch")))
        << window_->statusBar()->currentMessage().toStdString();
    window_->useSelectTool();

    QUndoStack* undo = document()->undoStack();
    while (undo->canUndo())
        undo->undo();
    EXPECT_EQ(jsonSnapshot(window_->design()), original_);
    EXPECT_EQ(window_->scene()->deviceItems().size(), devices);
    EXPECT_FALSE(window_->windowTitle().contains(QStringLiteral(" *")));
    while (undo->canRedo())
        undo->redo();
    EXPECT_EQ(jsonSnapshot(window_->design()), edited);

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("edited.csd"));
    QString error;
    ASSERT_TRUE(window_->saveDesign(path, &error)) << error.toStdString();
    EXPECT_FALSE(document()->isModified());
    ASSERT_TRUE(window_->openDesign(path, &error)) << error.toStdString();
    EXPECT_EQ(jsonSnapshot(window_->design()), edited);
    EXPECT_EQ(document()->path(), path);
}

// Edit > Fit Cable Lengths after a rack moved: the cables get their new lengths in one undoable step, and the
// status bar says how many changed; with nothing to fit it says so and adds no step.
TEST_F(EditingTest, FitCableLengthsRefitsAMovedRackAsOneUndoStep) {
    QAction* fit = nullptr;
    for (QAction* action : window_->findChildren<QAction*>())
        if (action->text() == QStringLiteral("&Fit Cable Lengths"))
            fit = action;
    ASSERT_NE(fit, nullptr);
    fit->trigger(); // whatever the example's lengths, they are fitted now
    const int steps = document()->undoStack()->count();
    fit->trigger();
    EXPECT_TRUE(window_->statusBar()->currentMessage().startsWith(QStringLiteral("Every cable already")))
        << window_->statusBar()->currentMessage().toStdString();
    EXPECT_EQ(document()->undoStack()->count(), steps);

    const Design& design = window_->design();
    const auto gpuServer =
        std::find_if(design.devices().items().begin(), design.devices().items().end(),
                     [&](const Device& d) { return design.gpuCount(d) > 0 && d.rack != kNoRack; });
    ASSERT_NE(gpuServer, design.devices().items().end());
    Rack moved = *design.racks().find(gpuServer->rack);
    moved.y += 5'000; // a row of its own behind the others
    ASSERT_TRUE(OperationCommand::execute(
        document(),
        std::make_unique<OperationCommand>(document(), QStringLiteral("Move Rack"),
                                           std::vector<Operation>{{Update<Rack>{moved}}}),
        nullptr));
    const std::string before = jsonSnapshot(design);
    fit->trigger();
    EXPECT_TRUE(
        window_->statusBar()->currentMessage().startsWith(QStringLiteral("Fitted the length or cable of")))
        << window_->statusBar()->currentMessage().toStdString();
    EXPECT_EQ(document()->undoStack()->count(), steps + 2);
    EXPECT_NE(jsonSnapshot(design), before);
    const Link& link = design.linksOf(gpuServer->id).empty()
                           ? design.links().items().front()
                           : *design.links().find(design.linksOf(gpuServer->id).front());
    const CableType* cable = design.catalog().cable(link.cable);
    ASSERT_NE(cable, nullptr) << link.cable;
    EXPECT_LE(link.length_m, cable->reach_m);
    document()->undoStack()->undo();
    EXPECT_EQ(jsonSnapshot(design), before);
}

TEST_F(EditingTest, ClickSelectsDragMovesAsOneUndoStepRubberBandSelectsDeleteUndoes) {
    view()->zoomToActualSize();
    const Device first = window_->design().devices().items().front();
    view()->centerOn(deviceRect(window_->design(), first).center());
    mouse(QEvent::MouseButtonPress, centreOf(first.id), Qt::LeftButton, Qt::LeftButton);
    mouse(QEvent::MouseButtonRelease, centreOf(first.id), Qt::LeftButton, Qt::NoButton);
    EXPECT_EQ(document()->selection().devices, std::vector<DeviceId>{first.id});
    EXPECT_TRUE(window_->scene()->deviceItem(first.id)->isMarkedSelected());

    dragMouse(centreOf(first.id), centreOf(first.id) + QPoint(83, 118));
    const Device& moved = *window_->design().devices().find(first.id);
    EXPECT_EQ(moved.x, first.x + 80) << "snapped to the grid";
    EXPECT_EQ(moved.y, first.y + 120);
    EXPECT_EQ(document()->undoStack()->count(), 1) << "one drag, one undo step";
    EXPECT_EQ(window_->scene()->deviceItem(first.id)->pos(), QPointF(moved.x, moved.y));
    document()->undoStack()->undo();
    EXPECT_EQ(jsonSnapshot(window_->design()), original_);

    // A rubber band around two neighbouring cards selects exactly what it touches.
    window_->view()->zoomToFit();
    const QRectF all = window_->scene()->itemsBoundingRect();
    const QPoint from = view()->mapFromScene(all.topLeft()) - QPoint(5, 5);
    const QPoint to = view()->mapFromScene(all.bottomRight()) + QPoint(5, 5);
    dragMouse(from, to);
    EXPECT_EQ(document()->selection().devices.size(), window_->design().devices().size());

    window_->deleteSelection();
    EXPECT_EQ(window_->design().devices().size(), 0u);
    EXPECT_EQ(window_->design().links().size(), 0u);
    EXPECT_TRUE(window_->scene()->deviceItems().empty());
    document()->undoStack()->undo();
    EXPECT_EQ(jsonSnapshot(window_->design()), original_);
    EXPECT_EQ(window_->scene()->deviceItems().size(), window_->design().devices().size());
}

TEST_F(EditingTest, ClickingACableSelectsItAndTheInspectorShowsIt) {
    view()->zoomToActualSize();
    // A compute cable's route runs clear of the cards.
    window_->scene()->flushPendingGeometry();
    const LinkLayerItem* layer = window_->scene()->linkLayer(Network::Compute);
    const QPointF on = middleOfLongestStretch(layer->route(0));
    view()->centerOn(on);
    mouse(QEvent::MouseButtonPress, view()->mapFromScene(on), Qt::LeftButton, Qt::LeftButton);
    mouse(QEvent::MouseButtonRelease, view()->mapFromScene(on), Qt::LeftButton, Qt::NoButton);
    ASSERT_EQ(document()->selection().links.size(), 1u);
    const Link link = *window_->design().links().find(document()->selection().links.front());
    EXPECT_EQ(link.network, Network::Compute);
    EXPECT_TRUE(window_->inspector()->isVisible());
    window_->deleteSelection();
    EXPECT_FALSE(window_->design().links().contains(link.id));
    document()->undoStack()->undo();
    EXPECT_EQ(jsonSnapshot(window_->design()), original_);
}

TEST_F(EditingTest, DuplicatePasteAndFind) {
    const DeviceId first = window_->design().devices().items().front().id;
    document()->setSelection({{first}, {}});
    window_->duplicateSelection();
    const DeviceId copy = window_->design().devices().nextId() - 1;
    EXPECT_EQ(document()->selection().devices, std::vector<DeviceId>{copy});
    EXPECT_EQ(window_->design().devices().find(copy)->type, window_->design().devices().find(first)->type);

    window_->copySelection();
    window_->pasteAt(QPointF(4000, 4000));
    const Device& pasted = *window_->design().devices().find(window_->design().devices().nextId() - 1);
    EXPECT_EQ(QPointF(pasted.x, pasted.y), QPointF(4000, 4000));

    // The example's two spines, and the two copies of the first of them, which keep its role.
    EXPECT_EQ(window_->findDevices(QStringLiteral("spine")), 4);
    for (DeviceId id : document()->selection().devices)
        EXPECT_EQ(window_->design().devices().find(id)->role, "spine");
}

TEST_F(EditingTest, PlacesRepeatedlyAfterADoubleClickInThePalette) {
    QTreeWidgetItem* entry = window_->palette()->entry("r760");
    ASSERT_NE(entry, nullptr);
    emit window_->palette()->tree()->itemActivated(entry, 0);
    const QPoint at = emptyCanvas();
    const std::size_t before = window_->design().devices().size();
    for (int i = 0; i < 3; ++i) {
        mouse(QEvent::MouseButtonPress, at + QPoint(0, 80 * i), Qt::LeftButton, Qt::LeftButton);
        mouse(QEvent::MouseButtonRelease, at + QPoint(0, 80 * i), Qt::LeftButton, Qt::NoButton);
    }
    EXPECT_EQ(window_->design().devices().size(), before + 3);
    EXPECT_EQ(document()->undoStack()->count(), 3);
    QTest::keyClick(window_.get(), Qt::Key_Escape);
    EXPECT_EQ(view()->tool(), static_cast<Tool*>(window_->selectTool()));
}

TEST_F(EditingTest, TheInspectorRenamesAndShowsTheRack) {
    const Device server = *std::ranges::find_if(window_->design().devices().items(), [this](const Device& d) {
        return window_->design().gpuCount(d) > 0 && d.rack != kNoRack;
    });
    document()->setSelection({{server.id}, {}});
    InspectorDock* inspector = window_->inspector();
    EXPECT_EQ(inspector->nameField()->text().toStdString(), server.name);
    EXPECT_TRUE(inspector->rackUse()->text().contains(QStringLiteral(" kW")))
        << inspector->rackUse()->text().toStdString();
    inspector->nameField()->setText(QStringLiteral("gpu-renamed"));
    emit inspector->nameField()->editingFinished();
    EXPECT_EQ(window_->design().devices().find(server.id)->name, "gpu-renamed");
    EXPECT_EQ(document()->undoStack()->undoText(), QStringLiteral("Rename Device"));
    document()->undoStack()->undo();
    EXPECT_EQ(inspector->nameField()->text().toStdString(), server.name) << "the inspector follows undo";
}

TEST_F(EditingTest, PaletteSearchKeepsTheMatchingEntriesAndTheirHeadings) {
    QTest::keyClicks(window_->palette()->searchField(), QStringLiteral("qm97"));
    int shown = 0;
    for (QTreeWidgetItemIterator it(window_->palette()->tree()); *it; ++it) {
        const bool entry = !PaletteDock::payload(*it).isEmpty();
        if (entry && !(*it)->isHidden() && !(*it)->parent()->isHidden()) {
            ++shown;
            EXPECT_TRUE(PaletteDock::payload(*it).startsWith("qm9700"))
                << PaletteDock::payload(*it).toStdString();
        }
    }
    EXPECT_EQ(shown, 2) << "QM9700 serves compute and storage";
    window_->palette()->searchField()->clear();
    EXPECT_FALSE(window_->palette()->entry("dgx-h100")->isHidden());
}

// The entries a search shows, by catalog id.
QStringList shownEntries(PaletteDock* palette) {
    QStringList ids;
    for (QTreeWidgetItemIterator it(palette->tree()); *it; ++it) {
        const QByteArray payload = PaletteDock::payload(*it);
        bool visible = !payload.isEmpty();
        for (QTreeWidgetItem* item = *it; item && visible; item = item->parent())
            visible = !item->isHidden();
        if (visible)
            ids << QString::fromUtf8(payload.split('\n').front());
    }
    return ids;
}

TEST_F(EditingTest, PaletteSearchFindsServersByTheGpuTheyTakeAndEntriesByCategory) {
    QTest::keyClicks(window_->palette()->searchField(), QStringLiteral("H200"));
    const QStringList h200 = shownEntries(window_->palette());
    EXPECT_TRUE(h200.contains(QStringLiteral("xe9680"))) << h200.join(u' ').toStdString();
    EXPECT_FALSE(h200.contains(QStringLiteral("dgx-h100"))) << "a DGX H100 takes only H100";
    window_->palette()->searchField()->clear();
    QTest::keyClicks(window_->palette()->searchField(), QStringLiteral("storage"));
    const QStringList storage = shownEntries(window_->palette());
    const Catalog library = Catalog::loadDirectory(Catalog::defaultDirectory());
    for (const auto& [id, type] : library.devices()) {
        if (type.category == DeviceCategory::Storage) {
            EXPECT_TRUE(storage.contains(QString::fromStdString(id)))
                << id << " is under the Storage heading";
        }
    }
}

TEST_F(EditingTest, ClickingTheMinimapMovesTheCanvasThere) {
    view()->zoomToActualSize();
    Minimap* minimap = window_->minimap();
    const QRectF picture = minimap->pictureRect();
    ASSERT_FALSE(picture.isEmpty());
    const QPointF target = picture.topLeft() + QPointF(picture.width() / 4, picture.height() / 4);
    QTest::mouseClick(minimap, Qt::LeftButton, {}, target.toPoint());
    const QRectF area = minimap->sceneArea();
    const QPointF expected(area.left() + area.width() / 4, area.top() + area.height() / 4);
    const QPointF centre = view()->mapToScene(view()->viewport()->rect().center());
    EXPECT_NEAR(centre.x(), expected.x(), area.width() / picture.width() * 2);
    EXPECT_NEAR(centre.y(), expected.y(), area.height() / picture.height() * 2);
}

TEST_F(EditingTest, ClickingADiagnosticSelectsWhatItNames) {
    // Deleting one compute cable leaves a server short of NICs: the validator says so.
    const Link cable = window_->design().links().items().front();
    document()->setSelection({{}, {cable.id}});
    window_->deleteSelection();
    window_->analysis()->validateNow();
    QTreeWidget* list = window_->diagnostics()->list();
    QTreeWidgetItem* row = nullptr;
    for (int i = 0; i < list->topLevelItemCount() && !row; ++i) {
        if (list->topLevelItem(i)->text(1) == QStringLiteral("compute-nic-per-gpu"))
            row = list->topLevelItem(i);
    }
    ASSERT_NE(row, nullptr) << "no compute-nic-per-gpu finding";
    list->scrollToItem(row);
    const QRect rect = list->visualItemRect(row);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    const Diagnostic& diagnostic =
        window_->diagnostics()->diagnostics()[row->data(0, Qt::UserRole).toULongLong()];
    EXPECT_EQ(document()->selection().devices, diagnostic.devices);
    ASSERT_FALSE(diagnostic.devices.empty());
    EXPECT_TRUE(window_->scene()->deviceItem(diagnostic.devices.front())->marker().has_value());
    // The view zoomed to it: the device is in sight.
    EXPECT_TRUE(view()->viewport()->rect().contains(centreOf(diagnostic.devices.front())));
}

TEST_F(EditingTest, CablesWithFindingsCarryAMarkerAndClickingOneSelectsThem) {
    // A compute cable run at a speed its ports do not have: link-speed-unsupported names the cable.
    Link slow = *std::ranges::find_if(window_->design().links().items(),
                                      [](const Link& l) { return l.network == Network::Compute; });
    slow.gbps = 123;
    QString error;
    ASSERT_TRUE(OperationCommand::execute(
        document(),
        std::make_unique<OperationCommand>(document(), QStringLiteral("Slow"),
                                           std::vector<Operation>{{Update<Link>{slow}}}),
        &error))
        << error.toStdString();
    window_->analysis()->validateNow();
    window_->scene()->flushPendingGeometry();
    EXPECT_EQ(window_->scene()->linkMarker(slow.id), Severity::Error);
    EXPECT_FALSE(window_->scene()->linkMarkers(Severity::Error)->path().isEmpty()) << "the halo is drawn";

    QTreeWidget* list = window_->diagnostics()->list();
    QTreeWidgetItem* row = nullptr;
    for (int i = 0; i < list->topLevelItemCount() && !row; ++i) {
        const Diagnostic& d = window_->diagnostics()->diagnostics()[i];
        if (std::ranges::find(d.links, slow.id) != d.links.end())
            row = list->topLevelItem(i);
    }
    ASSERT_NE(row, nullptr) << "no finding names the cable";
    list->scrollToItem(row);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(row).center());
    EXPECT_NE(std::ranges::find(document()->selection().links, slow.id), document()->selection().links.end());

    document()->undoStack()->undo();
    window_->analysis()->validateNow();
    EXPECT_EQ(jsonSnapshot(window_->design()), original_);
    EXPECT_FALSE(window_->scene()->linkMarker(slow.id).has_value()) << "the marker goes with the finding";
}

TEST_F(EditingTest, ShiftOnReleaseLetsTheUserPickThePorts) {
    const QPoint at = emptyCanvas();
    dropFromPalette("dgx-h100", std::nullopt, at);
    const DeviceId server = window_->design().devices().nextId() - 1;
    dropFromPalette("qm9700", Network::Compute, at + QPoint(400, 0));
    const DeviceId leaf = window_->design().devices().nextId() - 1;
    window_->useCableTool(Network::Compute);

    int offeredA = 0, offeredB = 0;
    test::ModalHandler pick([&](QWidget* modal) {
        auto* chooser = qobject_cast<PortChooser*>(modal);
        if (!chooser) {
            static_cast<QDialog*>(modal)->reject();
            return;
        }
        offeredA = chooser->portsA()->count();
        offeredB = chooser->portsB()->count();
        chooser->portsA()->setCurrentIndex(2);
        chooser->portsB()->setCurrentIndex(9);
        chooser->accept();
    });
    dragMouse(centreOf(server), centreOf(leaf), Qt::ShiftModifier);
    EXPECT_EQ(pick.handled(), 1) << "Shift at the release opens the port chooser";
    EXPECT_EQ(offeredA, 8) << "the server's free compute NICs";
    EXPECT_EQ(offeredB, 64) << "the leaf's free ports";
    ASSERT_EQ(window_->design().linksOf(server).size(), 1u);
    const Link& cable = *window_->design().links().find(window_->design().linksOf(server).front());
    EXPECT_EQ(window_->design().portName(cable.a), "compute-3");
    EXPECT_EQ(window_->design().portName(cable.b), "p-10");
    EXPECT_EQ(document()->undoStack()->undoText(), QStringLiteral("Add 1 GPU compute Cable(s)"));

    // Cancelling the chooser draws no cable.
    test::ModalHandler cancel([](QWidget* modal) { static_cast<QDialog*>(modal)->reject(); });
    const std::string cabled = jsonSnapshot(window_->design());
    dragMouse(centreOf(server), centreOf(leaf), Qt::ShiftModifier);
    EXPECT_EQ(cancel.handled(), 1);
    EXPECT_EQ(jsonSnapshot(window_->design()), cabled);

    while (document()->undoStack()->canUndo())
        document()->undoStack()->undo();
    EXPECT_EQ(jsonSnapshot(window_->design()), original_);
}

TEST_F(EditingTest, RacksAreSelectedOnTheCanvasEditedInTheInspectorAndTakeDevices) {
    window_->scene()->flushPendingGeometry();
    const Rack* framed = nullptr;
    for (const Rack& rack : window_->design().racks().items()) {
        if (!framed && window_->scene()->rackItem(rack.id))
            framed = &rack;
    }
    ASSERT_NE(framed, nullptr) << "no rack of the example has a frame";
    const Rack rack = *framed;
    // A click inside the frame's corner, clear of the devices, selects the rack.
    view()->zoomToActualSize();
    const QPointF corner = window_->scene()->rackItem(rack.id)->frame().topLeft() + QPointF(6, 6);
    view()->centerOn(corner);
    mouse(QEvent::MouseButtonPress, view()->mapFromScene(corner), Qt::LeftButton, Qt::LeftButton);
    mouse(QEvent::MouseButtonRelease, view()->mapFromScene(corner), Qt::LeftButton, Qt::NoButton);
    ASSERT_EQ(document()->selection().racks, std::vector<RackId>{rack.id});
    EXPECT_TRUE(document()->selection().devices.empty());
    EXPECT_TRUE(window_->scene()->rackItem(rack.id)->isMarkedSelected());

    InspectorDock* inspector = window_->inspector();
    EXPECT_EQ(inspector->rackNameField()->text().toStdString(), rack.name);
    EXPECT_EQ(inspector->rackPowerField()->value(), rack.max_kw);
    EXPECT_EQ(inspector->rackHeightField()->value(), rack.height_u);
    const RackUsage usage = rackUsage(window_->design(), rack.id);
    EXPECT_TRUE(inspector->rackLoad()->text().contains(
        QStringLiteral("%1 of %2 U").arg(usage.used_u).arg(rack.height_u)))
        << inspector->rackLoad()->text().toStdString();
    EXPECT_TRUE(inspector->rackDevices()->text().startsWith(QString::number(usage.devices)))
        << inspector->rackDevices()->text().toStdString();

    QToolButton* sixty = nullptr;
    for (QToolButton* button : inspector->rackPresets()->findChildren<QToolButton*>()) {
        if (button->text() == QStringLiteral("60"))
            sixty = button;
    }
    ASSERT_NE(sixty, nullptr);
    sixty->click();
    EXPECT_EQ(window_->design().racks().find(rack.id)->max_kw, 60);
    EXPECT_EQ(document()->undoStack()->undoText(), QStringLiteral("Change Rack Power Limit"));
    inspector->rackHeightField()->setValue(48);
    EXPECT_EQ(window_->design().racks().find(rack.id)->height_u, 48);
    // Cooling: liquid, with the capacity it declares (an air-cooled rack has none to declare).
    EXPECT_FALSE(inspector->rackCoolingKwField()->isEnabled());
    QComboBox* cooling = inspector->rackCoolingField();
    cooling->setCurrentIndex(cooling->findData(QStringLiteral("liquid")));
    emit cooling->activated(cooling->currentIndex());
    EXPECT_EQ(window_->design().racks().find(rack.id)->cooling, Cooling::Liquid);
    EXPECT_TRUE(inspector->rackCoolingKwField()->isEnabled());
    inspector->rackCoolingKwField()->setValue(80);
    EXPECT_EQ(window_->design().racks().find(rack.id)->cooling_kw, 80);
    EXPECT_EQ(document()->undoStack()->undoText(), QStringLiteral("Change Rack Cooling Capacity"));
    inspector->rackNameField()->setText(QStringLiteral("row-a"));
    emit inspector->rackNameField()->editingFinished();
    EXPECT_EQ(window_->design().racks().find(rack.id)->name, "row-a");
    document()->undoStack()->undo();
    EXPECT_EQ(inspector->rackNameField()->text().toStdString(), rack.name) << "the inspector follows undo";

    // A new rack, and two servers moved into it: the lowest free slots, one above the other.
    const RackId added = window_->newRack();
    ASSERT_NE(added, kNoRack);
    EXPECT_EQ(document()->selection().racks, std::vector<RackId>{added});
    EXPECT_EQ(document()->undoStack()->undoText(), QStringLiteral("New Rack"));
    std::vector<DeviceId> servers;
    for (const Device& device : window_->design().devices().items()) {
        if (window_->design().gpuCount(device) > 0 && servers.size() < 2)
            servers.push_back(device.id);
    }
    ASSERT_EQ(servers.size(), 2u);
    document()->setSelection({servers, {}});
    ASSERT_TRUE(window_->moveSelectionIntoRack(added));
    const Device& lower = *window_->design().devices().find(servers[0]);
    const Device& upper = *window_->design().devices().find(servers[1]);
    EXPECT_EQ(lower.rack, added);
    EXPECT_EQ(lower.rack_u, 1);
    EXPECT_EQ(upper.rack_u, 1 + window_->design().typeOf(lower).rack_units);
    EXPECT_EQ(rackUsage(window_->design(), added).devices, 2u);
    window_->scene()->flushPendingGeometry();
    ASSERT_NE(window_->scene()->rackItem(added), nullptr) << "the new rack's frame takes in its devices";
    EXPECT_TRUE(window_->scene()->rackItem(added)->frame().contains(deviceRect(window_->design(), upper)));

    // The inspector's rack field puts a device in the next free slot, too.
    const DeviceId third = std::ranges::find_if(window_->design().devices().items(), [&](const Device& d) {
                               return window_->design().gpuCount(d) > 0 && d.rack != added;
                           })->id;
    document()->setSelection({{third}, {}});
    QComboBox* rackField = inspector->rackField();
    rackField->setCurrentIndex(rackField->findData(added));
    emit rackField->activated(rackField->currentIndex());
    EXPECT_EQ(window_->design().devices().find(third)->rack, added);
    EXPECT_EQ(window_->design().devices().find(third)->rack_u,
              upper.rack_u + window_->design().typeOf(upper).rack_units);

    // Deleting the rack keeps its devices, out of any rack.
    document()->setSelection({{}, {}, {added}});
    window_->deleteSelection();
    EXPECT_FALSE(window_->design().racks().contains(added));
    EXPECT_TRUE(document()->selection().empty());
    EXPECT_EQ(window_->design().devices().find(servers[0])->rack, kNoRack);
    EXPECT_EQ(window_->design().devices().find(servers[1])->rack_u, 0);
    EXPECT_EQ(document()->undoStack()->undoText(), QStringLiteral("Delete 1 Item(s)"));

    while (document()->undoStack()->canUndo())
        document()->undoStack()->undo();
    EXPECT_EQ(jsonSnapshot(window_->design()), original_);
}

TEST_F(EditingTest, CtrlFOpensAFindBarThatHighlightsEnterCyclesAndEscCloses) {
    FindBar* bar = window_->findBar();
    EXPECT_FALSE(bar->isVisible());
    QTest::keyClick(window_.get(), Qt::Key_F, Qt::ControlModifier);
    ASSERT_TRUE(bar->isVisible());
    QTest::keyClicks(bar->field(), QStringLiteral("spine"));
    ASSERT_EQ(bar->matches().size(), 2u) << "the example's two spines";
    EXPECT_EQ(document()->selection().devices, bar->matches()) << "every match is highlighted";
    for (DeviceId id : bar->matches())
        EXPECT_TRUE(view()->viewport()->rect().contains(centreOf(id))) << "zoomed to them all";

    for (int round = 0; round < 3; ++round) {
        QTest::keyClick(bar->field(), Qt::Key_Return);
        const int expected = round % 2;
        ASSERT_EQ(bar->current(), expected) << "Enter cycles through the matches";
        EXPECT_EQ(bar->status()->text(), QStringLiteral("%1 of 2").arg(expected + 1));
        EXPECT_TRUE(view()->viewport()->rect().contains(centreOf(bar->matches()[expected])));
    }
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    EXPECT_FALSE(bar->isVisible());
    EXPECT_EQ(jsonSnapshot(window_->design()), original_) << "finding edits nothing";
    EXPECT_EQ(document()->undoStack()->count(), 0);
}

TEST_F(EditingTest, PaletteDragCarriesTheDeviceToTheCanvasAndTheEntryStays) {
    // QDrag::exec runs a platform drag loop the offscreen platform cannot drive: the test takes the drag's
    // data from the palette's own mimeData() and delivers the events the canvas gets during a drag.
    QTreeWidget* tree = window_->palette()->tree();
    QTreeWidgetItem* entry = window_->palette()->entry("dgx-h100");
    ASSERT_NE(entry, nullptr);
    EXPECT_TRUE(entry->flags() & Qt::ItemIsDragEnabled);
    const int entries = [tree] {
        int count = 0;
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            ++count;
        return count;
    }();
    tree->setCurrentItem(entry);
    std::unique_ptr<QMimeData> data(tree->model()->mimeData({tree->currentIndex()}));
    ASSERT_NE(data, nullptr);
    ASSERT_TRUE(data->hasFormat(QString::fromLatin1(kDeviceMimeType)));
    EXPECT_EQ(data->data(QString::fromLatin1(kDeviceMimeType)), PaletteDock::payload(entry));
    tree->setCurrentItem(entry->parent());
    EXPECT_EQ(tree->model()->mimeData({tree->currentIndex()}), nullptr) << "a heading does not drag";

    const QPoint at = emptyCanvas();
    const std::size_t devices = window_->design().devices().size();
    QWidget* viewport = view()->viewport();
    QDragEnterEvent enter(at - QPoint(60, 40), Qt::CopyAction | Qt::MoveAction, data.get(), Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    EXPECT_TRUE(enter.isAccepted());
    EXPECT_EQ(enter.dropAction(), Qt::CopyAction) << "a copy: the palette keeps its entry";
    for (int step = 1; step <= 3; ++step) {
        QDragMoveEvent move(at - QPoint(60, 40) * (3 - step) / 3, Qt::CopyAction | Qt::MoveAction, data.get(),
                            Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        EXPECT_TRUE(move.isAccepted());
    }
    const QPointF target = view()->mapToScene(at);
    QDropEvent drop(QPointF(at), Qt::CopyAction | Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    EXPECT_TRUE(drop.isAccepted());
    EXPECT_EQ(drop.dropAction(), Qt::CopyAction);
    ASSERT_EQ(window_->design().devices().size(), devices + 1);
    const Device& placed = *window_->design().devices().find(window_->design().devices().nextId() - 1);
    EXPECT_EQ(placed.type, "dgx-h100");
    EXPECT_TRUE(deviceRect(window_->design(), placed).contains(target)) << "dropped where released";

    QMimeData text;
    text.setText(QStringLiteral("dgx-h100"));
    QDragEnterEvent foreign(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &foreign);
    EXPECT_FALSE(foreign.isAccepted()) << "only palette devices drop on the canvas";

    EXPECT_EQ(window_->palette()->entry("dgx-h100"), entry) << "the palette entry stays";
    int after = 0;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        ++after;
    EXPECT_EQ(after, entries);
    document()->undoStack()->undo();
    EXPECT_EQ(jsonSnapshot(window_->design()), original_);
}

TEST_F(EditingTest, AutosaveIsOfferedBackAfterACrash) {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("work.csd"));
    QString error;
    ASSERT_TRUE(window_->saveDesign(path, &error)) << error.toStdString();
    window_->findDevices(QStringLiteral("leaf"));
    window_->deleteSelection();
    const std::string unsaved = jsonSnapshot(window_->design());
    window_->autosave()->writeNow();
    ASSERT_TRUE(QFile::exists(Autosave::sideFile(path)));

    // A new session (the old one "crashed": its side file stays) opens the file and is offered the work.
    MainWindow next(Catalog::loadDirectory(Catalog::defaultDirectory()));
    test::MessageBoxAnswer answer(QMessageBox::Yes);
    ASSERT_TRUE(next.openDesign(path, &error)) << error.toStdString();
    EXPECT_TRUE(answer.text.contains(QStringLiteral("work.csd"))) << answer.text.toStdString();
    EXPECT_EQ(jsonSnapshot(next.design()), unsaved);
    EXPECT_TRUE(next.document()->isModified()) << "recovered work is not saved yet";
    next.document()->undoStack()->setClean();
    ASSERT_TRUE(next.saveDesign(path, &error));
    EXPECT_FALSE(QFile::exists(Autosave::sideFile(path))) << "saving removes the side file";
}

// An autosave killed at any moment leaves the side file as it was or as the new one, and the next autosave
// removes what the killed one left behind.
TEST_F(EditingTest, AutosavesSurviveSigkillAndTheNextOneCleansUp) {
    constexpr int kKills = 100;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("work.csd"));
    QString error;
    ASSERT_TRUE(window_->saveDesign(path, &error)) << error.toStdString();
    const std::filesystem::path side = QFile::encodeName(Autosave::sideFile(path)).toStdString();
    window_->findDevices(QStringLiteral("leaf"));
    window_->deleteSelection();
    window_->autosave()->writeNow();
    const std::string older = jsonSnapshot(window_->design());
    window_->findDevices(QStringLiteral("spine"));
    window_->deleteSelection();
    const std::string newer = jsonSnapshot(window_->design());
    ASSERT_NE(older, newer);

    const auto start = std::chrono::steady_clock::now();
    window_->autosave()->writeNow();
    const auto write_time =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start);
    std::mt19937 random(5309);
    std::uniform_int_distribution<long> delay(0, write_time.count() * 3 / 2 + 500);
    const std::string prefix = side.filename().string() + ".tmp-";
    int left_temporaries = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        ASSERT_TRUE(test::killDuring([&] { window_->autosave()->writeNow(); },
                                     std::chrono::microseconds(delay(random))));
        const std::string text = jsonSnapshot(openCsd(side));
        ASSERT_TRUE(text == older || text == newer) << "kill " << kill;
        const int temporaries = test::countFilesStartingWith(side.parent_path(), prefix);
        EXPECT_LE(temporaries, 2);
        left_temporaries += temporaries > 0 ? 1 : 0;
    }
    EXPECT_GT(left_temporaries, kKills / 10) << "kills land while the side file is being written";
    window_->autosave()->writeNow();
    EXPECT_EQ(jsonSnapshot(openCsd(side)), newer);
    EXPECT_EQ(test::countFilesStartingWith(side.parent_path(), prefix), 0);
}

TEST_F(EditingTest, TheGeneratorDialogOffersWhatTheCommandLineDoes) {
    const Catalog library = Catalog::loadDirectory(Catalog::defaultDirectory());
    NewDesignDialog dialog(library);
    dialog.server()->setCurrentIndex(dialog.server()->findData(QStringLiteral("xe9680")));
    ASSERT_GE(dialog.gpu()->findData(QStringLiteral("h200-sxm5-141gb")), 0) << "the XE9680 takes the H200";
    EXPECT_EQ(dialog.gpu()->itemText(dialog.gpu()->findData(QStringLiteral("h200-sxm5-141gb"))),
              QString::fromStdString(library.gpu("h200-sxm5-141gb")->name))
        << "products by name";
    dialog.gpu()->setCurrentIndex(dialog.gpu()->findData(QStringLiteral("h200-sxm5-141gb")));
    EXPECT_FALSE(dialog.planes()->isEnabled());
    dialog.topology()->setCurrentIndex(dialog.topology()->findData(QStringLiteral("rail-only")));
    EXPECT_FALSE(dialog.planes()->isEnabled()) << "planes belong to a multi-plane fabric";
    dialog.storage()->setCurrentIndex(dialog.storage()->findData(QStringLiteral("powerscale-f900")));
    const std::string storage = dialog.storage()->currentData().toString().toStdString();
    dialog.rackKw()->setValue(60);
    dialog.servers()->setValue(8);
    {
        test::MessageBoxAnswer refusal(QMessageBox::Ok); // a refusal must not hang the test
        dialog.accept();
        EXPECT_TRUE(refusal.text.isEmpty()) << refusal.text.toStdString();
    }
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    const Design design = dialog.takeDesign();
    EXPECT_EQ(summarize(design).gpus_by_type.count("h200-sxm5-141gb"), 1u);
    bool has_storage = false;
    for (const Device& device : design.devices().items())
        has_storage |= device.type == storage;
    EXPECT_TRUE(has_storage) << storage;
    for (const Rack& rack : design.racks().items())
        EXPECT_LE(rack.max_kw, 60.0 + 1e-9) << rack.name;
}

TEST_F(EditingTest, BadInputIsExplainedAndChangesNothing) {
    // Zero servers in the generator dialog: core's reason, and the dialog stays open.
    const Catalog library = Catalog::loadDirectory(Catalog::defaultDirectory());
    NewDesignDialog dialog(library);
    dialog.servers()->setValue(0);
    {
        test::MessageBoxAnswer answer(QMessageBox::Ok);
        dialog.accept();
        EXPECT_FALSE(answer.text.isEmpty());
        EXPECT_NE(dialog.result(), QDialog::Accepted);
    }
    dialog.servers()->setValue(4);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(summarize(dialog.takeDesign()).gpus, 32u);

    // A device type the catalog does not know.
    {
        test::MessageBoxAnswer answer(QMessageBox::Ok);
        drop("no-such-server", QPoint(100, 100));
        EXPECT_TRUE(answer.text.contains(QStringLiteral("no-such-server"))) << answer.text.toStdString();
    }
    // Auto-cabling a selection without a switch on the network.
    {
        test::MessageBoxAnswer answer(QMessageBox::Ok);
        document()->setSelection({{window_->design().devices().items().front().id}, {}});
        window_->autoCableSelection(Network::Uplink);
        EXPECT_TRUE(answer.text.contains(QStringLiteral("switch"))) << answer.text.toStdString();
    }
    EXPECT_EQ(jsonSnapshot(window_->design()), original_);
    EXPECT_EQ(document()->undoStack()->count(), 0);
}

} // namespace
} // namespace cs
