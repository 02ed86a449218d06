// The window's menus and tool bar: every action calls a MainWindow edit or a document command.
#include "blocklayeritem.h"
#include "cabletool.h"
#include "commands/commands.h"
#include "commands/movedevices.h"
#include "designscene.h"
#include "designview.h"
#include "deviceitem.h"
#include "diagnosticsdock.h"
#include "document.h"
#include "findbar.h"
#include "heatoverlay.h"
#include "inspectordock.h"
#include "language.h"
#include "mainwindow.h"
#include "networkstyle.h"
#include "palettedock.h"
#include "recentfiles.h"
#include "whatifoverlay.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QCursor>
#include <QDir>
#include <QDockWidget>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QToolBar>

namespace cs {

void MainWindow::createMenus() {
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createWhatIfMenu();
    createHelpMenu();
}

void MainWindow::createFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, &MainWindow::newDesign);
    file->addAction(tr("New from &Generator…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                    &MainWindow::newFromGenerator)
        ->setObjectName(QStringLiteral("newFromGeneratorAction"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openFromDialog);
    file->addMenu(recent_files_);
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    file->addAction(tr("&Import JSON…"), this, &MainWindow::importJson);
    file->addAction(tr("Import &NetBox CSV…"), this, &MainWindow::importNetboxFromDialog);
    file->addAction(tr("&Export JSON…"), this, &MainWindow::exportJson);
    file->addAction(tr("Export NetBo&x CSV…"), this, &MainWindow::exportNetboxFromDialog);
    file->addAction(tr("Export &Diagram…"), this, &MainWindow::exportDiagramFile);
    file->addAction(tr("Export Rack &Elevations…"), this, &MainWindow::exportRackElevationsFile);
    file->addAction(tr("Export &Floor Plan…"), this, &MainWindow::exportFloorPlanFile);
    file->addAction(tr("Export &Report…"), this, &MainWindow::exportReportFile);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createEditMenu() {
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = document_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = document_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Copy"), QKeySequence::Copy, this, &MainWindow::copySelection);
    edit->addAction(tr("&Paste"), QKeySequence::Paste, this, [this] {
        // At the cursor when it is over the canvas, else in the middle of the view.
        const QPoint cursor = view_->viewport()->mapFromGlobal(QCursor::pos());
        const QPoint at =
            view_->viewport()->rect().contains(cursor) ? cursor : view_->viewport()->rect().center();
        pasteAt(view_->mapToScene(at));
    });
    edit->addAction(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), this,
                    &MainWindow::duplicateSelection);
    edit->addAction(tr("&Delete"), QKeySequence::Delete, this, &MainWindow::deleteSelection);
    edit->addAction(tr("Select &All"), QKeySequence::SelectAll, this, [this] {
        Selection all;
        for (const Device& device : design().devices().items())
            all.devices.push_back(device.id);
        document_->setSelection(std::move(all));
    });
    edit->addAction(tr("Re&name…"), QKeySequence(Qt::Key_F2), this, [this] {
        if (document_->selection().devices.size() != 1)
            return;
        Device device = *design().devices().find(document_->selection().devices.front());
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Device"), tr("Name:"), QLineEdit::Normal,
                                                   QString::fromStdString(device.name), &ok)
                                 .trimmed();
        if (!ok || name.isEmpty() || name.toStdString() == device.name)
            return;
        device.name = name.toStdString();
        QString error;
        if (!OperationCommand::execute(document_, changeDevice(document_, device, tr("Rename Device")),
                                       &error))
            reportRefusal(tr("Cannot Rename"), error);
    });
    QMenu* align = edit->addMenu(tr("A&lign"));
    const std::pair<QString, Alignment> alignments[] = {
        {tr("&Left Edges"), Alignment::Left},
        {tr("&Top Edges"), Alignment::Top},
        {tr("&Horizontal Centres"), Alignment::HorizontalCentre},
        {tr("&Vertical Centres"), Alignment::VerticalCentre}};
    for (const auto& [label, alignment] : alignments) {
        align->addAction(label, this, [this, alignment = alignment] {
            if (document_->selection().devices.size() < 2)
                return;
            OperationCommand::execute(document_,
                                      alignDevices(document_, document_->selection().devices, alignment),
                                      nullptr); // moving existing devices cannot fail
        });
    }
    QMenu* autoCable = edit->addMenu(tr("Auto-&Cable Selection"));
    for (Network network : kNetworks) {
        autoCable->addAction(networkSwatch(network), tr("To %1").arg(networkDisplayName(network)), this,
                             [this, network] { autoCableSelection(network); });
    }
    edit->addAction(tr("&Fit Cable Lengths"), this, &MainWindow::fitCableLengths);
    edit->addSeparator();
    edit->addAction(tr("New &Rack"), this, &MainWindow::newRack);
    edit->addAction(tr("&Move Selection into Rack…"), QKeySequence(Qt::CTRL | Qt::Key_R), this, [this] {
        if (document_->selection().devices.empty() || design().racks().size() == 0)
            return;
        // The selected rack, else the one the user picks.
        if (document_->selection().racks.size() == 1) {
            moveSelectionIntoRack(document_->selection().racks.front());
            return;
        }
        QStringList names;
        for (const Rack& rack : design().racks().items())
            names << QString::fromStdString(rack.name);
        bool ok = false;
        const QString name =
            QInputDialog::getItem(this, tr("Move into Rack"), tr("Rack:"), names, 0, false, &ok);
        if (ok)
            moveSelectionIntoRack(
                design().racks().items().at(static_cast<std::size_t>(names.indexOf(name))).id);
    });
    edit->addSeparator();
    edit->addAction(tr("&Find Devices"), QKeySequence::Find, find_bar_, &FindBar::open);
}

void MainWindow::createViewMenu() {
    // Zoom shortcuts follow the drawing tools': Ctrl+0 fits the drawing, Ctrl+1 shows it at its actual size.
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, view_, &DesignView::zoomIn);
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, view_, &DesignView::zoomOut);
    view->addAction(tr("Zoom to &Fit"), QKeySequence(Qt::CTRL | Qt::Key_0), view_, &DesignView::zoomToFit);
    view->addAction(tr("Zoom to &Selection"), QKeySequence(Qt::CTRL | Qt::Key_2), this,
                    &MainWindow::zoomToSelection);
    view->addAction(tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_1), view_,
                    &DesignView::zoomToActualSize);
    view->addAction(heat_overlay_->toggleAction());
    view->addSeparator();
    view->addAction(palette_->toggleViewAction());
    view->addAction(minimap_dock_->toggleViewAction());
    view->addAction(inspector_->toggleViewAction());
    view->addAction(diagnostics_->toggleViewAction());
    view->addAction(legend_dock_->toggleViewAction());
    for (const char* name : {"planDock", "budgetDock", "chartsDock", "comparisonDock", "bomDock",
                             "rackElevationDock", "floorPlanDock"}) {
        if (auto* dock = findChild<QDockWidget*>(QString::fromLatin1(name)))
            view->addAction(dock->toggleViewAction());
    }
    view->addSeparator();
    createLanguageMenu(view);
}

void MainWindow::createWhatIfMenu() {
    QMenu* whatIf = menuBar()->addMenu(tr("What-&if"));
    whatIf->setObjectName(QStringLiteral("whatIfMenu"));
    what_if_->addActionsTo(whatIf);
}

void MainWindow::showCanvasMenu(QPoint at) {
    if (!scene_)
        return;
    const QPointF scenePoint = view_->mapToScene(at);
    const Selection& selection = document_->selection();
    // The block under the pointer: collapsed, or the one a device belongs to.
    std::optional<std::size_t> block = scene_->collapsedBlockAt(scenePoint);
    const bool collapsed = block.has_value();
    if (collapsed) {
        document_->setSelection({scene_->blockDevices(*block), {}});
    } else if (const DeviceItem* device = scene_->deviceAt(scenePoint)) {
        block = scene_->blockOf(device->deviceId());
        if (!document_->isSelected(device->deviceId()))
            document_->setSelection({{device->deviceId()}, {}});
    } else if (const auto cable = scene_->cableAt(scenePoint, kCablePickPixels / view_->zoom())) {
        if (std::ranges::find(selection.links, *cable) == selection.links.end())
            document_->setSelection({{}, {*cable}});
    } else if (const auto rack = scene_->rackAt(scenePoint)) {
        if (std::ranges::find(selection.racks, *rack) == selection.racks.end())
            document_->setSelection({{}, {}, {*rack}});
    }
    QMenu menu;
    what_if_->addActionsTo(&menu);
    menu.addSeparator();
    if (block) {
        const QString name = BlockLayerItem::title(scene_->aggregateView().blocks[*block]);
        menu.addAction(collapsed ? tr("E&xpand %1").arg(name) : tr("C&ollapse %1").arg(name), this,
                       [this, block = *block, collapsed] { scene_->setBlockCollapsed(block, !collapsed); });
    }
    menu.addAction(tr("&Blocks Follow the Zoom"), this, [this] { scene_->resetBlocks(); });
    menu.addSeparator();
    menu.addAction(tr("&Delete"), this, &MainWindow::deleteSelection)->setEnabled(!selection.empty());
    menu.exec(view_->viewport()->mapToGlobal(at));
}

void MainWindow::createLanguageMenu(QMenu* view) {
    // The choice is saved and takes effect at the next start: every window, dock and dialog is then built in
    // it.
    QMenu* language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(language);
    const QString saved = savedLanguage();
    const std::pair<QString, QString> choices[] = {
        {QStringLiteral("system"), tr("&System")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    for (const auto& [choice, text] : choices) {
        QAction* action = language->addAction(text);
        action->setCheckable(true);
        action->setChecked(choice == saved);
        action->setData(choice);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice = choice] {
            if (choice != savedLanguage())
                switchLanguage(choice);
        });
    }
}

std::optional<QStringList> MainWindow::handOverArguments(QString* error) const {
    if (!document_->path().isEmpty())
        return QStringList{document_->path()};
    if (document_->isModified() || document_->design().devices().size() == 0)
        return QStringList{}; // changes the user discarded, or nothing to keep
    // An untitled design kept unchanged (a new, generated or imported one) goes over as a temporary JSON
    // copy, which the new studio imports: it stays untitled there, and nothing asks where to save it.
    const QString copy =
        QDir(QDir::tempPath())
            .filePath(QStringLiteral("cluster-studio-%1.json").arg(QCoreApplication::applicationPid()));
    if (!document_->writeCopy(copy, error))
        return std::nullopt;
    return QStringList{copy};
}

void MainWindow::switchLanguage(const QString& choice) {
    saveLanguage(choice);
    QMessageBox box(QMessageBox::Question, tr("Language"),
                    tr("The language changes when ClusterStudio starts again. Restart now?"),
                    QMessageBox::NoButton, this);
    QPushButton* restart = box.addButton(tr("Restart Now"), QMessageBox::AcceptRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != restart || !maybeSave())
        return;
    // The design is saved (or its changes discarded): a new studio opens it in the new language, this one
    // quits.
    QString error;
    const std::optional<QStringList> arguments = handOverArguments(&error);
    if (!arguments) {
        QMessageBox::warning(this, tr("Language"), error);
        return;
    }
    document_->undoStack()->setClean();
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), *arguments)) {
        QMessageBox::warning(this, tr("Language"),
                             tr("ClusterStudio could not be started again; the language changes at the next "
                                "start."));
        return;
    }
    close();
}

void MainWindow::createToolBar() {
    QToolBar* tools = addToolBar(tr("Tools"));
    tools->setObjectName(QStringLiteral("toolsToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction* select = tools->addAction(tr("Select"), this, &MainWindow::useSelectTool);
    select->setShortcut(QKeySequence(Qt::Key_S));
    // Esc, too, ends placing or cabling.
    auto* escape = new QAction(this);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(escape, &QAction::triggered, this, &MainWindow::useSelectTool);
    addAction(escape);
    select->setCheckable(true);
    select->setChecked(true);
    tool_actions_->addAction(select);
    tools->addSeparator();
    int key = Qt::Key_1;
    for (Network network : kNetworks) {
        QAction* cable =
            tools->addAction(networkSwatch(network), tr("%1 cable").arg(networkDisplayName(network)), this,
                             [this, network] { useCableTool(network); });
        cable->setData(QString::fromUtf8(networkId(network)));
        cable->setShortcut(QKeySequence(key++));
        cable->setCheckable(true);
        cable->setToolTip(tr("Draw %1 cables: drag from a device to a device; hold Shift when releasing to "
                             "choose the ports")
                              .arg(networkDisplayName(network)));
        tool_actions_->addAction(cable);
    }
}

} // namespace cs
