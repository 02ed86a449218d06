#include "mainwindow.h"

#include "autosave.h"
#include "base/input_error.h"
#include "bomdock.h"
#include "budgetdock.h"
#include "cabletool.h"
#include "chartsdock.h"
#include "commands/commands.h"
#include "comparisondock.h"
#include "designscene.h"
#include "designview.h"
#include "deviceitem.h"
#include "diagnosticsdock.h"
#include "document.h"
#include "documentanalysis.h"
#include "exportnotice.h"
#include "findbar.h"
#include "floorplandock.h"
#include "heatoverlay.h"
#include "inspectordock.h"
#include "legendwidget.h"
#include "linklayeritem.h"
#include "minimap.h"
#include "model/aggregate_view.h"
#include "model/design_summary.h"
#include "networkstyle.h"
#include "palettedock.h"
#include "placetool.h"
#include "plandock.h"
#include "rackelevationdock.h"
#include "rackitem.h"
#include "recentfiles.h"
#include "selecttool.h"
#include "statuscolors.h"
#include "topology/cabling.h"
#include "whatifoverlay.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>
#include <algorithm>

namespace cs {

namespace {

// The status bar follows edits once they pause; a summary of 20,000 devices is not free.
constexpr int kStatusRefreshMs = 150;
constexpr int kMessageMs = 6000;
constexpr int kSideDockWidth = 300;      // pixels: the palette's name and key-figure columns fit
constexpr double kBottomDockShare = 0.3; // of the screen's height: a chart with its axes, or ten findings
// pixels: at least a whole chart (its minimum height, with the dock's title and tab bars) on a 768-pixel
// screen
constexpr int kBottomDockMinimumHeight = 320;
// Where a duplicate lands: one grid step right and down of the original.
constexpr QPointF kDuplicateOffset(kGridStep, kGridStep);
// A new rack's frame goes this far up and left of the view's centre, so that the frame is centred; beside
// the diagram, this far from it.
constexpr QPointF kNewRackOffset(kEmptyRack.width() / 2, kEmptyRack.height() / 2);

QString summaryText(const DesignSummary& summary) {
    const QLocale locale;
    const auto number = [&locale](std::size_t count) {
        return locale.toString(static_cast<qulonglong>(count));
    };
    const auto kilowatts = [&locale](double watts) { return locale.toString(watts / 1000, 'f', 1); };
    return MainWindow::tr(
               "%1 devices  ·  %2 GPUs  ·  %3 cables  ·  %4 racks  ·  IT power %5 kW max (%6 kW idle)")
        .arg(number(summary.devices), number(summary.gpus), number(summary.links), number(summary.racks),
             kilowatts(summary.max_watts), kilowatts(summary.idle_watts));
}

// What the view from afar shows, and how to see more.
QString farNote(const AggregateView& view) {
    const auto units = std::ranges::count_if(
        view.blocks, [](const AggregateBlock& block) { return block.kind == BlockKind::ScalableUnit; });
    return MainWindow::tr(
               "Seen from afar: %n block(s), %1 of them scalable units. Zoom in, or double-click a "
               "block, to see its devices.",
               nullptr, static_cast<int>(view.blocks.size()))
        .arg(units);
}

} // namespace

MainWindow::MainWindow(Catalog library, QWidget* parent)
    : QMainWindow(parent)
    , library_(std::move(library))
    , document_(new DesignDocument(library_, this))
    , analysis_(new DocumentAnalysis(document_, this))
    , what_if_(new WhatIfOverlay(document_, analysis_, this))
    , view_(new DesignView(this))
    , legend_(new LegendWidget)
    , legend_dock_(new QDockWidget(tr("Legend"), this))
    , palette_(new PaletteDock(library_, this))
    , diagnostics_(new DiagnosticsDock(analysis_, this))
    , inspector_(new InspectorDock(document_, analysis_, this))
    , minimap_(new Minimap(view_))
    , minimap_dock_(new QDockWidget(tr("Overview"), this))
    , autosave_(new Autosave(document_, this))
    , find_bar_(new FindBar(document_, view_))
    , recent_files_(new RecentFiles(this))
    , select_tool_(new SelectTool(document_, view_))
    , cable_tool_(new CableTool(document_, view_, Network::Compute))
    , place_tool_(new PlaceTool(document_, view_))
    , tool_actions_(new QActionGroup(this))
    , summary_(new QLabel)
    , errors_(new QLabel)
    , export_notice_(new ExportNotice)
    , status_delay_(kStatusRefreshMs, [this] { updateStatus(); }) {
    auto* canvas = new QWidget;
    auto* canvasLayout = new QVBoxLayout(canvas);
    canvasLayout->setContentsMargins(0, 0, 0, 0);
    canvasLayout->setSpacing(0);
    canvasLayout->addWidget(find_bar_);
    canvasLayout->addWidget(what_if_->banner());
    canvasLayout->addWidget(view_);
    setCentralWidget(canvas);
    createDocks();
    summary_->setObjectName(QStringLiteral("designSummary"));
    errors_->setObjectName(QStringLiteral("errorCount"));
    statusBar()->addWidget(export_notice_);
    statusBar()->addPermanentWidget(what_if_->statusLabel());
    statusBar()->addPermanentWidget(errors_);
    statusBar()->addPermanentWidget(summary_);

    connect(document_, &DesignDocument::changed, this, &MainWindow::onChanged);
    connect(document_, &DesignDocument::selectionChanged, this, [this] {
        if (scene_)
            scene_->showSelection(document_->selection());
    });
    connect(document_, &DesignDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document_, &DesignDocument::pathChanged, this, &MainWindow::updateTitle);
    connect(analysis_, &DocumentAnalysis::changed, this, [this](DocumentAnalysis::Parts parts) {
        if (!(parts & DocumentAnalysis::DiagnosticsPart))
            return;
        if (scene_)
            scene_->showDiagnostics(analysis_->diagnostics());
        updateStatus();
    });
    connect(diagnostics_, &DiagnosticsDock::activated, this, &MainWindow::showDiagnostic);
    connect(legend_, &LegendWidget::networkDisplayChanged, this,
            [this](Network network, CableDisplay display) {
                if (scene_)
                    scene_->setNetworkDisplay(network, display);
            });
    connect(view_, &DesignView::deviceDropped, this, &MainWindow::dropDevice);
    view_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view_, &QWidget::customContextMenuRequested, this, &MainWindow::showCanvasMenu);
    connect(view_, &DesignView::zoomChanged, this, [this] {
        // The scene shown: a new scene is fitted before it replaces scene_.
        if (auto* shown = static_cast<DesignScene*>(view_->scene())) {
            shown->followZoom(view_->zoom());
            updateCanvasNote(shown);
        }
    });
    connect(view_, &DesignView::doubleClicked, this, [this](QPointF scenePoint) {
        if (const auto block = scene_ ? scene_->collapsedBlockAt(scenePoint) : std::nullopt)
            scene_->setBlockCollapsed(*block, false);
    });
    connect(palette_, &PaletteDock::placeRequested, this, &MainWindow::usePlaceTool);
    for (Tool* tool : std::initializer_list<Tool*>{select_tool_, cable_tool_, place_tool_})
        connect(tool, &Tool::refused, this,
                [this](const QString& reason) { statusBar()->showMessage(reason, kMessageMs); });
    connect(recent_files_, &RecentFiles::fileChosen, this, &MainWindow::openRecent);

    createMenus();
    createToolBar();
    view_->setTool(select_tool_);
    document_->reset(Design{}, QString());
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // The minimum size as the docks are now, in their scroll areas: one computed while they were being
    // built (784 pixels high) would keep the window from fitting a 768-pixel screen.
    layout()->activate();
}

MainWindow::~MainWindow() {
    view_->setScene(nullptr); // the scene goes before the view that shows it
}

const Design& MainWindow::design() const {
    return document_->design();
}

void MainWindow::createDocks() {
    legend_dock_->setObjectName(QStringLiteral("legendDock"));
    legend_dock_->setWidget(legend_);
    addDockWidget(Qt::LeftDockWidgetArea, palette_);
    minimap_dock_->setObjectName(QStringLiteral("minimapDock"));
    minimap_dock_->setWidget(minimap_);
    addDockWidget(Qt::RightDockWidgetArea, minimap_dock_);
    addDockWidget(Qt::RightDockWidgetArea, inspector_);
    addDockWidget(Qt::RightDockWidgetArea, legend_dock_);
    addDockWidget(Qt::BottomDockWidgetArea, diagnostics_);
    heat_overlay_ = new HeatOverlay(document_, analysis_, legend_, this);
    tabifyDockWidget(palette_, new PlanDock(document_, analysis_, this));
    budget_ = new BudgetDock(analysis_, this);
    tabifyDockWidget(diagnostics_, budget_);
    auto* charts = new ChartsDock(analysis_, this);
    connect(charts, &ChartsDock::exported, export_notice_, &ExportNotice::confirm);
    tabifyDockWidget(diagnostics_, charts);
    tabifyDockWidget(diagnostics_, new ComparisonDock(document_, analysis_, this));
    tabifyDockWidget(diagnostics_, new BomDock(document_, this));
    auto* elevation = new RackElevationDock(document_, this);
    connect(elevation, &RackElevationDock::deviceActivated, this, [this](DeviceId id) {
        if (const Device* device = design().devices().find(id))
            view_->zoomToRect(deviceRect(design(), *device));
    });
    tabifyDockWidget(diagnostics_, elevation);
    auto* floor = new FloorPlanDock(document_, this);
    connect(floor, &FloorPlanDock::rackActivated, this, &MainWindow::zoomToRack);
    tabifyDockWidget(diagnostics_, floor);
    charts->raise(); // the comparison needs a second scenario first
    // Each dock's content scrolls when there is no room for it (a device with many ports, a long legend, the
    // comparison table): a dock never raises the window's minimum height, which would push the status bar
    // off a 768- or 1000-pixel screen, and docks never overlap. The overview and the floor plan are views of
    // their own.
    for (QDockWidget* dock : findChildren<QDockWidget*>()) {
        if (dock == minimap_dock_ || dock == floor || qobject_cast<QScrollArea*>(dock->widget()))
            continue; // a view of its own, or a dock that scrolls already (the plan)
        QWidget* content = dock->widget();
        auto* scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        // Only up and down: the dock keeps the width its content needs, as it did without the scroll area.
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setMinimumWidth(content->minimumSizeHint().width() +
                                scroll->verticalScrollBar()->sizeHint().width());
        scroll->setWidget(content);
        dock->setWidget(scroll);
    }
    // First-run sizes: the canvas gets the room; restoreState() brings back the user's own layout.
    resizeDocks({palette_, inspector_}, {kSideDockWidth, kSideDockWidth}, Qt::Horizontal);
    resizeDocks({diagnostics_},
                {std::max(kBottomDockMinimumHeight,
                          static_cast<int>(screen()->availableSize().height() * kBottomDockShare))},
                Qt::Vertical);
}

void MainWindow::onChanged(const ChangeEvent& event) {
    if (event.kind == ChangeEvent::Kind::Reset) {
        rebuildScene();
        updateStatus();
        updateTitle();
        return;
    }
    if (scene_)
        scene_->applyChange(event);
    if (event.name)
        updateTitle();
    status_delay_.schedule(); // the summary is computed once the edits pause
}

void MainWindow::rebuildScene() {
    // Aggregated, from afar until the fit says otherwise: a large design's cables are routed only once shown.
    auto scene = std::make_unique<DesignScene>(document_->design(), true);
    // A new design: a network with many cables dimmed (the legend says so), the rest as chosen.
    for (Network network : kNetworks) {
        const CableDisplay display =
            openingCableDisplay(scene->cableCount(network), legend_->networkDisplay(network));
        legend_->setNetworkDisplay(network, display);
        scene->setNetworkDisplay(network, display);
    }
    scene->cacheCableLayers();
    connect(scene.get(), &DesignScene::routingChanged, this,
            [this, shown = scene.get()] { updateCanvasNote(shown); });
    view_->showScene(scene.get()); // the fit decides whether it is seen from afar
    if (!scene->isFar())
        view_->zoomToFit();    // again, with the cables' channels around the diagram, routed now
    scene_ = std::move(scene); // the old scene goes only once the view has let go of it
    minimap_->watchScene();
    heat_overlay_->setScene(scene_.get());
    what_if_->setScene(scene_.get());
}

void MainWindow::updateCanvasNote(const DesignScene* scene) {
    if (scene->isFar())
        view_->setNote(farNote(scene->aggregateView()));
    else if (scene->isRouting())
        view_->setNote(tr("Routing %L1 cables…").arg(document_->design().links().size()));
    else
        view_->setNote(QString());
}

void MainWindow::updateTitle() {
    const Design& design = document_->design();
    QString name = design.name.empty() ? tr("Untitled") : QString::fromStdString(design.name);
    if (document_->isModified())
        name += QStringLiteral(" *");
    setWindowTitle(tr("%1 — ClusterStudio").arg(name));
    setWindowFilePath(document_->path()); // file dialogs of the docks start beside it
}

void MainWindow::updateStatus() {
    status_delay_.cancel();
    const DesignSummary summary = summarize(document_->design());
    legend_->showSummary(summary);
    view_->setEmptyHint(
        document_->design().devices().size() == 0
            ? tr("An empty design. Drag servers, switches and storage from the Devices palette "
                 "onto the canvas, or build a whole cluster with File › New from Generator.")
            : QString());
    summary_->setText(summaryText(summary));
    const auto errors = countSeverity(analysis_->diagnostics(), Severity::Error);
    const auto warnings = countSeverity(analysis_->diagnostics(), Severity::Warning);
    errors_->setText(tr("%n error(s)", nullptr, static_cast<int>(errors)) + QStringLiteral(" · ") +
                     tr("%n warning(s)", nullptr, static_cast<int>(warnings)));
    errors_->setStyleSheet(errors > 0     ? textColorStyle(kFailColor, true)
                           : warnings > 0 ? textColorStyle(kWarnColor, true)
                                          : QString());
}

void MainWindow::showDiagnostic(const Diagnostic& diagnostic) {
    if (const std::string line = analysis_->budgetLineOf(diagnostic); !line.empty()) {
        budget_->showLine(line);
        return;
    }
    document_->setSelection({diagnostic.devices, diagnostic.links});
    std::vector<DeviceId> shown = diagnostic.devices;
    for (LinkId id : diagnostic.links) {
        if (const Link* link = design().links().find(id)) {
            shown.push_back(link->a.device);
            shown.push_back(link->b.device);
        }
    }
    QRectF area;
    for (DeviceId id : shown) {
        if (const Device* device = design().devices().find(id))
            area |= deviceRect(design(), *device);
    }
    view_->zoomToRect(area);
}

void MainWindow::dropDevice(const QString& type, std::optional<Network> network, QPointF scenePos,
                            bool snap) {
    QString error;
    if (!placeDevice(document_, type.toStdString(), network, scenePos, snap, &error))
        reportRefusal(tr("Cannot Place Device"), error);
}

void MainWindow::usePlaceTool(const std::string& type, std::optional<Network> network) {
    place_tool_->setType(type, network);
    view_->setTool(place_tool_);
    if (QAction* checked = tool_actions_->checkedAction())
        checked->setChecked(false); // none of the tool bar's tools is active
    const DeviceType* deviceType = library_.device(type);
    statusBar()->showMessage(tr("Click on the canvas to place %1; Esc returns to selecting.")
                                 .arg(QString::fromStdString(deviceType ? deviceType->name : type)));
}

void MainWindow::reportRefusal(const QString& title, const QString& reason) {
    QMessageBox::warning(this, title, reason);
}

CableTool* MainWindow::useCableTool(Network network) {
    cable_tool_->setNetwork(network);
    view_->setTool(cable_tool_);
    const auto actions = tool_actions_->actions();
    for (QAction* action : actions) {
        if (action->data().toString() == QString::fromUtf8(networkId(network)))
            action->setChecked(true);
    }
    return cable_tool_;
}

void MainWindow::useSelectTool() {
    view_->setTool(select_tool_);
    tool_actions_->actions().front()->setChecked(true);
    statusBar()->clearMessage();
}

void MainWindow::deleteSelection() {
    const Selection& selection = document_->selection();
    if (selection.empty())
        return;
    QString error;
    if (!OperationCommand::execute(
            document_, removeItems(document_, selection.devices, selection.links, selection.racks), &error))
        reportRefusal(tr("Cannot Delete"), error);
}

void MainWindow::duplicateSelection() {
    const std::vector<DeviceId> devices = document_->selection().devices;
    if (devices.empty())
        return;
    const DeviceId first = design().devices().nextId();
    QString error;
    if (!OperationCommand::execute(
            document_,
            copyDevices(document_, design(), devices, kDuplicateOffset,
                        tr("Duplicate %n Device(s)", nullptr, static_cast<int>(devices.size()))),
            &error)) {
        reportRefusal(tr("Cannot Duplicate"), error);
        return;
    }
    Selection copies;
    for (DeviceId id = first; id < design().devices().nextId(); ++id)
        copies.devices.push_back(id);
    document_->setSelection(std::move(copies));
}

void MainWindow::copySelection() {
    if (document_->selection().devices.empty())
        return;
    clipboard_ = design();
    clipboard_devices_ = document_->selection().devices;
}

void MainWindow::pasteAt(QPointF scenePos) {
    if (clipboard_devices_.empty())
        return;
    // The copied group's top-left corner goes to the cursor, on the grid.
    QRectF bounds;
    for (DeviceId id : clipboard_devices_)
        bounds |= deviceRect(clipboard_, *clipboard_.devices().find(id));
    const QPointF offset = snapToGrid(scenePos) - bounds.topLeft();
    const DeviceId first = design().devices().nextId();
    QString error;
    if (!OperationCommand::execute(
            document_,
            copyDevices(document_, clipboard_, clipboard_devices_, offset,
                        tr("Paste %n Device(s)", nullptr, static_cast<int>(clipboard_devices_.size()))),
            &error)) {
        reportRefusal(tr("Cannot Paste"), error);
        return;
    }
    Selection pasted;
    for (DeviceId id = first; id < design().devices().nextId(); ++id)
        pasted.devices.push_back(id);
    document_->setSelection(std::move(pasted));
}

void MainWindow::autoCableSelection(Network network) {
    QString error;
    try {
        std::vector<Operation> cables =
            autoCable(design(), document_->selection().devices, network, document_->library());
        if (cables.empty()) {
            statusBar()->showMessage(
                tr("Every %1 port of the selection is already cabled.").arg(networkDisplayName(network)),
                kMessageMs);
            return;
        }
        if (OperationCommand::execute(document_, addCables(document_, std::move(cables), network), &error))
            return;
    } catch (const InputError& e) {
        error = QString::fromStdString(e.what());
    }
    reportRefusal(tr("Cannot Auto-Cable"), error);
}

void MainWindow::fitCableLengths() {
    std::unique_ptr<OperationCommand> command = cs::fitCableLengths(document_);
    if (!command) {
        statusBar()->showMessage(tr("Every cable already has its length and a cable that reaches."),
                                 kMessageMs);
        return;
    }
    const int count = static_cast<int>(command->operations().size());
    QString error;
    if (!OperationCommand::execute(document_, std::move(command), &error)) {
        reportRefusal(tr("Cannot Fit Cable Lengths"), error);
        return;
    }
    statusBar()->showMessage(tr("Fitted the length or cable of %n cable(s).", nullptr, count), kMessageMs);
}

int MainWindow::findDevices(const QString& text) {
    find_bar_->open();
    find_bar_->field()->setText(text);
    return static_cast<int>(find_bar_->matches().size());
}

RackId MainWindow::newRack() {
    const RackId rack = design().racks().nextId();
    // In the middle of the view where that is free; else beside the diagram, where its frame shows.
    QRectF frame(snapToGrid(view_->mapToScene(view_->viewport()->rect().center()) - kNewRackOffset),
                 kEmptyRack);
    if (!scene_->devicesIn(frame).empty() || scene_->rackAt(frame.center()))
        frame.moveTopLeft(snapToGrid(scene_->itemsBoundingRect().topRight() + kNewRackOffset));
    QString error;
    if (!OperationCommand::execute(document_, addRack(document_, frame.topLeft()), &error)) {
        reportRefusal(tr("Cannot Add Rack"), error);
        return kNoRack;
    }
    scene_->flushPendingGeometry();
    view_->centerOn(frame.center());
    document_->setSelection({{}, {}, {rack}});
    return rack;
}

bool MainWindow::moveSelectionIntoRack(RackId rack) {
    const std::vector<DeviceId> devices = document_->selection().devices;
    if (devices.empty())
        return false;
    QString error;
    try {
        if (OperationCommand::execute(document_, moveIntoRack(document_, devices, rack), &error))
            return true;
    } catch (const InputError& e) {
        error = QString::fromStdString(e.what());
    }
    reportRefusal(tr("Cannot Move into Rack"), error);
    return false;
}

void MainWindow::zoomToRack(RackId rack) {
    // The rack's frame; a rack drawn without one (its devices spread by fabric tier) by its devices.
    if (const RackItem* item = scene_ ? scene_->rackItem(rack) : nullptr) {
        view_->zoomToRect(item->frame());
        return;
    }
    QRectF area;
    for (const Device& device : design().devices().items())
        if (device.rack == rack)
            area |= deviceRect(design(), device);
    if (!area.isEmpty())
        view_->zoomToRect(area);
}

void MainWindow::zoomToSelection() {
    QRectF area;
    for (DeviceId id : document_->selection().devices)
        area |= deviceRect(design(), *design().devices().find(id));
    view_->zoomToRect(area);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    autosave_->discard();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void showOpenError(QWidget* parent, const QString& path, const QString& error) {
    QMessageBox::critical(
        parent, MainWindow::tr("Cannot Open Design"),
        MainWindow::tr("ClusterStudio could not open “%1”.\n\n%2").arg(QFileInfo(path).fileName(), error));
}

} // namespace cs
