// The Chinese UI: the zh_CN translation loads, the menus, legend and report labels are Chinese with
// it, English comes back without it, and the .ts has no unfinished message.
#include "autosave.h"
#include "budgetdock.h"
#include "commands/commands.h"
#include "commands/operationcommand.h"
#include "diagnosticsdock.h"
#include "documentanalysis.h"
#include "io/design_file.h"
#include "language.h"
#include "legendwidget.h"
#include "mainwindow.h"
#include "model/catalog.h"
#include "networkstyle.h"
#include "plandock.h"
#include "report/report_content.h"
#include "reportlocale.h"
#include "reportwriter.h"
#include "studio_test_support.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QXmlStreamReader>
#include <algorithm>
#include <gtest/gtest.h>
#include <memory>

namespace cs {
namespace {

// The File menu's title, as the menu bar shows it.
QString fileMenuTitle(const MainWindow& window) {
    const QList<QAction*> menus = window.menuBar()->actions();
    return menus.isEmpty() ? QString() : menus.front()->text();
}

class TranslationTest : public ::testing::Test {
protected:
    void TearDown() override { applyLanguage(QStringLiteral("en")); }

    static std::unique_ptr<MainWindow> makeWindow() {
        return std::make_unique<MainWindow>(Catalog::loadDirectory(Catalog::defaultDirectory()));
    }
};

TEST_F(TranslationTest, ChineseTranslatesTheMenusAndTheLegend) {
    ASSERT_TRUE(applyLanguage(QStringLiteral("zh_CN")));
    EXPECT_EQ(currentLanguage(), QStringLiteral("zh_CN"));
    EXPECT_EQ(QApplication::font().families().value(0), QStringLiteral("Noto Sans CJK SC"));
    const auto window = makeWindow();
    EXPECT_TRUE(fileMenuTitle(*window).contains(QStringLiteral("文件")))
        << fileMenuTitle(*window).toStdString();
    EXPECT_EQ(window->legend()->networkToggle(Network::Compute)->text(), QStringLiteral("GPU计算网络"));
    EXPECT_EQ(window->legend()->networkToggle(Network::Oob)->text(), QStringLiteral("带外管理网络"));
    EXPECT_EQ(networkDisplayName(Network::Storage), QStringLiteral("数据存储网络"));
}

TEST_F(TranslationTest, EnglishComesBack) {
    ASSERT_TRUE(applyLanguage(QStringLiteral("zh_CN")));
    ASSERT_TRUE(applyLanguage(QStringLiteral("en")));
    EXPECT_EQ(currentLanguage(), QStringLiteral("en"));
    EXPECT_NE(QApplication::font().families().value(0), QStringLiteral("Noto Sans CJK SC"));
    const auto window = makeWindow();
    EXPECT_EQ(fileMenuTitle(*window), QStringLiteral("&File"));
    // View > Language offers the three choices; View toggles the plan, budget and charts docks too.
    auto* language = window->findChild<QMenu*>(QStringLiteral("languageMenu"));
    ASSERT_NE(language, nullptr);
    EXPECT_EQ(language->actions().size(), 3);
    QStringList viewActions;
    for (QAction* menu : window->menuBar()->actions())
        if (menu->text() == QStringLiteral("&View"))
            for (QAction* action : menu->menu()->actions())
                viewActions << action->text();
    EXPECT_TRUE(viewActions.contains(QStringLiteral("Plan"))) << viewActions.join(',').toStdString();
    EXPECT_TRUE(viewActions.contains(QStringLiteral("Budget")));
    EXPECT_TRUE(viewActions.contains(QStringLiteral("Charts")));
    EXPECT_EQ(window->legend()->networkToggle(Network::Compute)->text(),
              QString::fromUtf8(networkLabel(Network::Compute)));
}

// View > Language saves the choice and offers a restart; "Later" keeps the window, and a restart waits for
// the unsaved design: cancelling its save prompt cancels the restart.
TEST_F(TranslationTest, TheLanguageSwitchSavesTheChoiceAndRestartsOnlyWhenTheDesignIsSafe) {
    struct RestoreLanguage {
        QString saved = savedLanguage();
        ~RestoreLanguage() { saveLanguage(saved); }
    } restore;
    saveLanguage(QStringLiteral("en"));
    std::unique_ptr<MainWindow> window;
    ASSERT_NO_FATAL_FAILURE(test::openExampleWindow(window));
    auto* menu = window->findChild<QMenu*>(QStringLiteral("languageMenu"));
    ASSERT_NE(menu, nullptr);
    const auto choose = [&](const QString& choice) {
        for (QAction* action : menu->actions())
            if (action->data().toString() == choice)
                action->trigger();
    };
    QStringList seen; // the texts of the message boxes, in order
    const auto answer = [&](const QList<QString>& buttons) {
        auto timer = std::make_shared<QTimer>();
        auto next = std::make_shared<int>(0);
        timer->setInterval(10);
        QObject::connect(timer.get(), &QTimer::timeout, [&seen, timer, next, buttons] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || *next >= buttons.size() || (!seen.isEmpty() && seen.back() == box->text()))
                return;
            seen << box->text();
            for (QAbstractButton* button : box->buttons()) {
                const bool wanted = buttons[*next] == QLatin1String("Cancel")
                                        ? box->standardButton(button) == QMessageBox::Cancel
                                        : button->text() == buttons[*next];
                if (wanted) {
                    ++*next;
                    button->click();
                    return;
                }
            }
        });
        timer->start();
        return timer;
    };

    {
        const auto handler = answer({QStringLiteral("Later")});
        choose(QStringLiteral("zh_CN"));
    }
    EXPECT_EQ(savedLanguage(), QStringLiteral("zh_CN"));
    ASSERT_EQ(seen.size(), 1);
    EXPECT_TRUE(seen[0].contains(QStringLiteral("Restart now?"))) << seen[0].toStdString();
    EXPECT_TRUE(window->isVisible());

    auto* plan = window->findChild<PlanDock*>();
    window->analysis()->analyzeNow();
    ASSERT_TRUE(plan->renameScenario(QStringLiteral("unsaved")));
    seen.clear();
    {
        const auto handler = answer({QStringLiteral("Restart Now"), QStringLiteral("Cancel")});
        choose(QStringLiteral("en"));
    }
    ASSERT_EQ(seen.size(), 2);
    EXPECT_TRUE(seen[1].contains(QStringLiteral("unsaved changes"))) << seen[1].toStdString();
    EXPECT_TRUE(window->isVisible()) << "no restart while the design is not safe";
    EXPECT_TRUE(window->document()->isModified());

    window->autosave()->discard();
    window->document()->undoStack()->setClean();
}

TEST_F(TranslationTest, QtsOwnDialogsAreChineseToo) {
    ASSERT_TRUE(applyLanguage(QStringLiteral("zh_CN")));
    QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Save);
    EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
    ASSERT_TRUE(applyLanguage(QStringLiteral("en")));
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    EXPECT_FALSE(english.button(QDialogButtonBox::Cancel)->text().contains(QStringLiteral("取消")));
}

// A restart in another language hands the design over without asking anything: its file, or a temporary copy
// of an unchanged untitled design (the imported example), which is no recent file.
TEST_F(TranslationTest, ARestartHandsTheDesignOverWithoutASaveAs) {
    std::unique_ptr<MainWindow> window;
    ASSERT_NO_FATAL_FAILURE(test::openExampleWindow(window));
    ASSERT_TRUE(window->document()->path().isEmpty());
    ASSERT_FALSE(window->document()->isModified());
    QString error;
    const std::optional<QStringList> arguments = window->handOverArguments(&error);
    ASSERT_TRUE(arguments) << error.toStdString();
    ASSERT_EQ(arguments->size(), 1);
    EXPECT_TRUE(arguments->front().startsWith(QDir::tempPath()));
    const Design copy = readDesign(QFile::encodeName(arguments->front()).toStdString(),
                                   Catalog::loadDirectory(Catalog::defaultDirectory()));
    EXPECT_EQ(copy.devices().size(), window->design().devices().size());
    std::unique_ptr<MainWindow> restarted;
    ASSERT_NO_FATAL_FAILURE(test::openExampleWindow(restarted));
    ASSERT_TRUE(restarted->openDesign(arguments->front(), &error)) << error.toStdString();
    EXPECT_TRUE(restarted->document()->path().isEmpty()) << "still untitled";
    EXPECT_FALSE(QSettings().value(QStringLiteral("recentFiles")).toStringList().contains(arguments->front()))
        << "a temporary copy is no recent file";
    QFile::remove(arguments->front());

    ASSERT_TRUE(window->newDesign());
    EXPECT_EQ(window->handOverArguments(&error), QStringList()) << "an empty design needs nothing";
}

TEST_F(TranslationTest, TheSystemChoiceFollowsTheLocale) {
    EXPECT_EQ(resolveLanguage(QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(resolveLanguage(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    const QString system = resolveLanguage(QStringLiteral("system"));
    EXPECT_EQ(system, QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                                       : QStringLiteral("en"));
}

TEST_F(TranslationTest, TheReportFollowsTheLanguage) {
    auto label = [](const char* source) { return ReportText(ReportTemplate{"cs::Report", source}); };
    ReportContent content;
    content.sections.push_back({label(kSummarySection), {}, {{label("Racks"), std::string("4")}}, {}, {}});
    content.sections.back().tables.push_back({label("Networks"),
                                              {label("Network"), label("Cables")},
                                              {false, true},
                                              {{std::string("Rack 1"), std::string("3")}}});
    ASSERT_TRUE(applyLanguage(QStringLiteral("zh_CN")));
    const ReportContent chinese = localizedReport(content);
    EXPECT_EQ(chinese.sections[0].title, "概要");
    EXPECT_EQ(chinese.sections[0].facts[0].label, "机柜");
    EXPECT_EQ(chinese.sections[0].tables[0].columns[0], "网络");
    EXPECT_EQ(chinese.sections[0].tables[0].rows[0][0], "Rack 1") << "names are not labels";
    applyLanguage(QStringLiteral("en"));
    EXPECT_EQ(localizedReport(content).sections[0].title, kSummarySection);
}

TEST_F(TranslationTest, TheChineseReportHasChineseContents) {
    const Catalog library = Catalog::loadDirectory(Catalog::defaultDirectory());
    const Design design =
        readDesign((Catalog::defaultDirectory() / "examples" / "training-128gpu.json").string(), library);
    ASSERT_TRUE(applyLanguage(QStringLiteral("zh_CN")));
    QTemporaryDir folder;
    const ReportOutput report =
        writeReport(design, localizedReport(makeReportContent(design, library, std::nullopt)),
                    QFile::encodeName(folder.filePath(QStringLiteral("report.pdf"))).toStdString());
    std::vector<std::string> titles;
    for (const ReportTocEntry& entry : report.contents)
        titles.push_back(entry.title);
    ASSERT_FALSE(titles.empty());
    EXPECT_EQ(titles.front(), "概要");
    EXPECT_NE(std::find(titles.begin(), titles.end(), "网络:GPU计算网络"), titles.end());
    EXPECT_NE(std::find(titles.begin(), titles.end(), "物料清单"), titles.end());
}

// Core's words in the docks: budget line names, what a shortfall costs and its status, and the validator's
// findings are Chinese in a Chinese studio (they are templates, like the report's).
TEST_F(TranslationTest, BudgetLinesAndFindingsAreChineseToo) {
    ASSERT_TRUE(applyLanguage(QStringLiteral("zh_CN")));
    std::unique_ptr<MainWindow> window;
    ASSERT_NO_FATAL_FAILURE(test::openExampleWindow(window));
    window->analysis()->analyzeNow();
    const QTableWidget* budget = window->findChild<BudgetDock*>()->table();
    ASSERT_GT(budget->rowCount(), 0);
    EXPECT_EQ(budget->item(0, 0)->text(), QStringLiteral("GPU 显存(权重、梯度、优化器、激活)"));
    EXPECT_EQ(budget->item(0, budget->columnCount() - 1)->text(), QStringLiteral("通过"));
    const QString days = window->findChild<QLabel*>(QStringLiteral("time_to_train_s"))->text();
    EXPECT_TRUE(days.endsWith(QStringLiteral(" 天"))) << days.toStdString(); // not "days"
    Rack rack = window->design().racks().items().front();
    rack.max_kw = 1; // far below what its devices draw
    QString error;
    ASSERT_TRUE(OperationCommand::execute(
        window->document(), changeRack(window->document(), rack, QStringLiteral("limit")), &error))
        << error.toStdString();
    window->analysis()->validateNow();
    const QTreeWidget* findings = window->findChild<DiagnosticsDock*>()->list();
    ASSERT_GT(findings->topLevelItemCount(), 0);
    const QString power = findings->topLevelItem(0)->text(2);
    EXPECT_TRUE(power.startsWith(QString::fromStdString("机柜 " + rack.name + "：设备最大功耗 ")))
        << power.toStdString();
    EXPECT_TRUE(power.endsWith(QStringLiteral("，超过其 1.0 kW"))) << power.toStdString();
    window->autosave()->discard();
}

// Chinese text is taller than Latin: the window must still fit a 1366x768 screen with its panel.
TEST_F(TranslationTest, TheChineseWindowFitsA1366x768Screen) {
    ASSERT_TRUE(applyLanguage(QStringLiteral("zh_CN")));
    std::unique_ptr<MainWindow> window;
    ASSERT_NO_FATAL_FAILURE(test::openExampleWindow(window));
    window->analysis()->analyzeNow();
    QApplication::processEvents();
    EXPECT_LE(window->minimumSizeHint().height(), 768 - 60) << "fits a 1366x768 screen with its panel";
    window->autosave()->discard();
}

TEST(TranslationFile, HasNoUnfinishedMessage) {
    QFile file(QStringLiteral(CS_ZH_CN_TS));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << CS_ZH_CN_TS;
    QXmlStreamReader xml(&file);
    int messages = 0;
    int unfinished = 0;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QStringLiteral("message"))
            ++messages;
        else if (xml.name() == QStringLiteral("source"))
            source = xml.readElementText();
        else if (xml.name() == QStringLiteral("translation")) {
            const bool isUnfinished =
                xml.attributes().value(QStringLiteral("type")) == QStringLiteral("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (isUnfinished || text.trimmed().isEmpty()) {
                ++unfinished;
                ADD_FAILURE() << "untranslated: " << source.toStdString();
            }
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, 250);
    EXPECT_EQ(unfinished, 0);
}

} // namespace
} // namespace cs
