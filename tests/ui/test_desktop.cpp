// The window as a desktop application: the Help menu (guide, formulas, shortcuts, About), where file dialogs
// start, the status bar's confirmation of exports, the left dock of a new design, and a window whose minimum
// height does not grow when a device is selected.
#include "budgetdock.h"
#include "document.h"
#include "exportnotice.h"
#include "filedialogs.h"
#include "mainwindow.h"
#include "model/catalog.h"
#include "palettedock.h"
#include "studio_test_support.h"

#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <gtest/gtest.h>
#include <memory>

namespace cs {
namespace {

class DesktopTest : public test::ExampleWindowTest {
protected:
    QAction* helpAction(const QString& text) const {
        for (QAction* menu : window_->menuBar()->actions())
            if (menu->text() == QStringLiteral("&Help"))
                for (QAction* action : menu->menu()->actions())
                    if (action->text() == text)
                        return action;
        return nullptr;
    }

    // Runs `answer` on the next modal dialog of type Dialog once it is shown (from within the dialog's own
    // event loop).
    template <typename Dialog> static void whenShown(std::function<void(Dialog*)> answer) {
        auto* timer = new QTimer;
        timer->setInterval(10);
        QObject::connect(timer, &QTimer::timeout, [timer, answer] {
            auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        });
        timer->start();
    }
};

TEST_F(DesktopTest, AboutNamesTheVersionAndTheLicencesOfEveryLibrary) {
    ASSERT_NE(helpAction(QStringLiteral("&About ClusterStudio")), nullptr);
    const QString about = window_->aboutText();
    for (const char* expected :
         {"Qt", "LGPL v3", "QCustomPlot", "GPL v3", "nlohmann/json", "MIT", "SQLite", "public domain"})
        EXPECT_TRUE(about.contains(QString::fromUtf8(expected))) << expected << " in " << about.toStdString();
    EXPECT_TRUE(about.contains(QApplication::applicationVersion().isEmpty()
                                   ? QStringLiteral("ClusterStudio")
                                   : QApplication::applicationVersion()));
}

TEST_F(DesktopTest, TheShortcutsListIsTheWindowsOwnActions) {
    QAction* shortcuts = helpAction(QStringLiteral("&Keyboard Shortcuts"));
    ASSERT_NE(shortcuts, nullptr);
    QStringList listed;
    whenShown<QDialog>([&](QDialog* dialog) {
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("shortcutsTable"));
        for (int row = 0; table && row < table->rowCount(); ++row)
            listed << table->item(row, 0)->text() + u'=' + table->item(row, 1)->text();
        dialog->reject();
    });
    shortcuts->trigger();
    EXPECT_TRUE(listed.contains(QStringLiteral("Save=") +
                                QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)))
        << listed.join(u' ').toStdString();
    EXPECT_TRUE(listed.contains(QStringLiteral("Zoom to Fit=Ctrl+0"))) << listed.join(u' ').toStdString();
    EXPECT_TRUE(listed.contains(QStringLiteral("Select=S"))) << "the tool bar's tools too";
}

TEST_F(DesktopTest, TheGuideAndTheFormulasAreEmbedded) {
    for (const QString& text :
         {QStringLiteral("ClusterStudio &Guide"), QStringLiteral("How the &Estimates Are Computed")}) {
        QAction* action = helpAction(text);
        ASSERT_NE(action, nullptr) << text.toStdString();
        action->trigger();
        auto* dialog = window_->findChild<QDialog*>(QStringLiteral("helpDocument"));
        ASSERT_NE(dialog, nullptr) << text.toStdString();
        const QString shown = dialog->findChild<QTextBrowser*>()->toPlainText();
        EXPECT_GT(shown.size(), 1000) << text.toStdString();
        EXPECT_FALSE(shown.contains(QStringLiteral("](")))
            << "Markdown is rendered, not shown as source: " << text.toStdString();
        delete dialog;
    }
}

TEST_F(DesktopTest, FileDialogsStartBesideTheDesignOrInTheUsersDocuments) {
    const QString examples = QString::fromStdString((Catalog::defaultDirectory() / "examples").string());
    EXPECT_TRUE(window_->document()->path().isEmpty()) << "the example is imported, untitled";
    EXPECT_NE(dialogFolder(QString()), examples);
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString project = folder.filePath(QStringLiteral("cluster.csd"));
    QString error;
    ASSERT_TRUE(window_->saveDesign(project, &error)) << error.toStdString();
    EXPECT_EQ(dialogFolder(window_->document()->path()), QDir(folder.path()).absolutePath());
}

TEST_F(DesktopTest, AnExportIsConfirmedInTheStatusBarWithItsPathAndItsFolder) {
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString project = folder.filePath(QStringLiteral("cluster.csd"));
    QString error;
    ASSERT_TRUE(window_->saveDesign(project, &error)) << error.toStdString();
    QString started_in;
    whenShown<QFileDialog>([&](QFileDialog* dialog) {
        started_in = dialog->directory().absolutePath();
        dialog->selectFile(folder.filePath(QStringLiteral("copy.json")));
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
    for (QAction* menu : window_->menuBar()->actions())
        if (menu->text() == QStringLiteral("&File"))
            for (QAction* action : menu->menu()->actions())
                if (action->text() == QStringLiteral("&Export JSON…"))
                    action->trigger();
    EXPECT_EQ(started_in, QDir(folder.path()).absolutePath()) << "the dialog starts beside the design";
    ASSERT_TRUE(QFile::exists(folder.filePath(QStringLiteral("copy.json"))));
    ExportNotice* notice = window_->exportNotice();
    EXPECT_TRUE(notice->isVisible());
    EXPECT_EQ(notice->path(), folder.filePath(QStringLiteral("copy.json")));
    EXPECT_TRUE(notice->label()->toolTip().endsWith(QStringLiteral("copy.json")));
    EXPECT_TRUE(notice->openFolderButton()->isVisible());
}

// A dock's table exports like the rest: the dialog starts beside the design, the status bar confirms it.
TEST_F(DesktopTest, ATableExportStartsBesideTheDesignAndIsConfirmed) {
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    QString error;
    ASSERT_TRUE(window_->saveDesign(folder.filePath(QStringLiteral("cluster.csd")), &error))
        << error.toStdString();
    window_->analysis()->analyzeNow();
    QTableWidget* table = window_->findChild<BudgetDock*>()->table();
    QString started_in;
    whenShown<QFileDialog>([&](QFileDialog* dialog) {
        started_in = dialog->directory().absolutePath();
        dialog->selectFile(folder.filePath(QStringLiteral("budget.csv")));
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
    for (QAction* action : table->actions())
        if (action->text() == QStringLiteral("Export Table…"))
            action->trigger();
    EXPECT_EQ(started_in, QDir(folder.path()).absolutePath());
    ASSERT_TRUE(QFile::exists(folder.filePath(QStringLiteral("budget.csv"))));
    EXPECT_TRUE(window_->exportNotice()->isVisible());
    EXPECT_EQ(window_->exportNotice()->path(), folder.filePath(QStringLiteral("budget.csv")));
}

TEST_F(DesktopTest, ANewDesignOpensOnTheDevicePalette) {
    ASSERT_TRUE(window_->newDesign());
    QApplication::processEvents();
    EXPECT_FALSE(window_->palette()->visibleRegion().isEmpty()) << "the palette, not the plan, is in front";
}

TEST_F(DesktopTest, SelectingADeviceKeepsTheWindowsMinimumHeight) {
    window_->resize(1600, 1000);
    // The analysis and the status bar update once their pauses are over (300 ms at most): after that, only
    // the selection changes what the window holds.
    QTest::qWait(500);
    const int before = window_->minimumSizeHint().height();

    Selection selection;
    selection.devices.push_back(window_->design().devices().items().front().id);
    window_->document()->setSelection(selection);
    QApplication::processEvents();
    EXPECT_LE(window_->minimumSizeHint().height(), before) << "the inspector must not push the window taller";
    EXPECT_LE(window_->minimumSizeHint().height(), 768 - 60) << "fits a 1366x768 screen with its panel";
}

TEST(DesktopWindow, ANewWindowTakesA1366x768Screen) {
    // As the studio opens it: resized to the screen before anything else lays it out.
    MainWindow window(Catalog::loadDirectory(Catalog::defaultDirectory()));
    window.resize(1366, 768);
    EXPECT_EQ(window.size(), QSize(1366, 768)) << "minimum " << window.minimumSize().height();
}

} // namespace
} // namespace cs
