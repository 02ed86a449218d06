// Helpers the studio's GUI tests share: the example design, canonical JSON snapshots, answering dialogs.
#pragma once

#include "autosave.h"
#include "budgetdock.h"
#include "chartsdock.h"
#include "document.h"
#include "documentanalysis.h"
#include "io/design_file.h"
#include "mainwindow.h"
#include "model/catalog.h"
#include "model/design.h"
#include "plandock.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QMessageBox>
#include <QPolygonF>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <functional>
#include <gtest/gtest.h>
#include <memory>
#include <string>

namespace cs::test {

inline QString examplePath() {
    return QString::fromStdString(
        (Catalog::defaultDirectory() / "examples" / "training-128gpu.json").string());
}

// A shown 1400x900 studio window on the example design; fails the calling test when it cannot open it.
inline void openExampleWindow(std::unique_ptr<MainWindow>& window) {
    window = std::make_unique<MainWindow>(Catalog::loadDirectory(Catalog::defaultDirectory()));
    window->resize(1400, 900);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    QString error;
    ASSERT_TRUE(window->openDesign(examplePath(), &error)) << error.toStdString();
}

// A fixture with the studio window open on the example. TearDown discards the autosave and marks the
// document clean, so closing the window asks nothing and the next test starts without a recovery offer.
class ExampleWindowTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_NO_FATAL_FAILURE(openExampleWindow(window_)); }
    void TearDown() override {
        window_->autosave()->discard();
        window_->document()->undoStack()->setClean();
    }

    std::unique_ptr<MainWindow> window_;
};

// The example window with its plan, budget and charts docks, the first scenario's plan estimated.
class PlanViewsTest : public ExampleWindowTest {
protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(ExampleWindowTest::SetUp());
        plan_ = window_->findChild<PlanDock*>();
        budget_ = window_->findChild<BudgetDock*>();
        charts_ = window_->findChild<ChartsDock*>();
        ASSERT_TRUE(plan_ && budget_ && charts_);
        window_->analysis()->analyzeNow();
    }

    const Scenario& scenario() const { return window_->design().scenarios().items().front(); }

    PlanDock* plan_ = nullptr;
    BudgetDock* budget_ = nullptr;
    ChartsDock* charts_ = nullptr;
};

// The design as its canonical JSON file: two snapshots are equal exactly when the designs are.
inline std::string jsonSnapshot(const Design& design) {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("snapshot.json"));
    writeDesign(design, QFile::encodeName(path).toStdString());
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll().toStdString();
}

// The middle of a cable route's longest straight stretch: a point on the cable clear of the cards.
inline QPointF middleOfLongestStretch(const QPolygonF& route) {
    QLineF longest;
    for (qsizetype i = 0; i + 1 < route.size(); ++i) {
        if (const QLineF stretch(route[i], route[i + 1]); stretch.length() > longest.length())
            longest = stretch;
    }
    return longest.center();
}

// Handles the next modal dialog (a message box or another) once it is shown: `handle` reads and closes it.
// Needed because QMessageBox::exec blocks the test until it is answered.
class ModalHandler final : public QObject {
public:
    explicit ModalHandler(std::function<void(QWidget*)> handle)
        : handle_(std::move(handle)) {
        timer_.setInterval(10);
        connect(&timer_, &QTimer::timeout, this, [this] {
            if (QWidget* modal = QApplication::activeModalWidget(); modal && modal != ignored_) {
                timer_.stop();
                ++handled_;
                handle_(modal);
            }
        });
        timer_.start();
    }
    // A dialog the test itself runs: the handler answers what that dialog opens.
    void ignore(QWidget* dialog) { ignored_ = dialog; }
    int handled() const { return handled_; }

private:
    std::function<void(QWidget*)> handle_;
    QTimer timer_;
    QWidget* ignored_ = nullptr;
    int handled_ = 0;
};

// Answers the next message box with `button` and keeps its text.
struct MessageBoxAnswer {
    QString text;
    ModalHandler handler;
    explicit MessageBoxAnswer(QMessageBox::StandardButton button)
        : handler([this, button](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            if (!box) {
                text = QStringLiteral("<not a message box>");
                static_cast<QDialog*>(modal)->reject();
                return;
            }
            text = box->text();
            box->button(button)->click();
        }) {}
};

} // namespace cs::test
