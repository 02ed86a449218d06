// New designs and scenarios start right: a generated design carries a training scenario that runs on it, Add
// scenario starts from a valid plan for the design, Best plan says what it changed or why nothing fits, and
// an empty design or a design without a scenario says what to do at the top of each view.
#include "commands/managescenarios.h"
#include "commands/operationcommand.h"
#include "comparisondock.h"
#include "designview.h"
#include "newdesigndialog.h"
#include "scenario/default_plan.h"
#include "studio_test_support.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace cs {
namespace {

QPushButton* button(QWidget* parent, const QString& text) {
    for (QPushButton* candidate : parent->findChildren<QPushButton*>())
        if (candidate->text() == text)
            return candidate;
    return nullptr;
}

using NewScenariosTest = test::PlanViewsTest;

TEST_F(NewScenariosTest, AddScenarioStartsFromAValidPlanForTheDesign) {
    QPushButton* add = button(plan_, QStringLiteral("Add scenario"));
    ASSERT_NE(add, nullptr);
    add->click();
    window_->analysis()->analyzeNow();
    const auto& scenarios = window_->design().scenarios().items();
    ASSERT_EQ(scenarios.size(), 2u);
    EXPECT_EQ(window_->analysis()->scenario(), scenarios.back().id);
    EXPECT_EQ(scenarios.back().name, "Training");
    ASSERT_EQ(window_->analysis()->state(), DocumentAnalysis::State::Current)
        << window_->analysis()->reasons().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(window_->analysis()->analysis()->fits());
    EXPECT_TRUE(budget_->reason().isEmpty());
    // A second one gets a name of its own.
    add->click();
    EXPECT_EQ(window_->design().scenarios().items().back().name, "Training 2");
}

TEST_F(NewScenariosTest, BestPlanSaysWhatItChangedAndWhatItGains) {
    plan_->findChild<QSpinBox*>(QStringLiteral("/parallelism/micro_batch"))->setValue(2);
    window_->analysis()->analyzeNow();
    QPushButton* best = button(plan_, QStringLiteral("Best plan"));
    ASSERT_NE(best, nullptr);
    best->click();
    const QString said = plan_->bestPlanResult();
    EXPECT_TRUE(said.contains(QStringLiteral("->"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("step"))) << said.toStdString();
    window_->analysis()->analyzeNow();
    EXPECT_EQ(window_->analysis()->state(), DocumentAnalysis::State::Current);
    // Asked again, it has nothing left to change.
    best->click();
    EXPECT_TRUE(plan_->bestPlanResult().contains(QStringLiteral("already the best")))
        << plan_->bestPlanResult().toStdString();
}

TEST_F(NewScenariosTest, BestPlanSaysWhyNothingFitsAndWhatToChange) {
    // Llama 2 70B on one server of 8 x 80 GiB: its weights, gradients and optimizer alone take 1 TiB.
    plan_->findChild<QSpinBox*>(QStringLiteral("variant/servers"))->setValue(1);
    window_->analysis()->analyzeNow();
    button(plan_, QStringLiteral("Best plan"))->click();
    const QString said = plan_->bestPlanResult();
    EXPECT_TRUE(said.contains(QStringLiteral("fits in GPU memory"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("more GPUs"))) << said.toStdString();
}

TEST_F(NewScenariosTest, ChangingTpOffersToRebalanceDp) {
    auto* rebalance = plan_->findChild<QPushButton*>(QStringLiteral("rebalanceDp"));
    ASSERT_NE(rebalance, nullptr);
    EXPECT_FALSE(rebalance->isVisibleTo(plan_));
    plan_->findChild<QSpinBox*>(QStringLiteral("/parallelism/tp"))->setValue(4); // 4 x 4 x 4 = 64 of 128
    window_->analysis()->analyzeNow();
    ASSERT_EQ(window_->analysis()->state(), DocumentAnalysis::State::Invalid);
    ASSERT_TRUE(rebalance->isVisibleTo(plan_));
    EXPECT_TRUE(rebalance->text().contains(QStringLiteral("Set DP to 8"))) << rebalance->text().toStdString();
    rebalance->click();
    window_->analysis()->analyzeNow();
    EXPECT_EQ(window_->analysis()->state(), DocumentAnalysis::State::Current);
    EXPECT_EQ(scenario().plan["parallelism"]["dp"], 8);
    EXPECT_FALSE(rebalance->isVisibleTo(plan_));
}

TEST_F(NewScenariosTest, ANewDesignFromTheGeneratorHasATrainingScenarioThatRuns) {
    NewDesignDialog dialog(window_->document()->library(), window_.get());
    dialog.findChild<QSpinBox*>(QStringLiteral("servers"))->setValue(4);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    window_->document()->reset(dialog.takeDesign(), QString());
    window_->analysis()->analyzeNow();
    ASSERT_EQ(window_->design().scenarios().size(), 1u);
    ASSERT_EQ(window_->analysis()->state(), DocumentAnalysis::State::Current)
        << window_->analysis()->reasons().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(window_->analysis()->analysis()->fits());
    EXPECT_TRUE(budget_->headline("step_time_s").has_value());
    window_->document()->undoStack()->setClean();
}

// The top of a dock: a widget there is seen before anything else in the dock, whatever its height.
int topOf(const QWidget* widget, const QWidget* dock) {
    return widget->mapTo(dock, QPoint(0, 0)).y();
}

TEST_F(NewScenariosTest, WithoutAScenarioEveryViewSaysWhatToDoAtItsTop) {
    QString error;
    ASSERT_TRUE(OperationCommand::execute(window_->document(),
                                          removeScenario(window_->document(), scenario().id), &error))
        << error.toStdString();
    window_->analysis()->analyzeNow();
    // The plan dock: no disabled form of a plan that does not exist, the way forward at the top.
    EXPECT_TRUE(plan_->emptyText().contains(QLatin1String("Add scenario")))
        << plan_->emptyText().toStdString();
    const auto* empty = plan_->findChild<QLabel*>(QStringLiteral("planEmpty"));
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(empty->isVisible());
    const auto* model = plan_->findChild<QSpinBox*>(QStringLiteral("/parallelism/tp"));
    ASSERT_NE(model, nullptr);
    EXPECT_FALSE(model->isVisible()) << "no plan is shown for a scenario that does not exist";
    EXPECT_LT(topOf(empty, plan_), 120) << "at the top of the dock";
    // The budget dock's reason comes before its figures and table.
    const auto* reason = budget_->findChild<QLabel*>(QStringLiteral("budgetReason"));
    ASSERT_NE(reason, nullptr);
    EXPECT_TRUE(reason->isVisible());
    EXPECT_LT(topOf(reason, budget_), topOf(budget_->table(), budget_));
    // The comparison's message is above the list, the table and the charts.
    auto* compare = window_->findChild<ComparisonDock*>();
    compare->show();
    compare->recompute();
    const auto* message = compare->findChild<QLabel*>(QStringLiteral("comparisonMessage"));
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(compare->message().contains(QLatin1String("two scenarios")))
        << compare->message().toStdString();
    EXPECT_LT(topOf(message, compare), topOf(compare->table(), compare));
    // Back with a scenario, the form returns and the message goes.
    window_->document()->undoStack()->undo();
    window_->analysis()->analyzeNow();
    EXPECT_TRUE(plan_->emptyText().isEmpty());
    EXPECT_FALSE(empty->isVisible());
    EXPECT_TRUE(model->isVisible());
}

TEST_F(NewScenariosTest, AnEmptyDesignSaysHowToStartOnTheCanvasAndInThePlan) {
    const auto* view = window_->findChild<DesignView*>();
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(view->emptyHint().isEmpty()) << "the example has devices";
    window_->document()->undoStack()->setClean();
    ASSERT_TRUE(window_->newDesign());
    window_->analysis()->analyzeNow();
    EXPECT_TRUE(view->emptyHint().contains(QLatin1String("Devices palette")))
        << view->emptyHint().toStdString();
    EXPECT_TRUE(view->emptyHint().contains(QLatin1String("New from Generator")));
    EXPECT_TRUE(plan_->emptyText().contains(QLatin1String("no GPU servers")))
        << plan_->emptyText().toStdString();
}

} // namespace
} // namespace cs
