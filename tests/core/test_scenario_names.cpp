// Scenario names are unique within a design: Design::apply refuses a taken one, and the studio picks free
// ones.
#include "base/input_error.h"
#include "scenario/scenario_names.h"
#include "test_support.h"

namespace cs::test {
namespace {

TEST(ScenarioNames, ApplyRefusesATakenName) {
    Design design = smallDesign();
    Scenario copy = design.scenarios().items().front();
    copy.id = 2;
    EXPECT_THROW(design.apply({Add<Scenario>{copy}}), InputError);
    copy.name = "TP4";
    design.apply({Add<Scenario>{copy}});
    copy.name = "TP8";
    EXPECT_THROW(design.apply({Update<Scenario>{copy}}), InputError);
    // Keeping its own name is no clash.
    Scenario same = *design.scenarios().find(1);
    same.plan["parallelism"]["tp"] = 4;
    EXPECT_NO_THROW(design.apply({Update<Scenario>{same}}));
}

TEST(ScenarioNames, UniqueNameAppendsTheFirstFreeNumber) {
    Design design = smallDesign();
    EXPECT_EQ(uniqueScenarioName(design, "TP4"), "TP4");
    EXPECT_EQ(uniqueScenarioName(design, "TP8"), "TP8 2");
    Scenario copy = design.scenarios().items().front();
    copy.id = 2;
    copy.name = "TP8 2";
    design.apply({Add<Scenario>{copy}});
    EXPECT_EQ(uniqueScenarioName(design, "TP8"), "TP8 3");
    EXPECT_EQ(scenarioNamed(design, "TP8 2")->id, 2u);
    EXPECT_EQ(scenarioNamed(design, "none"), nullptr);
}

TEST(ScenarioNames, ACopyIsNumberedAfterItsOriginal) {
    Design design = smallDesign(); // one scenario, "TP8"
    EXPECT_EQ(copiedScenarioName(design, "TP8"), "TP8 2");
    Scenario copy = design.scenarios().items().front();
    copy.id = 2;
    copy.name = "TP8 2";
    design.apply({Add<Scenario>{copy}});
    EXPECT_EQ(copiedScenarioName(design, "TP8 2"), "TP8 3"); // a copy of a copy: not "TP8 2 2"
    EXPECT_EQ(copiedScenarioName(design, "TP8"), "TP8 3");
    EXPECT_EQ(copiedScenarioName(design, "Llama 3 405B"), "Llama 3 405B"); // a free name stays
    EXPECT_EQ(copiedScenarioName(design, "GPT 3"), "GPT 3");               // no "GPT": not a numbered copy
}

} // namespace
} // namespace cs::test
