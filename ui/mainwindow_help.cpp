// The Help menu: the guide and the model's formulas (the repository's own docs, embedded), the keyboard
// shortcuts of every action, and the About box with the libraries the studio is built with.
#include "base/components.h"
#include "base/version.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace cs {

namespace {

// A non-modal window showing one of the embedded Markdown documents.
void showDocument(QWidget* parent, const QString& title, const QString& resource) {
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(parent, title, MainWindow::tr("This build has no copy of “%1”.").arg(title));
        return;
    }
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setObjectName(QStringLiteral("helpDocument"));
    auto* browser = new QTextBrowser;
    browser->setOpenExternalLinks(true);
    browser->setMarkdown(QString::fromUtf8(file.readAll()));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(860, 640);
    dialog->show();
}

// Every action of the window that has a shortcut: menu entries and the tool bar's tools, with their text as
// the menus show it (without the mnemonic ampersands).
QList<QPair<QString, QString>> shortcutsOf(const QWidget* window) {
    QList<QPair<QString, QString>> rows;
    QStringList seen;
    for (const QAction* action : window->findChildren<QAction*>()) {
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        QString text = action->text();
        text.remove(u'&');
        text.remove(QStringLiteral("…"));
        if (keys.isEmpty() || text.isEmpty() || seen.contains(text + keys))
            continue;
        seen << text + keys;
        rows.append({text, keys});
    }
    std::sort(rows.begin(), rows.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    return rows;
}

} // namespace

void MainWindow::createHelpMenu() {
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(tr("ClusterStudio &Guide"), QKeySequence::HelpContents, this, [this] {
        showDocument(this, tr("ClusterStudio Guide"), QStringLiteral(":/docs/README.md"));
    });
    help->addAction(tr("How the &Estimates Are Computed"), this, [this] {
        showDocument(this, tr("How the Estimates Are Computed"), QStringLiteral(":/docs/model.md"));
    });
    help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts)
        ->setObjectName(QStringLiteral("shortcutsAction"));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About ClusterStudio"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    about->setObjectName(QStringLiteral("aboutAction"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

QString MainWindow::aboutText() const {
    std::vector<Component> components = coreComponents();
    components.insert(components.begin(),
                      {{"Qt", qVersion(), "LGPL v3"}, {"QCustomPlot", QCUSTOMPLOT_VERSION_STR, "GPL v3"}});
    QString rows;
    for (const Component& component : components)
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(QString::fromStdString(component.name).toHtmlEscaped(),
                         QString::fromStdString(component.version).toHtmlEscaped(),
                         QString::fromStdString(component.licence).toHtmlEscaped());
    return tr("<h3>ClusterStudio %1</h3>"
              "<p>Design AI GPU clusters: the networks, the racks, and what a model and its parallelism "
              "demand "
              "of them.</p>"
              "<p>Built with:</p>"
              "<table cellspacing=\"6\"><tr><th align=\"left\">Library</th><th align=\"left\">Version</th>"
              "<th align=\"left\">Licence</th></tr>%2</table>")
        .arg(QString::fromUtf8(appVersion().data(), static_cast<qsizetype>(appVersion().size())), rows);
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About ClusterStudio"), aboutText());
}

void MainWindow::showShortcuts() {
    const QList<QPair<QString, QString>> rows = shortcutsOf(this);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto* table = new QTableWidget(static_cast<int>(rows.size()), 2);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows[row].first));
        table->setItem(row, 1, new QTableWidgetItem(rows[row].second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(480, 560);
    dialog.exec();
}

} // namespace cs
