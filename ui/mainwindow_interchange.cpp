// NetBox interchange: a design from a folder of NetBox CSV files, and the design's files for NetBox's import.
#include "document.h"
#include "exportnotice.h"
#include "filedialogs.h"
#include "interchange/netbox_export.h"
#include "interchange/netbox_import.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>

namespace cs {

bool MainWindow::importNetbox(const QString& folder, QString* error) {
    try {
        Design design = importNetboxFolder(QFile::encodeName(folder).toStdString(), library_);
        document_->reset(std::move(design), QString()); // untitled: Save asks where to write the project
        return true;
    } catch (const std::exception& e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
}

bool MainWindow::exportNetbox(const QString& folder, QString* error) const {
    try {
        writeNetboxFolder(cs::exportNetbox(design()), QFile::encodeName(folder).toStdString());
        return true;
    } catch (const std::exception& e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
}

void MainWindow::importNetboxFromDialog() {
    if (!maybeSave())
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import NetBox CSV Folder"),
                                                             dialogFolder(document_->path()));
    if (folder.isEmpty())
        return;
    QString error;
    if (!importNetbox(folder, &error))
        QMessageBox::critical(this, tr("Cannot Import NetBox Files"), error);
}

void MainWindow::exportNetboxFromDialog() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export NetBox CSV into Folder"),
                                                             dialogFolder(document_->path()));
    if (folder.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool written = exportNetbox(folder, &error);
    QApplication::restoreOverrideCursor();
    if (written)
        export_notice_->confirm(folder);
    else
        QMessageBox::critical(this, tr("Cannot Export NetBox Files"), error);
}

} // namespace cs
