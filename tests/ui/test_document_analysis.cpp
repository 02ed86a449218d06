// The document's analysis: its states, and that the docks are views of it (no figure outlives its document
// or its plan).
#include "analysis/budget_diagnostics.h"
#include "analysis/plan_analysis.h"
#include "commands/movedevices.h"
#include "comparisondock.h"
#include "diagnosticsdock.h"
#include "heatlegend.h"
#include "heatoverlay.h"
#include "legendwidget.h"
#include "model/design_summary.h"
#include "newdesigndialog.h"
#include "studio_test_support.h"

#include <QAction>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

namespace cs {
namespace {

using Chart = ChartsDock::Chart;
using State = DocumentAnalysis::State;

class DocumentAnalysisTest : public test::PlanViewsTest {
protected:
    DocumentAnalysis* analysis() const { return window_->analysis(); }
    QSpinBox* tp() const { return plan_->findChild<QSpinBox*>(QStringLiteral("/parallelism/tp")); }
    bool anyChartHasData() const {
        for (std::size_t i = 0; i < ChartsDock::kCharts; ++i)
            if (charts_->plottableCount(Chart(i)) > 0)
                return true;
        return false;
    }
};

TEST_F(DocumentAnalysisTest, AnEditIsPendingUntilAnalysedAndAnImpossiblePlanIsInvalid) {
    ASSERT_EQ(analysis()->state(), State::Current);
    ASSERT_TRUE(analysis()->analysis() && analysis()->analysis()->training);
    const double step = analysis()->analysis()->training->step_time_s;

    std::vector<State> seen;
    QObject::connect(analysis(), &DocumentAnalysis::changed, analysis(), [&](DocumentAnalysis::Parts parts) {
        if (parts & DocumentAnalysis::PlanPart)
            seen.push_back(analysis()->state());
    });
    auto* micro = plan_->findChild<QSpinBox*>(QStringLiteral("/parallelism/micro_batch"));
    ASSERT_NE(micro, nullptr);
    ASSERT_EQ(micro->value(), 1);
    micro->setValue(2);
    EXPECT_EQ(analysis()->state(), State::Pending); // at once, before the pause is over
    micro->setValue(4);                             // a burst: still one pending announcement
    analysis()->analyzeNow();
    EXPECT_EQ(seen, (std::vector<State>{State::Pending, State::Current}));
    EXPECT_NE(analysis()->analysis()->training->step_time_s, step);

    tp()->setValue(3); // 3 does not divide the example's 64 heads
    analysis()->analyzeNow();
    EXPECT_EQ(analysis()->state(), State::Invalid);
    EXPECT_TRUE(analysis()->reasons().join(QLatin1Char('\n')).contains(QLatin1String("parallelism.tp")));
    ASSERT_TRUE(analysis()->analysis());
    EXPECT_FALSE(analysis()->analysis()->estimated());
}

// A drag moves cards, one step a frame: no figure depends on where a card stands, so the analysis stays
// current and is not recomputed; a move together with another change is analysed as any edit.
TEST_F(DocumentAnalysisTest, MovingDevicesKeepsTheAnalysisCurrent) {
    QTest::qWait(400); // the pauses of the example's opening are over
    ASSERT_EQ(analysis()->state(), State::Current);
    const PlanAnalysis* before = analysis()->analysis();
    int announced = 0;
    QObject::connect(analysis(), &DocumentAnalysis::changed, analysis(), [&] { ++announced; });
    const Device& device = window_->design().devices().items().front();
    const DeviceId id = device.id;
    const QPointF from(device.x, device.y);
    ASSERT_TRUE(OperationCommand::execute(
        window_->document(), moveDevices(window_->document(), {{id, from}}, QPointF(40, 40), 1), nullptr));
    EXPECT_EQ(analysis()->state(), State::Current);
    QTest::qWait(400); // longer than both pauses
    EXPECT_EQ(announced, 0);
    EXPECT_EQ(analysis()->analysis(), before);

    Device renamed = *window_->design().devices().find(id);
    renamed.name += "-moved";
    renamed.x += 40;
    ASSERT_TRUE(OperationCommand::execute(
        window_->document(),
        std::make_unique<OperationCommand>(window_->document(), QStringLiteral("Rename and move"),
                                           std::vector<Operation>{Operation{Update<Device>{renamed}}}),
        nullptr));
    EXPECT_EQ(analysis()->state(), State::Pending);
}

TEST_F(DocumentAnalysisTest, AnInvalidPlanClearsBudgetAndChartsWithTheReasonAndAFixBringsThemBack) {
    ASSERT_TRUE(budget_->headline("step_time_s"));
    ASSERT_TRUE(anyChartHasData());
    const int tp_before = tp()->value();

    tp()->setValue(3);
    analysis()->analyzeNow();
    for (const std::string& key : BudgetDock::headlineKeys()) {
        EXPECT_FALSE(budget_->headline(key)) << key; // never the last valid figure
        EXPECT_EQ(budget_->findChild<QLabel*>(QString::fromStdString(key))->text(), QStringLiteral("–"))
            << key;
    }
    EXPECT_EQ(budget_->table()->rowCount(), 0);
    EXPECT_TRUE(budget_->reason().contains(QLatin1String("parallelism.tp")))
        << budget_->reason().toStdString();
    EXPECT_FALSE(anyChartHasData());
    for (std::size_t i = 0; i < ChartsDock::kCharts; ++i)
        EXPECT_TRUE(charts_->note(Chart(i)).contains(QLatin1String("parallelism.tp"))) << i;

    tp()->setValue(tp_before);
    analysis()->analyzeNow();
    EXPECT_EQ(analysis()->state(), State::Current);
    EXPECT_TRUE(budget_->reason().isEmpty());
    EXPECT_DOUBLE_EQ(budget_->headline("step_time_s").value_or(0),
                     analysis()->analysis()->training->step_time_s);
    EXPECT_EQ(charts_->plottableCount(Chart::StepTime), 6);
    EXPECT_TRUE(charts_->note(Chart::StepTime).isEmpty());
}

// File > New from Generator through its real action and dialog: every view is empty or about the new design
// at once, and current for it once analysed; nothing of the example survives.
TEST_F(DocumentAnalysisTest, NewFromGeneratorLeavesNoFigureOfThePreviousDesign) {
    auto* compare = window_->findChild<ComparisonDock*>();
    ASSERT_NE(compare, nullptr);
    window_->heatOverlay()->setOn(true);
    // The choice is saved in the settings: it must not outlive the test, even a failing one.
    const std::unique_ptr<HeatOverlay, void (*)(HeatOverlay*)> off(window_->heatOverlay(),
                                                                   [](HeatOverlay* o) { o->setOn(false); });
    analysis()->validateNow();
    ASSERT_TRUE(budget_->headline("step_time_s"));
    ASSERT_TRUE(window_->heatOverlay()->loads() && window_->heatOverlay()->loads()->valid);

    constexpr int kServers = 4;
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<NewDesignDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->servers()->setValue(kServers);
        dialog->accept();
    });
    auto* action = window_->findChild<QAction*>(QStringLiteral("newFromGeneratorAction"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    const DesignSummary summary = summarize(window_->design());
    ASSERT_EQ(summary.gpus, std::size_t(kServers) * 8);

    // Before the new design is analysed: nothing shown is the example's.
    EXPECT_EQ(analysis()->state(), State::Pending);
    EXPECT_EQ(analysis()->analysis(), nullptr);
    EXPECT_FALSE(budget_->headline("step_time_s"));
    EXPECT_EQ(budget_->table()->rowCount(), 0);
    EXPECT_FALSE(anyChartHasData());
    EXPECT_TRUE(analysis()->diagnostics().empty());
    EXPECT_EQ(window_->diagnostics()->list()->topLevelItemCount(), 0);
    ASSERT_TRUE(window_->heatOverlay()->loads());
    EXPECT_FALSE(window_->heatOverlay()->loads()->valid);
    EXPECT_TRUE(window_->legend()->heatLegend()->isGreyed());
    const auto* status = window_->findChild<QLabel*>(QStringLiteral("designSummary"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().contains(QStringLiteral("%1 cables").arg(summary.links)));

    // Analysed: current for the new design and its own default training scenario, never the example's.
    analysis()->analyzeNow();
    analysis()->validateNow();
    compare->recompute();
    ASSERT_EQ(window_->design().scenarios().size(), 1u);
    EXPECT_EQ(analysis()->state(), State::Current);
    EXPECT_TRUE(budget_->reason().isEmpty());
    EXPECT_EQ(budget_->headline("step_time_s"), analysis()->analysis()->training->step_time_s);
    EXPECT_EQ(analysis()->analysis()->plan.cluster.gpus, int(summary.gpus));
    EXPECT_EQ(compare->table()->columnCount(), 0); // one scenario: nothing to compare
    const std::vector<Diagnostic> fresh = validateDesign(window_->design(), &window_->document()->library());
    const std::size_t budget_findings =
        budgetFindings(analysis()->analysis()->budget, window_->design().scenarios().items().front().name)
            .size();
    EXPECT_EQ(analysis()->diagnostics().size(), fresh.size() + budget_findings);
    EXPECT_EQ(window_->diagnostics()->list()->topLevelItemCount(), int(fresh.size() + budget_findings));
    EXPECT_TRUE(window_->heatOverlay()->loads()->valid);
    EXPECT_TRUE(window_->legend()->heatLegend()->statusText().contains(QLatin1String("Busiest")))
        << window_->legend()->heatLegend()->statusText().toStdString();
}

// The studio's figures are the pipeline's: the budget dock and the step-time chart show exactly what
// analyzeScenario gives for the selected scenario.
TEST_F(DocumentAnalysisTest, BudgetAndChartsShowThePipelinesNumbers) {
    PlanAnalysisOptions options;
    options.scaling_curve = true;
    const PlanAnalysis core =
        analyzeScenario(window_->document()->library(), window_->design(), scenario(), options);
    ASSERT_TRUE(core.training);
    const std::vector<std::string> keys = BudgetDock::headlineKeys();
    for (const std::string& key : keys)
        EXPECT_DOUBLE_EQ(budget_->headline(key).value_or(-1), core.explanation(key).value) << key;
    ASSERT_EQ(budget_->table()->rowCount(), int(core.budget.size()));
    for (int row = 0; row < budget_->table()->rowCount(); ++row)
        EXPECT_EQ(budget_->table()->item(row, 0)->text().toStdString(), core.budget[std::size_t(row)].label);
    const PlanAnalysis* shown = analysis()->analysis();
    ASSERT_TRUE(shown && shown->scaling && core.scaling);
    EXPECT_EQ(shown->scaling->points.size(), core.scaling->points.size());
    EXPECT_DOUBLE_EQ(shown->training->step_time_s, core.training->step_time_s);
}

// The scaling curve core computes for the document's plan now, from nothing.
ScalingCurve freshCurve(const MainWindow& window, const Scenario& scenario) {
    PlanAnalysisOptions options;
    options.scaling_curve = true;
    PlanAnalysis fresh = analyzeScenario(window.document()->library(), window.design(), scenario, options);
    return fresh.scaling.value_or(ScalingCurve{});
}

void expectSameCurve(const ScalingCurve& shown, const ScalingCurve& fresh) {
    EXPECT_EQ(shown.design_gpus, fresh.design_gpus);
    ASSERT_EQ(shown.points.size(), fresh.points.size());
    for (std::size_t i = 0; i < shown.points.size(); ++i) {
        EXPECT_EQ(shown.points[i].gpus, fresh.points[i].gpus) << i;
        EXPECT_EQ(shown.points[i].feasible, fresh.points[i].feasible) << i;
        EXPECT_EQ(shown.points[i].step_time_s, fresh.points[i].step_time_s) << i;
        EXPECT_EQ(shown.points[i].plans_evaluated, fresh.points[i].plans_evaluated) << i;
    }
}

TEST_F(DocumentAnalysisTest, TheScalingCurveKeptAcrossAParallelismEditFollowsADesignEdit) {
    ASSERT_TRUE(analysis()->analysis() && analysis()->analysis()->scaling);
    auto* micro = plan_->findChild<QSpinBox*>(QStringLiteral("/parallelism/micro_batch"));
    micro->setValue(2); // the sweep chooses the micro-batch: the curve stays
    analysis()->analyzeNow();
    ASSERT_EQ(analysis()->state(), State::Current);
    expectSameCurve(*analysis()->analysis()->scaling, freshCurve(*window_, scenario()));

    // Half the example's 16 GPU servers removed, and DP halved to match: the design's size and the curve's
    // sizes change.
    ASSERT_EQ(analysis()->analysis()->plan.cluster.gpus, 128);
    std::vector<DeviceId> servers;
    for (const Device& device : window_->design().devices().items())
        if (window_->design().gpuCount(device) > 0 && servers.size() < 8)
            servers.push_back(device.id);
    window_->document()->setSelection({servers, {}});
    window_->deleteSelection();
    plan_->findChild<QSpinBox*>(QStringLiteral("/parallelism/dp"))->setValue(2);
    analysis()->analyzeNow();
    ASSERT_EQ(analysis()->state(), State::Current)
        << analysis()->reasons().join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(analysis()->analysis()->plan.cluster.gpus, 64);
    const ScalingCurve fresh = freshCurve(*window_, scenario());
    EXPECT_EQ(fresh.design_gpus, analysis()->analysis()->plan.cluster.gpus);
    expectSameCurve(*analysis()->analysis()->scaling, fresh);
}

} // namespace
} // namespace cs
