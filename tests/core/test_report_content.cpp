// The report's content (issue 7): every section of the 128-GPU example with its plan and scenario.
#include "design_file.h"
#include "input_error.h"
#include "operation.h"
#include "plan.h"
#include "report_content.h"
#include "test_support.h"

#include <algorithm>
#include <cctype>
#include <gtest/gtest.h>

namespace cs {
namespace {

const Design& example() {
    static const Design design =
        readDesign((test::kCatalogDir / "examples" / "training-128gpu.json").string(), test::library());
    return design;
}

NamedPlan llama70b() {
    const auto path = test::kCatalogDir / "examples" / "plan-llama2-70b-128gpu.json";
    return {"plan-llama2-70b-128gpu.json", readPlanFile(path.string(), test::library())};
}

TEST(ReportContent, HasEverySectionInOrder) {
    const ReportContent report = makeReportContent(example(), test::library(), llama70b());
    std::vector<std::string> titles;
    for (const ReportSection& section : report.sections)
        titles.push_back(section.title);
    EXPECT_EQ(titles, (std::vector<std::string>{kSummarySection, kTrainingSection, kValidationSection,
                                                kBomSection, kBandwidthSection, kStorageSection,
                                                kPowerSection, kScenarioSection, kAssumptionsSection}));
    EXPECT_EQ(report.title, example().name);
    EXPECT_EQ(report.plan_name, "plan-llama2-70b-128gpu.json");
}

TEST(ReportContent, HeadlineCarriesTheDesignAndThePlan) {
    const ReportContent report = makeReportContent(example(), test::library(), llama70b());
    auto fact = [&](const std::string& label) {
        for (const ReportFact& f : report.headline) {
            if (f.label == label)
                return f.value.str();
        }
        return std::string("missing");
    };
    EXPECT_EQ(fact("GPUs").rfind("128", 0), 0u) << fact("GPUs");
    EXPECT_EQ(fact("Devices"), "36");
    EXPECT_NE(fact("Step time").find(" s"), std::string::npos);
    EXPECT_NE(fact("MFU").find('%'), std::string::npos);
    EXPECT_NE(fact("Time to train").find("days"), std::string::npos);
    EXPECT_NE(fact("Parallelism").find("TP 8 x PP 4 x DP 4"), std::string::npos);
}

TEST(ReportContent, ChartsNameTheirUnitsAndHaveOneValuePerCategory) {
    const ReportContent report = makeReportContent(example(), test::library(), llama70b());
    std::size_t charts = 0;
    for (const ReportSection& section : report.sections) {
        for (const ReportChart& chart : section.charts) {
            ++charts;
            EXPECT_NE(chart.value_axis.str().find('('), std::string::npos) << chart.title << ": no unit";
            EXPECT_FALSE(chart.categories.empty()) << chart.title;
            for (const ReportSeries& series : chart.series)
                EXPECT_EQ(series.values.size(), chart.categories.size()) << chart.title;
        }
    }
    EXPECT_GE(charts, 5u) << "step time, memory, bandwidth, checkpoints, rack power, scenarios";
}

TEST(ReportContent, ComparesThePlanWithTheDesignsScenario) {
    const ReportContent report = makeReportContent(example(), test::library(), llama70b());
    const ReportSection* scenarios = report.section(kScenarioSection);
    ASSERT_NE(scenarios, nullptr);
    ASSERT_EQ(scenarios->tables.size(), 1u);
    const ReportTable& table = scenarios->tables.front();
    ASSERT_EQ(table.columns.size(), 3u) << "figure, --plan, scenario 1";
    EXPECT_EQ(table.columns[1], "plan-llama2-70b-128gpu.json");
    EXPECT_EQ(table.columns[2], example().scenarios().items().front().name);
    for (const auto& row : table.rows)
        EXPECT_EQ(row.size(), table.columns.size());
}

TEST(ReportContent, AssumptionsListEveryExplainedFigureWithItsSource) {
    const ReportContent report = makeReportContent(example(), test::library(), llama70b());
    const ReportSection* assumptions = report.section(kAssumptionsSection);
    ASSERT_NE(assumptions, nullptr);
    ASSERT_EQ(assumptions->tables.size(), 2u);
    const ReportTable& formulas = assumptions->tables[1];
    EXPECT_GT(formulas.rows.size(), 30u);
    for (const auto& row : formulas.rows) {
        EXPECT_FALSE(row[2].empty()) << row[0] << ": formula";
        EXPECT_FALSE(row[4].empty()) << row[0] << ": source";
    }
}

TEST(ReportContent, WithoutAPlanUsesTheFirstTrainingScenario) {
    const ReportContent report = makeReportContent(example(), test::library(), std::nullopt);
    EXPECT_EQ(report.plan_name, example().scenarios().items().front().name);
    EXPECT_NE(report.section(kTrainingSection), nullptr);
}

TEST(ReportContent, UsesTheScenarioItIsGiven) {
    Design design = example();
    Scenario second = design.scenarios().items().front();
    second.name = "second";
    second.id = design.scenarios().nextId();
    design.apply({Add<Scenario>{second}});
    const ReportContent report = makeReportContent(design, test::library(), std::nullopt, "second");
    EXPECT_EQ(report.plan_name, "second");
    EXPECT_THROW(makeReportContent(design, test::library(), std::nullopt, "third"), InputError);
}

TEST(ReportContent, EveryWordIsATemplateWithItsArguments) {
    const ReportContent report = makeReportContent(example(), test::library(), llama70b());
    const ReportSection* training = report.section(kTrainingSection);
    ASSERT_NE(training, nullptr);
    ASSERT_TRUE(training->title.message().has_value());
    EXPECT_STREQ(training->title.message()->context, "cs::Report");
    const ReportText& plan = training->paragraphs.front();
    ASSERT_TRUE(plan.message().has_value());
    EXPECT_STREQ(plan.message()->source, "Plan: %1. Model %2; %3; on the design's %4 %5 GPUs.");
    EXPECT_EQ(plan.arguments().front(), "plan-llama2-70b-128gpu.json");
    EXPECT_FALSE(plan.arguments().front().message()) << "a name is verbatim";
    // A stand-in language: every template upper-cased; names and figures stay.
    const ReportText shouted = plan.localized([](const ReportTemplate& t) {
        std::string text = t.source;
        for (char& c : text)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return text;
    });
    EXPECT_EQ(shouted.str().rfind("PLAN: plan-llama2-70b-128gpu.json. MODEL ", 0), 0u) << shouted;
    EXPECT_NE(shouted.str().find("RECOMPUTE "), std::string::npos) << "nested templates too: " << shouted;
}

TEST(ReportContent, ListsItsTemplates) {
    const std::vector<ReportTemplate> templates = reportTemplates();
    auto has = [&](std::string_view context, std::string_view source) {
        return std::any_of(templates.begin(), templates.end(), [&](const ReportTemplate& t) {
            return t.context == context && t.source == source;
        });
    };
    EXPECT_TRUE(has("cs::Report", kSummarySection));
    EXPECT_TRUE(has("cs::Report", "Compute fabric: %1 leaf, %2 spine and %3 core switches."));
    EXPECT_TRUE(has("cs::Report", "The model does not fit in GPU memory: lower micro_batch, raise tp or pp, "
                                  "or use recompute full."))
        << "listed though this report does not use it";
    EXPECT_TRUE(has("cs::Network", "Out-of-band management"));
    EXPECT_GT(templates.size(), 150u);
}

TEST(ReportContent, SubstitutesArguments) {
    EXPECT_EQ(substituteArguments("%2 of %1, 50 %", {"a", "b"}), "b of a, 50 %");
    EXPECT_EQ(substituteArguments("%1%3", {"x"}), "x%3");
}

TEST(ReportContent, FormatsQuantitiesWithReadableUnits) {
    EXPECT_EQ(formatQuantity(1.234, "s"), "1.23 s");
    EXPECT_EQ(formatQuantity(7200, "s"), "2 h");
    EXPECT_EQ(formatQuantity(30 * 86400.0, "s"), "30 days");
    EXPECT_EQ(formatQuantity(2.8e12, "B"), "2.8 TB");
    EXPECT_EQ(formatQuantity(1.05e6, "W"), "1.05 MW");
    EXPECT_EQ(formatQuantity(50, "GB/s"), "50 GB/s");
    EXPECT_EQ(formatQuantity(3, "GiB"), "3 GiB");
    EXPECT_EQ(formatQuantity(68.75e9, ""), "68.8G");
    EXPECT_EQ(formatQuantity(112e3, "tokens/s"), "112k tokens/s");
}

} // namespace
} // namespace cs
