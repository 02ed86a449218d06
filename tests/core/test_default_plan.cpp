// A design's default training plan runs on it, and "Best plan" says what it changed or why nothing fits.
#include "analysis/plan_analysis.h"
#include "base/units.h"
#include "io/design_file.h"
#include "model/operation.h"
#include "scenario/best_plan.h"
#include "scenario/default_plan.h"
#include "test_support.h"

#include <set>
#include <utility>

namespace cs::test {
namespace {

Design exampleDesign() {
    return readDesign(kCatalogDir / "examples" / "training-128gpu.json", library());
}

TEST(DefaultPlan, RunsOnTheDesignWithABatchEveryDpDivides) {
    Design design = exampleDesign();
    const std::optional<std::string> summary = addDefaultTrainingScenario(design, library());
    ASSERT_TRUE(summary);
    const Scenario& scenario = design.scenarios().items().back();
    EXPECT_EQ(scenario.name, "Training");
    const PlanAnalysis analysis = analyzeScenario(library(), design, scenario);
    ASSERT_TRUE(analysis.errors.empty()) << analysis.errors.front().message;
    ASSERT_TRUE(analysis.training);
    EXPECT_TRUE(analysis.fits());
    EXPECT_TRUE(exceededBudgetLines(analysis.budget).empty());
    const Parallelism& p = analysis.plan.parallelism;
    EXPECT_EQ(p.gpus(), 128);
    EXPECT_EQ(p.global_batch % 128, 0);
    EXPECT_GE(p.global_batch * analysis.plan.model.seq_len, kDefaultBatchTokens);
    EXPECT_NE(summary->find(analysis.plan.model.name), std::string::npos) << *summary;
    // A second one gets a name of its own.
    ASSERT_TRUE(addDefaultTrainingScenario(design, library()));
    EXPECT_EQ(design.scenarios().items().back().name, "Training 2");
}

// The example's 128 GPUs could hold Llama 3.1 405B, but would train it for decades: the default is the
// largest preset that trains within a few months; a design too small for any is given the soonest run.
TEST(DefaultPlan, TrainsWithinAFewMonthsOrAsSoonAsTheDesignCan) {
    Design design = exampleDesign();
    ASSERT_TRUE(addDefaultTrainingScenario(design, library()));
    const PlanAnalysis analysis = analyzeScenario(library(), design, design.scenarios().items().back());
    ASSERT_TRUE(analysis.training);
    EXPECT_LE(analysis.training->time_to_train_s, kDefaultMaxTrainingDays * kSecondsPerDay);
    EXPECT_GT(analysis.plan.model.dataset_tokens, 0);

    Design one = exampleDesign(); // one GPU server of 8 GPUs: no preset trains its dataset within 90 days
    std::set<DeviceId> gone;      // every GPU server but the first
    bool first = true;
    for (const Device& device : one.devices().items())
        if (one.gpuCount(device) > 0 && !std::exchange(first, false))
            gone.insert(device.id);
    for (DeviceId id : gone)
        one.applyAll(removeDeviceWithLinks(one, id));
    ASSERT_TRUE(addDefaultTrainingScenario(one, library()));
    const PlanAnalysis small = analyzeScenario(library(), one, one.scenarios().items().back());
    ASSERT_TRUE(small.training);
    EXPECT_EQ(small.plan.cluster.gpus, 8);
    EXPECT_GT(small.training->time_to_train_s, kDefaultMaxTrainingDays * kSecondsPerDay);
    EXPECT_LT(small.training->time_to_train_s, analysis.training->time_to_train_s * 16 * 4)
        << "the soonest run, not the largest model: " << small.plan.model.name;
}

TEST(DefaultPlan, ADesignWithoutGpusHasNone) {
    EXPECT_FALSE(defaultTrainingPlan(Design{}, library()));
}

TEST(BestPlan, SaysWhatItChangedAndTheGain) {
    Plan plan = exampleDesignPlan();
    plan.parallelism.micro_batch = 2;
    const BestPlan best = bestPlan(plan);
    ASSERT_TRUE(best.found);
    EXPECT_NE(best.text.find(" -> "), std::string::npos) << best.text;
    EXPECT_NE(best.text.find("faster"), std::string::npos) << best.text;
    plan.parallelism = best.parallelism;
    EXPECT_NE(bestPlan(plan).text.find("already the best"), std::string::npos) << bestPlan(plan).text;
}

TEST(BestPlan, SaysWhyNothingFitsAndWhatToChange) {
    Plan plan = exampleDesignPlan();
    plan.cluster.gpu.memory_gib = 1; // nothing fits one GiB
    const BestPlan memory = bestPlan(plan);
    EXPECT_FALSE(memory.found);
    EXPECT_NE(memory.text.find("fits in GPU memory"), std::string::npos) << memory.text;
}

TEST(BestPlan, RebalancesDpWhenTpChanges) {
    Plan plan = exampleDesignPlan();
    EXPECT_FALSE(rebalancedDataParallel(plan));
    plan.parallelism.tp = 4;
    EXPECT_EQ(rebalancedDataParallel(plan), 8);
    plan.parallelism.tp = 3;
    EXPECT_FALSE(rebalancedDataParallel(plan)); // 3 x 4 does not divide 128
}

} // namespace
} // namespace cs::test
