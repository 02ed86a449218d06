// One story in every view: the 128-GPU example's budgets read the same in the Budget dock, the heat overlay,
// the Diagnostics dock, the status bar, the report and `estimate` — as it ships (every line passes, though
// the DP reduction asks 1.8x the fabric inside its window) and with a plan whose memory does not fit (it
// cannot run: a failing line everywhere, exit 1, every chart cleared).
#include "analysis/budget_diagnostics.h"
#include "analysis/link_heat.h"
#include "cli.h"
#include "diagnosticsdock.h"
#include "heatlegend.h"
#include "heatoverlay.h"
#include "legendwidget.h"
#include "report/report_content.h"
#include "studio_test_support.h"

#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace cs {
namespace {

class OneStoryTest : public test::PlanViewsTest {
protected:
    void TearDown() override {
        window_->heatOverlay()->setOn(false); // the choice is saved: later tests start without it
        PlanViewsTest::TearDown();
    }

    const PlanAnalysis& core() const { return *window_->analysis()->analysis(); }

    // The Budget dock's status column, by line label.
    std::map<std::string, std::string> dockStatuses() const {
        std::map<std::string, std::string> out;
        QTableWidget* table = budget_->table();
        for (int row = 0; row < table->rowCount(); ++row)
            out[table->item(row, 0)->text().toStdString()] =
                table->item(row, table->columnCount() - 1)->text().toStdString();
        return out;
    }

    // The Diagnostics dock's budget-exceeded rows: message -> severity.
    std::map<std::string, std::string> dockFindings() const {
        std::map<std::string, std::string> out;
        QTreeWidget* list = window_->diagnostics()->list();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = list->topLevelItem(i);
            if (item->text(1) == QLatin1String(kBudgetExceededCode))
                out[item->text(2).toStdString()] = item->text(0).toStdString();
        }
        return out;
    }

    // `estimate PLAN --design DESIGN` on the scenario's plan and the open design, in process.
    struct Cli {
        int code;
        std::string out, err;
    };
    Cli estimate() const {
        const std::filesystem::path dir = std::filesystem::path(folder_.path().toStdString());
        const std::string plan = (dir / "plan.json").string(), design = (dir / "design.json").string();
        std::ofstream(plan) << scenario().plan.dump();
        writeDesign(window_->design(), design);
        std::ostringstream out, err;
        const int code = runCli({"estimate", plan, "--design", design}, out, err);
        return {code, out.str(), err.str()};
    }

    // Every view against core's budget lines.
    void expectOneStory() {
        window_->analysis()->validateNow();
        window_->analysis()->analyzeNow();
        ASSERT_EQ(window_->analysis()->state(), DocumentAnalysis::State::Current);
        const std::vector<BudgetLine>& lines = core().budget;
        ASSERT_FALSE(lines.empty());
        const std::vector<const BudgetLine*> exceeded = exceededBudgetLines(lines);
        std::size_t fails = 0;

        // Budget dock: every line, with core's status.
        const auto statuses = dockStatuses();
        ASSERT_EQ(statuses.size(), lines.size());
        for (const BudgetLine& line : lines)
            EXPECT_EQ(statuses.at(line.label), budgetStatusId(line.status)) << line.label;

        // Diagnostics dock: one budget-exceeded finding per line that warns or fails, naming it.
        const auto findings = dockFindings();
        ASSERT_EQ(findings.size(), exceeded.size());
        for (const BudgetLine* line : exceeded) {
            fails += line->status == BudgetStatus::Fail;
            const auto it = std::find_if(findings.begin(), findings.end(), [&](const auto& finding) {
                return finding.first.find(line->label) != std::string::npos;
            });
            ASSERT_NE(it, findings.end()) << line->label;
            EXPECT_EQ(it->second, line->status == BudgetStatus::Fail ? "Error" : "Warning");
        }

        // Status bar: the errors the Diagnostics dock counts, budget failures among them.
        const std::size_t errors = countSeverity(window_->analysis()->diagnostics(), Severity::Error);
        EXPECT_GE(errors, fails);
        const QString status = window_->findChild<QLabel*>(QStringLiteral("errorCount"))->text();
        EXPECT_TRUE(status.startsWith(QString::number(errors) + QLatin1Char(' '))) << status.toStdString();

        // Report: the budget table's status column and the summary's list of lines that warn or fail.
        const ReportContent report = makeReportContent(window_->design(), window_->document()->library(),
                                                       std::nullopt, scenario().name);
        const ReportSection* bandwidth = report.section(kBandwidthSection);
        ASSERT_NE(bandwidth, nullptr);
        ASSERT_FALSE(bandwidth->tables.size() < 2);
        const ReportTable& table = bandwidth->tables[1];
        ASSERT_EQ(table.rows.size(), lines.size()) << table.caption;
        for (std::size_t i = 0; i < lines.size(); ++i)
            EXPECT_EQ(table.rows[i].back().str(), budgetStatusId(lines[i].status)) << lines[i].label;
        const ReportSection* summary = report.section(kSummarySection);
        ASSERT_NE(summary, nullptr);
        const auto listed =
            std::find_if(summary->tables.begin(), summary->tables.end(),
                         [](const ReportTable& t) { return t.caption == "Budget lines that warn or fail"; });
        if (exceeded.empty()) {
            EXPECT_EQ(listed, summary->tables.end());
        } else {
            ASSERT_NE(listed, summary->tables.end());
            EXPECT_EQ(listed->rows.size(), exceeded.size());
        }

        // estimate: exit 1 and each failing line on stderr exactly when a line fails.
        const Cli cli = estimate();
        EXPECT_EQ(cli.code == 1, fails > 0 || !core().fits()) << cli.err;
        for (const BudgetLine* line : exceeded)
            EXPECT_EQ(cli.err.find(line->label) != std::string::npos, line->status == BudgetStatus::Fail)
                << line->label << "\n"
                << cli.err;
        for (const BudgetLine& line : lines)
            EXPECT_NE(cli.out.find(budgetLineSummary(line)), std::string::npos) << line.label;
    }

    QTemporaryDir folder_;
};

TEST_F(OneStoryTest, TheExampleTellsTheSameStoryEverywhere) {
    ASSERT_NO_FATAL_FAILURE(expectOneStory());
    // Every line passes: the DP reduction needs more than the NIC inside its window, at a cost of a few
    // hundredths of a second per step.
    const BudgetLine overlap =
        *std::find_if(core().budget.begin(), core().budget.end(),
                      [](const BudgetLine& l) { return l.id == "compute_fabric_overlap"; });
    EXPECT_GT(overlap.utilisation, 1);
    EXPECT_EQ(overlap.status, BudgetStatus::Pass);
    EXPECT_TRUE(exceededBudgetLines(core().budget).empty());

    // The heat overlay shows the same demand: each server's compute link carries the compute_fabric line's
    // average (one 400G NIC per GPU, 1:1) and, at its peak, at least the overlap line's DP rate.
    const BudgetLine average = *std::find_if(core().budget.begin(), core().budget.end(),
                                             [](const BudgetLine& l) { return l.id == "compute_fabric"; });
    window_->heatOverlay()->setOn(true);
    window_->analysis()->analyzeNow();
    const HeatLoads* heat = window_->heatOverlay()->loads();
    ASSERT_TRUE(heat && heat->valid);
    int server_links = 0;
    for (const Link& link : window_->design().links().items()) {
        const bool server_end =
            window_->design().typeOf(*window_->design().devices().find(link.a.device)).category ==
            DeviceCategory::GpuServer;
        if (link.network != Network::Compute || !server_end)
            continue;
        ++server_links;
        EXPECT_NEAR(heat->link_average_load[link.id], average.utilisation, 1e-9);
        EXPECT_GE(heat->linkLoad(link.id), overlap.utilisation - 1e-9);
    }
    EXPECT_EQ(server_links, 128);
    EXPECT_NEAR(heat->busiest_average_load, average.utilisation, 1e-9);
    const QString legend = window_->legend()->heatLegend()->statusText();
    EXPECT_TRUE(legend.contains(QStringLiteral("at peak"))) << legend.toStdString();
    EXPECT_TRUE(legend.contains(QStringLiteral("on average"))) << legend.toStdString();
}

TEST_F(OneStoryTest, APlanThatDoesNotFitFailsEverywhereAndClearsTheCharts) {
    plan_->findChild<QSpinBox*>(QStringLiteral("/parallelism/micro_batch"))->setValue(16);
    window_->analysis()->analyzeNow();
    ASSERT_EQ(window_->analysis()->state(), DocumentAnalysis::State::Current);
    ASSERT_FALSE(core().fits());
    ASSERT_NO_FATAL_FAILURE(expectOneStory());
    const BudgetLine& memory = core().budget.front();
    EXPECT_EQ(memory.id, "memory");
    EXPECT_TRUE(memory.cost.cannot_run);
    for (int chart = 0; chart < int(ChartsDock::kCharts); ++chart)
        EXPECT_TRUE(charts_->note(ChartsDock::Chart(chart)).startsWith(QStringLiteral("The plan cannot run")))
            << chart;

    // Clicking the finding shows its line in the Budget dock.
    QTreeWidget* list = window_->diagnostics()->list();
    QTreeWidgetItem* finding = nullptr;
    for (int i = 0; i < list->topLevelItemCount() && !finding; ++i)
        if (list->topLevelItem(i)->text(1) == QLatin1String(kBudgetExceededCode))
            finding = list->topLevelItem(i);
    ASSERT_NE(finding, nullptr);
    budget_->table()->clearSelection();
    emit list->itemActivated(finding, 0);
    const QTableWidgetItem* current = budget_->table()->currentItem();
    ASSERT_NE(current, nullptr);
    EXPECT_EQ(current->text().toStdString(), memory.label);
    EXPECT_TRUE(budget_->isVisible());
}

} // namespace
} // namespace cs
