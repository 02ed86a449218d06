// Scenario management, what-if variants, the new plan fields and the comparison dock on the 128-GPU example:
// every edit is one undo step that restores the exact JSON, and every number shown is core's.
#include "autosave.h"
#include "comparisondock.h"
#include "document.h"
#include "documentanalysis.h"
#include "mainwindow.h"
#include "plandock.h"
#include "scenario/scenario_comparison.h"
#include "scenario/scenario_variant.h"
#include "studio_test_support.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <qcustomplot.h>

namespace cs {
namespace {

class ScenarioTest : public test::ExampleWindowTest {
protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(ExampleWindowTest::SetUp());
        plan_ = window_->findChild<PlanDock*>();
        compare_ = window_->findChild<ComparisonDock*>();
        ASSERT_TRUE(plan_ && compare_);
        settle();
    }

    const Design& design() const { return window_->design(); }
    QUndoStack* undo() const { return window_->document()->undoStack(); }
    const Scenario& current() const { return *design().scenarios().find(plan_->scenario()); }
    std::string snapshot() const { return test::jsonSnapshot(design()); }
    template <typename T> T* field(const char* name) const {
        T* found = plan_->findChild<T*>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
    void settle() { window_->analysis()->analyzeNow(); }
    // The training estimate of the selected scenario, as the document's analysis has it.
    const TrainingEstimate& estimate() const {
        const PlanAnalysis* analysis = window_->analysis()->analysis();
        EXPECT_TRUE(analysis && analysis->training);
        return *analysis->training;
    }

    PlanDock* plan_ = nullptr;
    ComparisonDock* compare_ = nullptr;
};

TEST_F(ScenarioTest, DuplicateRenameDeleteAreUndoStepsThatRestoreTheExactJson) {
    const std::string original = snapshot();
    const std::string name = current().name;
    ASSERT_TRUE(plan_->duplicateScenario());
    settle();
    ASSERT_EQ(design().scenarios().size(), 2u);
    EXPECT_EQ(current().name, name + " 2");
    EXPECT_EQ(current().plan, design().scenarios().find(1)->plan);
    EXPECT_EQ(undo()->undoText().toStdString(), "Duplicate scenario “" + name + "”");
    const std::string duplicated = snapshot();

    ASSERT_TRUE(plan_->renameScenario(QStringLiteral("  FP8 what-if  ")));
    settle();
    EXPECT_EQ(current().name, "FP8 what-if");
    EXPECT_EQ(undo()->undoText().toStdString(), "Rename scenario “" + name + " 2” to “FP8 what-if”");
    const std::string renamed = snapshot();

    ASSERT_TRUE(plan_->deleteScenario());
    settle();
    EXPECT_EQ(design().scenarios().size(), 1u);
    EXPECT_EQ(plan_->scenario(), 1u); // the form falls back to the remaining scenario
    EXPECT_EQ(undo()->undoText().toStdString(), "Delete scenario “FP8 what-if”");
    const std::string deleted = snapshot();

    for (const std::string* expected : {&renamed, &duplicated, &original}) {
        undo()->undo();
        EXPECT_EQ(snapshot(), *expected);
    }
    for (const std::string* expected : {&duplicated, &renamed, &deleted}) {
        undo()->redo();
        EXPECT_EQ(snapshot(), *expected);
    }
}

TEST_F(ScenarioTest, NamesStayUniqueAndTheLastScenarioMayGo) {
    ASSERT_TRUE(plan_->duplicateScenario());
    ASSERT_TRUE(plan_->duplicateScenario()); // a copy of the copy: distinct, and as short
    settle();
    EXPECT_EQ(current().name, design().scenarios().find(1)->name + " 3");
    EXPECT_EQ(design().scenarios().find(2)->name, design().scenarios().find(1)->name + " 2");
    const std::string before = snapshot();
    const int steps = undo()->count();
    EXPECT_FALSE(plan_->renameScenario(QString::fromStdString(design().scenarios().find(1)->name)));
    EXPECT_TRUE(plan_->errors().contains(QLatin1String("is taken"))) << plan_->errors().toStdString();
    EXPECT_FALSE(plan_->renameScenario(QStringLiteral("   ")));
    EXPECT_TRUE(plan_->errors().contains(QLatin1String("empty"))) << plan_->errors().toStdString();
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(undo()->count(), steps);

    while (!design().scenarios().items().empty()) {
        ASSERT_TRUE(plan_->deleteScenario());
        settle();
    }
    EXPECT_EQ(plan_->scenario(), 0u);
    EXPECT_TRUE(plan_->emptyText().contains(QLatin1String("no scenario")))
        << plan_->emptyText().toStdString();
    undo()->undo();
    settle();
    EXPECT_EQ(design().scenarios().size(), 1u);
}

TEST_F(ScenarioTest, VariantEditsAreUndoableAndSurviveSaveAndReopen) {
    ASSERT_TRUE(plan_->duplicateScenario());
    settle();
    const std::string before = snapshot();
    field<QSpinBox>("variant/nic_gbps")->setValue(200);
    settle();
    field<QSpinBox>("variant/servers")->setValue(8);
    settle();
    auto* gpu = field<QComboBox>("variant/gpu");
    const int h200 = gpu->findData(QStringLiteral("h200-sxm5-141gb"));
    ASSERT_GE(h200, 0);
    EXPECT_EQ(gpu->itemText(0), PlanDock::tr("as designed"));
    gpu->setCurrentIndex(h200);
    emit gpu->activated(h200);
    settle();
    const nlohmann::json expected = {{"gpu", "h200-sxm5-141gb"}, {"nic_gbps", 200}, {"servers", 8}};
    EXPECT_EQ(current().variant, expected);
    const Plan seen = scenarioPlan(design(), current(), window_->document()->library());
    EXPECT_EQ(seen.cluster.gpu.id, "h200-sxm5-141gb");
    EXPECT_EQ(seen.cluster.nic_gbps, 200);
    EXPECT_EQ(seen.cluster.gpus, 64);
    EXPECT_TRUE(plan_->errors().contains(QLatin1String("parallelism.dp"))); // 8 x 4 x 4 != 64 GPUs

    // Three undo steps (GPU, servers, NIC) back to the duplicate; redo brings the variant back.
    const std::string edited = snapshot();
    for (int step = 0; step < 3; ++step)
        undo()->undo();
    EXPECT_EQ(snapshot(), before);
    for (int step = 0; step < 3; ++step)
        undo()->redo();
    EXPECT_EQ(snapshot(), edited);
    settle();
    field<QSpinBox>("variant/nic_gbps")->setValue(0); // "as designed": the key leaves the variant
    settle();
    EXPECT_FALSE(current().variant.contains("nic_gbps"));
    undo()->undo();
    settle();
    EXPECT_EQ(snapshot(), edited);

    const ScenarioId what_if = plan_->scenario();
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("variants.csd"));
    QString error;
    ASSERT_TRUE(window_->saveDesign(path, &error)) << error.toStdString();
    ASSERT_TRUE(window_->openDesign(path, &error)) << error.toStdString();
    EXPECT_EQ(snapshot(), edited);
    EXPECT_EQ(design().scenarios().find(what_if)->variant, expected);
}

TEST_F(ScenarioTest, CheckpointTargetAndNodeMtbfChangeTheEstimateAsCoreSaysAndUndo) {
    const std::string before = snapshot();
    const double required = estimate().storage.required_write_bytes_per_s;
    ASSERT_GT(required, 0);
    auto* target = field<QDoubleSpinBox>("/training/checkpoint_overhead_target");
    EXPECT_DOUBLE_EQ(target->value(), 5); // core's default, 5 %
    target->setValue(2);
    settle();
    EXPECT_DOUBLE_EQ(current().plan["training"]["checkpoint_overhead_target"].get<double>(), 0.02);
    const Plan edited = scenarioPlan(design(), current(), window_->document()->library());
    const TrainingEstimate core = estimateTraining(edited);
    EXPECT_DOUBLE_EQ(estimate().storage.required_write_bytes_per_s, core.storage.required_write_bytes_per_s);
    EXPECT_GT(estimate().storage.required_write_bytes_per_s, required); // a tighter target asks for more

    auto* mtbf = field<QDoubleSpinBox>("/training/node_mtbf_hours");
    EXPECT_EQ(mtbf->value(), 0); // shown as "default"
    EXPECT_TRUE(mtbf->specialValueText().startsWith(PlanDock::tr("default")));
    const double interval = estimate().storage.checkpoint_interval_s;
    mtbf->setValue(1000);
    settle();
    EXPECT_DOUBLE_EQ(current().plan["training"]["node_mtbf_hours"].get<double>(), 1000);
    EXPECT_LT(estimate().storage.checkpoint_interval_s, interval); // failures more often
    EXPECT_DOUBLE_EQ(estimate().storage.checkpoint_interval_s,
                     estimateTraining(scenarioPlan(design(), current(), window_->document()->library()))
                         .storage.checkpoint_interval_s);
    mtbf->setValue(0); // back to "default": the key leaves the plan (merged into the same undo step)
    settle();
    EXPECT_FALSE(current().plan["training"].contains("node_mtbf_hours"));
    undo()->undo();
    undo()->undo();
    settle();
    EXPECT_EQ(snapshot(), before);
    EXPECT_DOUBLE_EQ(target->value(), 5);
}

TEST_F(ScenarioTest, Fp8IsFasterOnH100AndExplainedAsAnErrorOnA100) {
    const std::string before = snapshot();
    const double bf16_step = estimate().step_time_s;
    auto* precision = field<QComboBox>("/training/precision");
    const int fp8 = precision->findData(QStringLiteral("fp8"));
    precision->setCurrentIndex(fp8);
    emit precision->activated(fp8);
    settle();
    EXPECT_EQ(current().plan["training"]["precision"], "fp8");
    EXPECT_LT(estimate().step_time_s, bf16_step);
    EXPECT_GT(estimate().step_time_s, bf16_step / 2);

    // The same plan on an A100 variant: core's PlanError, inline under the form and on the field's label.
    auto* gpu = field<QComboBox>("variant/gpu");
    const int a100 = gpu->findData(QStringLiteral("a100-sxm4-80gb"));
    ASSERT_GE(a100, 0);
    gpu->setCurrentIndex(a100);
    emit gpu->activated(a100);
    settle();
    EXPECT_TRUE(plan_->errors().contains(QLatin1String("training.precision: NVIDIA A100")))
        << plan_->errors().toStdString();
    EXPECT_TRUE(plan_->errors().contains(QLatin1String("has no FP8 tensor cores")));
    auto* form = plan_->findChild<QFormLayout*>(QStringLiteral("planForm"));
    ASSERT_NE(form, nullptr);
    const QWidget* label = form->labelForField(precision);
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->toolTip().contains(QLatin1String("FP8"))) << label->toolTip().toStdString();
    undo()->undo();
    undo()->undo();
    settle();
    EXPECT_EQ(snapshot(), before);
    EXPECT_TRUE(label->toolTip().isEmpty());
}

TEST_F(ScenarioTest, PrecisionFollowsTheWorkload) {
    QComboBox* kind = nullptr;
    for (QComboBox* box : plan_->findChildren<QComboBox*>())
        if (box->findData(QStringLiteral("inference")) >= 0)
            kind = box;
    ASSERT_NE(kind, nullptr);
    const int inference = kind->findData(QStringLiteral("inference"));
    kind->setCurrentIndex(inference);
    emit kind->activated(inference);
    settle();
    auto* precision = field<QComboBox>("/inference/precision"); // the field names the key it writes
    const int fp8 = precision->findData(QStringLiteral("fp8"));
    precision->setCurrentIndex(fp8);
    emit precision->activated(fp8);
    settle();
    EXPECT_EQ(current().plan["inference"]["precision"], "fp8");
    EXPECT_FALSE(current().plan.contains("training") && current().plan["training"].contains("precision"));
    EXPECT_FALSE(field<QDoubleSpinBox>("/training/checkpoint_overhead_target")->isEnabled());
}

// The example plus three what-ifs: 200G NICs, H200, and FP8.
void addWhatIfs(DocumentAnalysis* analysis, PlanDock* plan, QSpinBox* nic, QComboBox* gpu,
                QComboBox* precision) {
    ASSERT_TRUE(plan->duplicateScenario());
    analysis->analyzeNow();
    nic->setValue(200);
    analysis->analyzeNow();
    ASSERT_TRUE(plan->duplicateScenario());
    analysis->analyzeNow();
    nic->setValue(0);
    const int h200 = gpu->findData(QStringLiteral("h200-sxm5-141gb"));
    gpu->setCurrentIndex(h200);
    emit gpu->activated(h200);
    analysis->analyzeNow();
    ASSERT_TRUE(plan->duplicateScenario());
    analysis->analyzeNow();
    gpu->setCurrentIndex(0);
    emit gpu->activated(0);
    const int fp8 = precision->findData(QStringLiteral("fp8"));
    precision->setCurrentIndex(fp8);
    emit precision->activated(fp8);
    analysis->analyzeNow();
}

TEST_F(ScenarioTest, ComparisonTableIsCoresComparisonWithExactlyItsDifferencesHighlighted) {
    ASSERT_NO_FATAL_FAILURE(addWhatIfs(window_->analysis(), plan_, field<QSpinBox>("variant/nic_gbps"),
                                       field<QComboBox>("variant/gpu"),
                                       field<QComboBox>("/training/precision")));
    ASSERT_EQ(design().scenarios().size(), 4u);
    std::vector<ScenarioId> ids;
    for (const Scenario& s : design().scenarios().items())
        ids.push_back(s.id);
    compare_->choose(ids);
    compare_->recompute();
    EXPECT_TRUE(compare_->message().isEmpty()) << compare_->message().toStdString();
    const ScenarioComparison core = compareScenarios(design(), ids, window_->document()->library());
    QTableWidget* table = compare_->table();
    ASSERT_EQ(table->columnCount(), 4);
    ASSERT_EQ(table->rowCount(), int(core.rows.size()));
    int highlighted = 0;
    for (int c = 0; c < 4; ++c)
        EXPECT_EQ(table->horizontalHeaderItem(c)->toolTip().toStdString(),
                  core.scenarios[std::size_t(c)].name);
    for (int r = 0; r < table->rowCount(); ++r) {
        const ComparisonRow& row = core.rows[std::size_t(r)];
        EXPECT_TRUE(table->verticalHeaderItem(r)->text().startsWith(QString::fromStdString(row.label)));
        if (!row.unit.empty()) {
            EXPECT_TRUE(table->verticalHeaderItem(r)->text().contains(QString::fromStdString(row.unit)));
        }
        for (int c = 0; c < 4; ++c) {
            const ComparisonCell& cell = row.cells[std::size_t(c)];
            const QTableWidgetItem* item = table->item(r, c);
            if (!cell.text.empty()) { // the words of what the scenario runs
                EXPECT_EQ(item->text().toStdString(), cell.text.str()) << row.key;
            } else {
                ASSERT_TRUE(cell.value.has_value()) << row.key;
                EXPECT_DOUBLE_EQ(item->data(Qt::UserRole).toDouble(), *cell.value) << row.key << " " << c;
            }
            const bool marked = item->background().style() != Qt::NoBrush;
            EXPECT_EQ(marked, cell.differs) << row.key << " " << c;
            highlighted += marked;
            if (cell.differs && cell.relative) {
                EXPECT_TRUE(item->toolTip().contains(QLatin1Char('%'))) << item->toolTip().toStdString();
            }
        }
    }
    EXPECT_GT(highlighted, 10);
    EXPECT_EQ(compare_->chart(ComparisonDock::Chart::StepTime)->plottableCount(), 4); // grouped bars
    EXPECT_EQ(compare_->chart(ComparisonDock::Chart::Scaling)->plottableCount(), 4);  // one line each
    // Units on the value axes: seconds per step (horizontal bars), tokens/s against GPUs.
    EXPECT_TRUE(
        compare_->chart(ComparisonDock::Chart::StepTime)->xAxis->label().contains(QLatin1String("(s)")));
    EXPECT_TRUE(
        compare_->chart(ComparisonDock::Chart::Scaling)->yAxis->label().contains(QLatin1String("tokens/s")));
    EXPECT_FALSE(compare_->chart(ComparisonDock::Chart::Scaling)->xAxis->label().isEmpty());
}

TEST_F(ScenarioTest, ComparisonListKeepsTheUsersChoiceOfTwoToFour) {
    for (int copies = 0; copies < 4; ++copies)
        ASSERT_TRUE(plan_->duplicateScenario());
    settle();
    compare_->recompute();
    auto* list = compare_->findChild<QListWidget*>(QStringLiteral("comparedScenarios"));
    ASSERT_EQ(list->count(), 5);
    EXPECT_EQ(compare_->chosen().size(), 2u); // the first two, as a start
    for (int row = 2; row < 4; ++row)
        list->item(row)->setCheckState(Qt::Checked);
    compare_->recompute();
    EXPECT_EQ(compare_->chosen().size(), 4u);
    EXPECT_FALSE(list->item(4)->flags() & Qt::ItemIsEnabled); // a fifth cannot be ticked
    EXPECT_EQ(compare_->table()->columnCount(), 4);
    for (int row = 0; row < 4; ++row)
        list->item(row)->setCheckState(Qt::Unchecked);
    compare_->recompute();
    EXPECT_TRUE(compare_->chosen().empty()); // not ticked again behind the user's back
    EXPECT_FALSE(compare_->message().isEmpty());
    EXPECT_EQ(compare_->table()->columnCount(), 0);
}

// Its speed is measured by tests/bench/bench_plan_views (BM_CompareFourScenarios20480Gpus), not here.
TEST_F(ScenarioTest, ComparisonFollowsEditsAfterADelay) {
    ASSERT_TRUE(plan_->duplicateScenario());
    settle();
    compare_->show();
    compare_->raise();
    compare_->recompute();
    ASSERT_EQ(compare_->chosen().size(), 2u);
    const auto gpus = [this] {
        for (const ComparisonRow& row : compare_->comparison().rows)
            if (row.key == "cluster.gpus")
                return row.cells.at(1).value.value_or(0);
        return 0.0;
    };
    const double before = gpus();
    field<QSpinBox>("variant/servers")->setValue(32); // 256 GPUs in the copy
    EXPECT_EQ(gpus(), before);                        // not synchronously
    compare_->recompute();
    EXPECT_EQ(gpus(), 256);
}

} // namespace
} // namespace cs
