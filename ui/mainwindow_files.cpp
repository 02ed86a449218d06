// New, open, save, import/export, recent files, autosave recovery and the prompt before losing work.
#include "autosave.h"
#include "base/input_error.h"
#include "diagramexport.h"
#include "document.h"
#include "elevationexport.h"
#include "exportnotice.h"
#include "filedialogs.h"
#include "floorplanexport.h"
#include "interchange/drawio_export.h"
#include "io/design_file.h"
#include "mainwindow.h"
#include "newdesigndialog.h"
#include "palettedock.h"
#include "recentfiles.h"
#include "report/report_content.h"
#include "reportlocale.h"
#include "reportwriter.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>

namespace cs {

namespace {

QString projectFilter() {
    return MainWindow::tr("ClusterStudio projects (*.csd)");
}

QString jsonFilter() {
    return MainWindow::tr("ClusterStudio JSON (*.json)");
}

// Reads a design; on failure returns nothing with the reason (naming the file) in `error`. Files come from
// anywhere: whatever a reader throws becomes the message of the open dialog, never the end of the studio.
std::optional<Design> read(const QString& path, const Catalog& library, QString* error) {
    const auto fail = [&](const char* what) {
        if (error) {
            *error = QString::fromUtf8(what);
            if (!error->contains(path))
                *error = path + QStringLiteral(": ") + *error;
        }
        return std::nullopt;
    };
    try {
        return readDesign(QFile::encodeName(path).toStdString(), library);
    } catch (const InputError& e) {
        return fail(e.what());
    } catch (const std::bad_alloc&) {
        return fail("cannot open: not enough memory to read it");
    } catch (const std::exception& e) {
        return fail(e.what());
    }
}

} // namespace

bool MainWindow::maybeSave() {
    if (!document_->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"), tr("The design has unsaved changes. Save them before closing it?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    autosave_->discard(); // the user chose to lose the work: no recovery offer for it later
    return true;
}

bool MainWindow::newDesign() {
    if (!maybeSave())
        return false;
    document_->reset(Design{}, QString());
    palette_->raise(); // an empty design starts from the devices, not from a plan
    return true;
}

void MainWindow::newFromGenerator() {
    if (!maybeSave())
        return;
    NewDesignDialog dialog(library_, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    document_->reset(dialog.takeDesign(), QString());
}

bool MainWindow::openDesign(const QString& path, QString* error) {
    std::optional<Design> design = read(path, library_, error);
    if (!design)
        return false;
    // A project file becomes the document's file; a JSON file is an import, which Save writes as a project
    // (so that saving never rewrites an interchange file, such as the shipped examples, by accident).
    if (designFormatOf(QFile::encodeName(path).toStdString()) == DesignFormat::Csd)
        adoptDesign(std::move(*design), path);
    else
        document_->reset(std::move(*design), QString());
    recent_files_->add(path);
    return true;
}

void MainWindow::adoptDesign(Design design, const QString& path) {
    const QString side = Autosave::recoverableFor(path);
    if (!side.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Recover Unsaved Work"),
            tr("“%1” has unsaved work from an earlier session that did not close normally. Recover it?")
                .arg(path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        QString error;
        std::optional<Design> recovered =
            answer == QMessageBox::Yes ? read(side, library_, &error) : std::optional<Design>();
        if (recovered) {
            document_->reset(std::move(*recovered), path);
            document_->markModified();
            return;
        }
        if (answer == QMessageBox::Yes)
            showOpenError(this, side, error);
        QFile::remove(side); // declined or unreadable: do not offer it again
    }
    document_->reset(std::move(design), path);
}

void MainWindow::offerUntitledRecovery() {
    if (!Autosave::recoverableFor(QString()).isEmpty())
        adoptDesign(Design{}, QString());
}

void MainWindow::openFromDialog() {
    if (!maybeSave())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Design"), dialogFolder(document_->path()),
                                     tr("ClusterStudio designs (*.csd *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openDesign(path, &error))
        showOpenError(this, path, error);
}

void MainWindow::openRecent(const QString& path) {
    if (!maybeSave())
        return;
    QString error;
    if (!openDesign(path, &error))
        showOpenError(this, path, error);
}

bool MainWindow::saveDesign(const QString& path, QString* error) {
    if (!document_->save(path, error))
        return false;
    recent_files_->add(path);
    return true;
}

bool MainWindow::save() {
    if (document_->path().isEmpty())
        return saveAs();
    QString error;
    if (saveDesign(document_->path(), &error))
        return true;
    QMessageBox::critical(this, tr("Cannot Save Design"), error);
    return false;
}

bool MainWindow::saveAs() {
    QString path = QFileDialog::getSaveFileName(this, tr("Save Design As"), dialogFolder(document_->path()),
                                                projectFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().compare(QStringLiteral("csd"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".csd"); // the project format; JSON is Export's
    QString error;
    if (saveDesign(path, &error))
        return true;
    QMessageBox::critical(this, tr("Cannot Save Design"), error);
    return false;
}

void MainWindow::importJson() {
    if (!maybeSave())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import JSON"), dialogFolder(document_->path()), jsonFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!openDesign(path, &error))
        showOpenError(this, path, error);
}

void MainWindow::exportJson() {
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export JSON"), dialogFolder(document_->path()), jsonFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (document_->writeCopy(path, &error))
        export_notice_->confirm(path);
    else
        QMessageBox::critical(this, tr("Cannot Export Design"), error);
}

void MainWindow::exportDiagramFile() {
    // The whole design; the CLI (cluster-studio export --network) exports one network at a time.
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Diagram"), dialogFolder(document_->path()),
        tr("SVG drawing (*.svg);;PNG image (*.png);;PDF document (*.pdf);;draw.io diagram (*.drawio)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".svg");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        // draw.io: core writes the pages, to be edited on in diagrams.net; the rest are drawn by the studio.
        if (QFileInfo(path).suffix().compare(QStringLiteral("drawio"), Qt::CaseInsensitive) == 0)
            writeDrawio(design(), QFile::encodeName(path).toStdString());
        else
            exportDiagram(design(), QFile::encodeName(path).toStdString(), DiagramOptions{});
        QApplication::restoreOverrideCursor();
        export_notice_->confirm(path);
    } catch (const std::exception& e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::critical(this, tr("Cannot Export Diagram"), QString::fromUtf8(e.what()));
    }
}

void MainWindow::exportRackElevationsFile() {
    exportDrawing(tr("Export Rack Elevations"),
                  tr("PDF document, a page per row (*.pdf);;SVG drawing (*.svg)"),
                  tr("Cannot Export Rack Elevations"),
                  [](const Design& design, const std::string& path) { exportRackElevations(design, path); });
}

void MainWindow::exportFloorPlanFile() {
    exportDrawing(tr("Export Floor Plan"), tr("PDF document, A3 (*.pdf);;SVG drawing (*.svg)"),
                  tr("Cannot Export Floor Plan"),
                  [](const Design& design, const std::string& path) { exportFloorPlan(design, path); });
}

void MainWindow::exportDrawing(const QString& title, const QString& filter, const QString& failure,
                               const std::function<void(const Design&, const std::string&)>& write) {
    QString path = QFileDialog::getSaveFileName(this, title, dialogFolder(document_->path()), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        write(design(), QFile::encodeName(path).toStdString());
        QApplication::restoreOverrideCursor();
        export_notice_->confirm(path);
    } catch (const std::exception& e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::critical(this, failure, QString::fromUtf8(e.what()));
    }
}

void MainWindow::exportReportFile() {
    // The estimate sections use the scenario the user picks (the first training one when there is one
    // scenario or none); the report's text follows the UI's language.
    std::string scenario;
    if (design().scenarios().size() > 1) {
        QStringList names;
        for (const Scenario& each : design().scenarios().items())
            names << QString::fromStdString(each.name);
        bool chosen = false;
        const QString name = QInputDialog::getItem(
            this, tr("Export Report"), tr("Scenario for the estimate sections:"), names, 0, false, &chosen);
        if (!chosen)
            return;
        scenario = name.toStdString();
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), dialogFolder(document_->path()),
                                                tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".pdf");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const ReportContent content =
            localizedReport(makeReportContent(design(), library_, std::nullopt, scenario));
        writeReport(design(), content, QFile::encodeName(path).toStdString());
        QApplication::restoreOverrideCursor();
        export_notice_->confirm(path);
    } catch (const std::exception& e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::critical(this, tr("Cannot Export Report"), QString::fromUtf8(e.what()));
    }
}

} // namespace cs
