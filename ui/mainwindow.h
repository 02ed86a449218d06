#pragma once

#include "debouncer.h"
#include "model/catalog.h"
#include "model/design.h"
#include "rules/diagnostic.h"

#include <QMainWindow>
#include <functional>
#include <memory>
#include <optional>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;

namespace cs {

class Autosave;
class CableTool;
class DesignDocument;
class DesignScene;
class DesignView;
class BudgetDock;
class DiagnosticsDock;
class DocumentAnalysis;
class ExportNotice;
class FindBar;
class HeatOverlay;
class InspectorDock;
class LegendWidget;
class Minimap;
class PaletteDock;
class RecentFiles;
class PlaceTool;
class SelectTool;
class WhatIfOverlay;
struct ChangeEvent;

// The studio window: the canvas of one design with its tools, the device palette, the properties, an
// overview map, the diagnostics, the legend and the summary; the menus are in mainwindow_actions.cpp, file
// handling in mainwindow_files.cpp, NetBox folders in mainwindow_interchange.cpp.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    // `library` is the device catalog that JSON designs take their types from and the palette lists.
    explicit MainWindow(Catalog library, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a .csd project (which becomes the design's file) or imports a .json design (Save then asks where
    // to write the project). On failure returns false with the reason (naming the file) in `error`, and keeps
    // the current design; showing the reason is the caller's choice. When an autosave newer than a project
    // file is left over, the user is asked whether to recover it.
    bool openDesign(const QString& path, QString* error);
    // Saves to `path`, which becomes the design's file; false with the reason in `error` on failure.
    bool saveDesign(const QString& path, QString* error);
    // Replaces the design with an empty one (after asking to save unsaved work); false when the user cancels.
    bool newDesign();
    // Offers the untitled autosave an earlier session left behind (after a crash).
    void offerUntitledRecovery();
    // NetBox interchange (mainwindow_interchange.cpp). Import replaces the design with the one a folder of
    // NetBox CSV files describes, untitled (Save asks where); export writes the design's NetBox files into a
    // folder. On failure both return false with the reason in `error` and change nothing.
    bool importNetbox(const QString& folder, QString* error);
    bool exportNetbox(const QString& folder, QString* error) const;

    const Design& design() const;
    DesignDocument* document() const { return document_; }
    // What the studio derives from the document: findings, the selected scenario and its plan's analysis.
    DocumentAnalysis* analysis() const { return analysis_; }
    // The What-if menu, the failure marks on the canvas, its banner and status.
    WhatIfOverlay* whatIf() const { return what_if_; }
    DesignScene* scene() const { return scene_.get(); }
    DesignView* view() const { return view_; }
    LegendWidget* legend() const { return legend_; }
    PaletteDock* palette() const { return palette_; }
    DiagnosticsDock* diagnostics() const { return diagnostics_; }
    BudgetDock* budget() const { return budget_; }
    InspectorDock* inspector() const { return inspector_; }
    Minimap* minimap() const { return minimap_; }
    HeatOverlay* heatOverlay() const { return heat_overlay_; }
    Autosave* autosave() const { return autosave_; }
    ExportNotice* exportNotice() const { return export_notice_; }
    FindBar* findBar() const { return find_bar_; }
    SelectTool* selectTool() const { return select_tool_; }
    // The cable tool, switched to `network`, as the current tool.
    CableTool* useCableTool(Network network);
    void useSelectTool();
    // Places devices of `type` at each click, until another tool is chosen.
    void usePlaceTool(const std::string& type, std::optional<Network> network);

    // Edits on the selection, as the menus run them.
    void deleteSelection();
    void duplicateSelection();
    void copySelection();
    void pasteAt(QPointF scenePos);
    void autoCableSelection(Network network);
    // Edit > Fit Cable Lengths: one undoable step; the status bar says how many cables changed.
    void fitCableLengths();
    // Selects the devices whose name, type or role contains `text` and zooms to them, in the find bar;
    // returns their count.
    int findDevices(const QString& text);
    // Adds an empty rack in the middle of the view and selects it; returns its id.
    RackId newRack();
    // Moves the selected devices into `rack`, each in its lowest free slot; false (with the reason shown)
    // when one does not fit.
    bool moveSelectionIntoRack(RackId rack);
    void zoomToSelection();
    // Shows the rack on the canvas: its frame, or its devices when it has none.
    void zoomToRack(RackId rack);
    // What a restarted studio (after a language switch) is given to open the same design: the design's file;
    // a temporary copy of an unchanged untitled design; nothing for an empty or discarded one. Nothing (with
    // the reason in `error`) when the copy cannot be written.
    std::optional<QStringList> handOverArguments(QString* error) const;
    // The About box's text: the version and the libraries the studio is built with, with their licences.
    QString aboutText() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createDocks();
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createWhatIfMenu();
    // The canvas's context menu at a viewport point: what is under it is selected first (unless it is).
    void showCanvasMenu(QPoint at);
    void createLanguageMenu(QMenu* view);
    // Saves the UI language and offers to restart the studio in it (after saving the design).
    void switchLanguage(const QString& choice);
    void createToolBar();
    // The Help menu (mainwindow_help.cpp).
    void createHelpMenu();
    void showAbout();
    void showShortcuts();
    void onChanged(const ChangeEvent& event);
    void rebuildScene();
    // The line under the canvas: the view from afar, or the cables still being routed.
    void updateCanvasNote(const DesignScene* scene);
    void updateTitle();
    void updateStatus();
    void showDiagnostic(const Diagnostic& diagnostic);
    void dropDevice(const QString& type, std::optional<Network> network, QPointF scenePos, bool snap);
    void reportRefusal(const QString& title, const QString& reason);

    // File handling (mainwindow_files.cpp).
    bool maybeSave();
    void openFromDialog();
    void newFromGenerator();
    bool save();
    bool saveAs();
    void importJson();
    void exportJson();
    void exportDiagramFile();
    void exportRackElevationsFile();
    void exportFloorPlanFile();
    // Asks where (PDF by default, or SVG), writes the drawing there with `write`, confirms or says why not.
    void exportDrawing(const QString& title, const QString& filter, const QString& failure,
                       const std::function<void(const Design&, const std::string&)>& write);
    void exportReportFile();
    void importNetboxFromDialog();
    void exportNetboxFromDialog();
    void openRecent(const QString& path);
    // Replaces the document's design, or offers the autosave of `path` when one is newer.
    void adoptDesign(Design design, const QString& path);

    Catalog library_;
    DesignDocument* document_;
    DocumentAnalysis* analysis_;
    WhatIfOverlay* what_if_;
    std::unique_ptr<DesignScene> scene_;
    DesignView* view_;
    LegendWidget* legend_;
    QDockWidget* legend_dock_;
    PaletteDock* palette_;
    DiagnosticsDock* diagnostics_;
    BudgetDock* budget_ = nullptr;
    InspectorDock* inspector_;
    Minimap* minimap_;
    QDockWidget* minimap_dock_;
    Autosave* autosave_;
    FindBar* find_bar_;
    RecentFiles* recent_files_;
    SelectTool* select_tool_;
    CableTool* cable_tool_;
    PlaceTool* place_tool_;
    QActionGroup* tool_actions_;
    QLabel* summary_;
    QLabel* errors_;
    ExportNotice* export_notice_; // confirms each export with its path and an Open Folder button
    Debouncer status_delay_;      // the summary follows edits once they pause, not on every mouse move
    Design clipboard_;            // copied devices and the cables among them
    std::vector<DeviceId> clipboard_devices_;
    HeatOverlay* heat_overlay_ = nullptr; // the View menu's heat overlay, a view of the analysis
};

// Tells the user that a design could not be opened, and why.
void showOpenError(QWidget* parent, const QString& path, const QString& error);

} // namespace cs
