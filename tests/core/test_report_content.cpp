// The report's content: every section of the 128-GPU example with its plan and scenario.
#include "analysis/failure_impact.h"
#include "analysis/inference_budget.h"
#include "analysis/plan_analysis.h"
#include "base/input_error.h"
#include "estimate/cluster_from_design.h"
#include "estimate/inference_report.h"
#include "estimate/plan.h"
#include "io/design_file.h"
#include "model/operation.h"
#include "report/figure_names.h"
#include "report/report_content.h"
#include "test_support.h"
#include "topology/cluster_generator.h"

#include <algorithm>
#include <cctype>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <set>

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
    EXPECT_EQ(titles,
              (std::vector<std::string>{kSummarySection, kTrainingSection, kValidationSection, kBomSection,
                                        kBandwidthSection, kResilienceSection, kStorageSection, kPowerSection,
                                        kScenarioSection, kAssumptionsSection}));
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

// A customer reads figure names, product names and money, never the estimator's keys or catalog ids.
TEST(ReportContent, NamesEveryFigureAndProductAndShowsMoneyInItsCurrency) {
    NamedPlan plan = llama70b();
    plan.plan.power.currency = "EUR";
    const ReportContent report = makeReportContent(example(), test::library(), plan);
    const ReportTable& formulas = report.section(kAssumptionsSection)->tables[1];
    for (const auto& row : formulas.rows) {
        const std::string name = row[0].str();
        EXPECT_TRUE(name.find('_') == std::string::npos && name.find('.') == std::string::npos)
            << name << " is a key, not a name";
    }
    const auto row = [&](const std::string& name) -> std::string {
        for (const auto& r : formulas.rows)
            if (r[0].str() == name)
                return r[1].str();
        return "missing";
    };
    EXPECT_NE(row("MFU").find(" %"), std::string::npos) << row("MFU");
    EXPECT_NE(row("Cost of the run").find(" EUR"), std::string::npos) << row("Cost of the run");
    EXPECT_NE(report.headline.front().value.str().find("NVIDIA H800"), std::string::npos)
        << report.headline.front().value.str();
    for (const ReportFact& fact : report.section(kPowerSection)->facts)
        if (fact.label.str() == "Cost of the energy") {
            EXPECT_NE(fact.value.str().find(" EUR (at 0.10 EUR per kWh)"), std::string::npos)
                << fact.value.str();
            EXPECT_NE(fact.value.str().find(','), std::string::npos)
                << "thousands separators: " << fact.value.str();
        }
    const ReportTable& devices = report.section(kBomSection)->tables.front();
    for (const auto& line : devices.rows)
        EXPECT_EQ(line[3].str().find("sxm"), std::string::npos) << "a catalog id: " << line[3].str();
}

TEST(FigureNames, NameEveryFigureOfTrainingAndInference) {
    const auto inference = test::kCatalogDir / "examples" / "plan-llama2-70b-inference.json";
    for (const Plan& plan : {llama70b().plan, readPlanFile(inference.string(), test::library())}) {
        const PlanAnalysis analysis = analyzePlan(test::library(), plan, &example(), {.explained = true});
        ASSERT_FALSE(analysis.explained.empty());
        for (const auto& [key, value] : analysis.explained)
            EXPECT_NE(figureName(key), nullptr) << key << " has no name in figure_names.cpp";
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

TEST(ReportContent, RackTableShowsPowerAndCoolingTogether) {
    // One GB200 NVL72 rack: liquid-cooled to its catalog 132 kW, beside its power at load and its limit.
    GeneratorOptions options;
    options.servers = 1;
    options.server = "gb200-nvl72";
    const Design design = generateCluster(options, test::library());
    const ReportContent report = makeReportContent(design, test::library(), std::nullopt);
    const ReportSection* power = report.section(kPowerSection);
    ASSERT_NE(power, nullptr);
    const auto racks = std::find_if(power->tables.begin(), power->tables.end(),
                                    [](const ReportTable& table) { return table.caption.str() == "Racks"; });
    ASSERT_NE(racks, power->tables.end());
    std::vector<std::string> columns;
    for (const ReportText& column : racks->columns)
        columns.push_back(column.str());
    EXPECT_EQ(columns,
              (std::vector<std::string>{"Rack", "Devices", "Power at load", "Limit", "Use", "Cooling"}));
    const auto& devices = design.devices().items();
    const auto tray = std::find_if(devices.begin(), devices.end(),
                                   [](const Device& device) { return device.name == "tray-01-01"; });
    ASSERT_NE(tray, devices.end());
    const Rack& frame = *design.racks().find(tray->rack);
    bool liquid = false, air = false;
    for (const auto& row : racks->rows) {
        ASSERT_EQ(row.size(), columns.size());
        if (row[0].str() == frame.name) {
            liquid = true;
            EXPECT_EQ(row[3].str(), "132 kW");
            EXPECT_EQ(row[5].str(), "liquid, 132 kW");
        } else if (row[5].str() == "air") {
            air = true; // the network and storage racks
        }
    }
    EXPECT_TRUE(liquid) << frame.name;
    EXPECT_TRUE(air);
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

NamedPlan llama70bInference() {
    const auto path = test::kCatalogDir / "examples" / "plan-llama2-70b-inference.json";
    return {"plan-llama2-70b-inference.json", readPlanFile(path.string(), test::library())};
}

// Every text of the report, for searching.
std::vector<std::string> everyText(const ReportContent& report) {
    std::vector<std::string> texts;
    for (const ReportFact& fact : report.headline)
        texts.insert(texts.end(), {fact.label, fact.value});
    for (const ReportSection& section : report.sections) {
        texts.push_back(section.title);
        texts.insert(texts.end(), section.paragraphs.begin(), section.paragraphs.end());
        for (const ReportFact& fact : section.facts)
            texts.insert(texts.end(), {fact.label, fact.value});
        for (const ReportTable& table : section.tables) {
            for (const auto& row : table.rows)
                texts.insert(texts.end(), row.begin(), row.end());
        }
    }
    return texts;
}

std::string factOf(const std::vector<ReportFact>& facts, const std::string& label) {
    for (const ReportFact& f : facts) {
        if (f.label == label)
            return f.value.str();
    }
    return "missing " + label;
}

// The leading number of a formatted figure ("21.3 ms", "70.4 GiB", "12.5 %").
double leadingNumber(const std::string& text) {
    try {
        return std::stod(text);
    } catch (const std::exception&) {
        ADD_FAILURE() << "not a figure: " << text;
        return -1;
    }
}

TEST(ReportContent, AnInferencePlanGetsItsInferenceEstimate) {
    const NamedPlan named = llama70bInference();
    const ReportContent report = makeReportContent(example(), test::library(), named);
    std::vector<std::string> titles;
    for (const ReportSection& section : report.sections)
        titles.push_back(section.title);
    EXPECT_EQ(titles,
              (std::vector<std::string>{kSummarySection, kInferenceSection, kValidationSection, kBomSection,
                                        kBandwidthSection, kResilienceSection, kStorageSection, kPowerSection,
                                        kScenarioSection, kAssumptionsSection}));
    EXPECT_EQ(report.plan_name, "plan-llama2-70b-inference.json");

    // The same plan as `estimate --design` estimates it.
    Plan plan = named.plan;
    applyDesignCluster(example(), plan);
    ASSERT_TRUE(checkInferencePlan(plan).empty());
    const InferenceEstimate estimate = estimateInference(plan);
    const ExplainedValues explained = explainInference(plan, estimate);
    const std::vector<BudgetLine> budget = inferenceBudgetLines(plan, estimate);
    auto value = [&](const std::string& key) {
        const auto it =
            std::find_if(explained.begin(), explained.end(), [&](const auto& v) { return v.first == key; });
        EXPECT_NE(it, explained.end()) << key;
        return it == explained.end() ? -1.0 : it->second.value;
    };
    // Three significant digits (one decimal for GiB): within 0.5 %.
    auto near = [](double shown, double expected) { return std::abs(shown - expected) <= 5e-3 * expected; };

    const ReportSection* section = report.section(kInferenceSection);
    ASSERT_NE(section, nullptr);
    const std::vector<ReportFact>& facts = section->facts;
    EXPECT_EQ(factOf(facts, "Tensor parallelism"), "2 over NVLink");
    EXPECT_EQ(factOf(facts, "Precision"), "bf16");
    EXPECT_EQ(factOf(facts, "Sequences in flight per replica"), "16 sequences");
    EXPECT_EQ(factOf(facts, "Prompt tokens"), "1,024");
    EXPECT_EQ(factOf(facts, "Output tokens"), "256");
    EXPECT_TRUE(near(leadingNumber(factOf(facts, "Weights per GPU")), value("memory.weights_gib_per_gpu")));
    EXPECT_TRUE(near(leadingNumber(factOf(facts, "KV cache per GPU")), value("memory.kv_cache_gib_per_gpu")));
    EXPECT_EQ(leadingNumber(factOf(facts, "Largest batch that fits")), value("memory.max_batch"));
    // Latencies in ms below a second, else in s.
    auto seconds = [&](const std::string& text) {
        EXPECT_TRUE(text.ends_with(" ms") || text.ends_with(" s")) << text;
        return leadingNumber(text) / (text.ends_with(" ms") ? 1000 : 1);
    };
    const std::string ttft = factOf(facts, "Time to first token");
    EXPECT_TRUE(near(seconds(ttft), value("ttft_s"))) << ttft;
    const std::string tpot = factOf(facts, "Time per output token");
    EXPECT_TRUE(tpot.ends_with(" ms")) << tpot;
    EXPECT_TRUE(near(seconds(tpot), value("tpot_s"))) << tpot;
    EXPECT_TRUE(
        near(leadingNumber(factOf(facts, "Tokens per second per GPU")), value("tokens_per_s_per_gpu")));
    const std::string cluster = factOf(facts, "Tokens per second, cluster");
    ASSERT_NE(cluster.find("k tokens/s"), std::string::npos) << cluster;
    EXPECT_TRUE(near(leadingNumber(cluster) * 1000, value("tokens_per_s"))) << cluster;

    // The headline: latency and throughput in place of the training figures.
    EXPECT_EQ(factOf(report.headline, "Plan"), "plan-llama2-70b-inference.json");
    EXPECT_EQ(factOf(report.headline, "Time to first token"), ttft);
    EXPECT_EQ(factOf(report.headline, "Time per output token"), tpot);
    EXPECT_EQ(factOf(report.headline, "Throughput"), cluster);
    EXPECT_EQ(factOf(report.headline, "Step time"), "missing Step time");

    // The budget table: inferenceBudgetLines, line by line.
    const auto table = std::find_if(section->tables.begin(), section->tables.end(), [](const ReportTable& t) {
        return t.caption == "Inference budget of the plan";
    });
    ASSERT_NE(table, section->tables.end());
    ASSERT_EQ(table->rows.size(), budget.size());
    ASSERT_EQ(budget.size(), 4u) << "memory, batch, TP decode, TP prefill";
    for (std::size_t i = 0; i < budget.size(); ++i) {
        const auto& row = table->rows[i];
        ASSERT_EQ(row.size(), table->columns.size());
        EXPECT_EQ(row[0].str(), budget[i].label) << "English labels are the budget's";
        EXPECT_TRUE(near(leadingNumber(row[1]), budget[i].demand.value)) << row[0] << ": " << row[1];
        EXPECT_TRUE(near(leadingNumber(row[2]), budget[i].capacity.value)) << row[0] << ": " << row[2];
        EXPECT_NEAR(leadingNumber(row[3]), budget[i].utilisation * 100, 0.05) << row[0] << ": " << row[3];
        EXPECT_EQ(row[4].str(), budgetCostText(budget[i].cost)) << row[0];
        EXPECT_EQ(row[5].str(), budgetStatusId(budget[i].status)) << row[0];
    }

    // The formulas: every explained value of the inference estimate, in order.
    const ReportSection* assumptions = report.section(kAssumptionsSection);
    ASSERT_NE(assumptions, nullptr);
    ASSERT_EQ(assumptions->tables.size(), 2u);
    const ReportTable& formulas = assumptions->tables[1];
    ASSERT_EQ(formulas.rows.size(), explained.size());
    for (std::size_t i = 0; i < explained.size(); ++i) {
        const auto& [key, explanation] = explained[i];
        EXPECT_EQ(formulas.rows[i][0].str(), figureName(key)->label.source);
        const auto [shown, unit] = shownQuantity(key, explanation);
        EXPECT_EQ(formulas.rows[i][1].str(), formatQuantity(shown, unit)) << key;
        EXPECT_EQ(formulas.rows[i][2].str(), explanation.formula) << key;
        EXPECT_EQ(formulas.rows[i][4].str(), explanation.source) << key;
    }

    for (const std::string& text : everyText(report)) {
        std::string lower = text;
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        EXPECT_EQ(lower.find("no estimate"), std::string::npos) << text;
        EXPECT_EQ(lower.find("cluster-studio estimate"), std::string::npos) << text;
    }
}

TEST(ReportContent, AnInferenceScenarioGetsItsInferenceEstimateToo) {
    Design design = example();
    Scenario serving;
    serving.id = design.scenarios().nextId();
    serving.name = "serving";
    serving.plan = nlohmann::json::parse(
        test::readFile(test::kCatalogDir / "examples" / "plan-llama2-70b-inference.json"));
    serving.plan.erase("cluster"); // the design's
    design.apply({Add<Scenario>{serving}});
    const ReportContent report = makeReportContent(design, test::library(), std::nullopt, "serving");
    EXPECT_EQ(report.plan_name, "serving");
    EXPECT_EQ(report.section(kTrainingSection), nullptr);
    const ReportSection* section = report.section(kInferenceSection);
    ASSERT_NE(section, nullptr);
    EXPECT_NE(factOf(section->facts, "Time per output token").find(" ms"), std::string::npos);
    EXPECT_EQ(report.section(kAssumptionsSection)->tables[1].rows.front()[0].str(), "Weights per GPU");
    // Without a scenario named, the report keeps to the first training scenario.
    EXPECT_NE(makeReportContent(design, test::library(), std::nullopt).section(kTrainingSection), nullptr);
}

// Llama 3.1 405B in bf16 on two 8-GPU servers: a replica of two pipeline stages, one a server, and the
// report says so (not "inside a server").
TEST(ReportContent, AReplicaAcrossServersIsReportedAsOne) {
    NamedPlan named = llama70bInference();
    named.plan = readPlan(nlohmann::json{{"scenario", "inference"},
                                         {"model", {{"preset", "llama3-405b"}}},
                                         {"cluster", {{"server", "xe9680"}, {"gpus", 16}}},
                                         {"inference", {{"tp", 8}, {"pp", 2}}}},
                          test::library(), "plan.json");
    Design design = example();
    const ReportContent report = makeReportContent(design, test::library(), named);
    const ReportSection* section = report.section(kInferenceSection);
    ASSERT_NE(section, nullptr);
    EXPECT_EQ(factOf(section->facts, "Pipeline stages"), "2");
    EXPECT_EQ(factOf(section->facts, "Expert parallelism"), "1");
    std::string text;
    for (const ReportText& paragraph : section->paragraphs)
        text += paragraph.str() + "\n";
    EXPECT_NE(text.find("TP 8 x PP 2, bf16"), std::string::npos) << text;
    EXPECT_NE(text.find("across 2 servers (TP 8 x PP 2)"), std::string::npos) << text;
    EXPECT_EQ(text.find("inside a server"), std::string::npos) << text;
}

TEST(ReportContent, AnInferencePlanThatCannotRunSaysWhy) {
    NamedPlan named = llama70bInference();
    named.plan.inference.tp = 3; // does not split the 64 heads
    const ReportContent report = makeReportContent(example(), test::library(), named);
    const ReportSection* section = report.section(kInferenceSection);
    ASSERT_NE(section, nullptr);
    ASSERT_EQ(section->paragraphs.size(), 2u);
    EXPECT_NE(section->paragraphs[1].str().find("inference.tp"), std::string::npos) << section->paragraphs[1];
    EXPECT_NE(factOf(report.headline, "Plan").find("inference.tp"), std::string::npos);
}

// The summary names every budget line that warns or fails (the inference example's KV cache fills more than
// 90% of the usable memory: a warning), with its cost and status; a plan whose lines all pass says so.
TEST(ReportContent, TheSummaryListsEveryBudgetLineThatWarnsOrFails) {
    const NamedPlan named = llama70bInference();
    const ReportContent report = makeReportContent(example(), test::library(), named);
    Plan plan = named.plan;
    applyDesignCluster(example(), plan);
    const std::vector<BudgetLine> budget = inferenceBudgetLines(plan, estimateInference(plan));
    const std::vector<const BudgetLine*> exceeded = exceededBudgetLines(budget);
    ASSERT_FALSE(exceeded.empty());
    const ReportSection* summary = report.section(kSummarySection);
    ASSERT_NE(summary, nullptr);
    const auto table = std::find_if(summary->tables.begin(), summary->tables.end(), [](const ReportTable& t) {
        return t.caption == "Budget lines that warn or fail";
    });
    ASSERT_NE(table, summary->tables.end());
    ASSERT_EQ(table->rows.size(), exceeded.size());
    for (std::size_t i = 0; i < exceeded.size(); ++i) {
        EXPECT_EQ(table->rows[i][0].str(), exceeded[i]->label);
        EXPECT_EQ(table->rows[i][5].str(), budgetStatusId(exceeded[i]->status));
    }

    const ReportContent training = makeReportContent(example(), test::library(), llama70b());
    const ReportSection* passing = training.section(kSummarySection);
    ASSERT_NE(passing, nullptr);
    EXPECT_TRUE(
        std::any_of(passing->paragraphs.begin(), passing->paragraphs.end(), [](const ReportText& text) {
            return text.str().find("Every budget line of the plan passes") != std::string::npos;
        }));
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

namespace cs {
namespace {

// The worst single switch failures, per network, as core's resilience ranking has them.
TEST(ReportContent, ResilienceListsTheWorstSwitchesOfEachNetwork) {
    const Design design = test::generated("dgx-h100", 32);
    const ReportContent report = makeReportContent(design, test::library(), std::nullopt);
    const ReportSection* resilience = report.section(kResilienceSection);
    ASSERT_NE(resilience, nullptr);
    const std::vector<ResilienceEntry> ranking = resilienceRanking(design);
    const std::string worst = design.devices().find(ranking.front().device)->name;
    EXPECT_EQ(test::named(design, worst).role, "leaf");
    // One sentence on what the worst does: no GPU cut off, one rail of eight lost (PXN keeps 7/8).
    ASSERT_EQ(resilience->paragraphs.size(), 2u);
    EXPECT_NE(resilience->paragraphs[1].str().find(worst), std::string::npos)
        << resilience->paragraphs[1].str();
    EXPECT_NE(resilience->paragraphs[1].str().find("12.5 %"), std::string::npos);
    // A table per network with switches, compute first, at most ten rows each, worst first.
    std::set<Network> switched;
    for (const Device& device : design.devices().items()) {
        if (design.typeOf(device).category == DeviceCategory::Switch && device.network != Network::Scaleup)
            switched.insert(*device.network);
    }
    // ... then one table of the cable classes, one cable of each failed.
    ASSERT_EQ(resilience->tables.size(), switched.size() + 1);
    const ReportTable& cables = resilience->tables.back();
    EXPECT_EQ(cables.caption.str(), "One cable of each kind failed");
    EXPECT_TRUE(std::any_of(cables.rows.begin(), cables.rows.end(),
                            [](const auto& row) { return row.front().str() == "compute server-leaf"; }));
    const ReportTable& compute = resilience->tables.front();
    EXPECT_EQ(compute.caption.str(), "GPU compute: worst single switch failures");
    ASSERT_EQ(compute.columns.size(), 5u);
    EXPECT_EQ(compute.columns[0].str(), "Failed switch");
    std::vector<std::string> first;
    for (const ReportText& cell : compute.rows.front())
        first.push_back(cell.str());
    EXPECT_EQ(first, (std::vector<std::string>{worst, "GPU compute", "0", "12.5 %", "0"}));
    for (const ReportTable& table : resilience->tables) {
        if (&table != &cables) {
            EXPECT_LE(table.rows.size(), kResilienceEntriesPerNetwork);
        }
        EXPECT_FALSE(table.rows.empty());
    }
    EXPECT_EQ(compute.rows.size(), kResilienceEntriesPerNetwork); // 8 leaves and the spines: more than ten
}

TEST(ReportContent, ADesignWithoutSwitchesHasNoResilienceSection) {
    Design design = test::smallDesign();
    design.apply({Remove<Link>{1}});
    design.apply({Remove<Link>{2}});
    design.apply({Remove<Device>{3}}); // the only switch
    const ReportContent report = makeReportContent(design, test::library(), std::nullopt);
    EXPECT_EQ(report.section(kResilienceSection), nullptr);
    for (const ReportSection& section : report.sections) {
        for (const ReportText& paragraph : section.paragraphs)
            EXPECT_EQ(paragraph.str().find("switch fail"), std::string::npos) << paragraph.str();
    }
}

} // namespace
} // namespace cs
