#include "analysis/budget_status.h"
#include "analysis/link_load.h"
#include "analysis/plan_analysis.h"
#include "cli_test_support.h"
#include "estimate/cluster_from_design.h"
#include "estimate/training_estimator.h"
#include "io/design_file.h"
#include "model/catalog.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <sys/stat.h>
#include <tuple>

namespace {

using namespace cs::test;

TEST_F(CliTest, HelpAndVersion) {
    const Result help = run({"--help"});
    EXPECT_EQ(help.code, 0);
    EXPECT_NE(help.out.find("info FILE"), std::string::npos);
    EXPECT_NE(help.out.find("export FILE"), std::string::npos);
    const Result version = run({"--version"});
    EXPECT_EQ(version.code, 0);
    EXPECT_EQ(version.out.rfind("cluster-studio ", 0), 0u);
    EXPECT_NE(version.out.find("SQLite 3."), std::string::npos) << version.out;
    EXPECT_NE(version.out.find("nlohmann/json 3."), std::string::npos) << version.out;
}

TEST_F(CliTest, DecidesBetweenStudioAndCommand) {
    EXPECT_FALSE(cs::isCliInvocation({}));
    EXPECT_FALSE(cs::isCliInvocation({"design.csd"}));
    EXPECT_FALSE(cs::isCliInvocation({"some/dir/design.json"}));
    EXPECT_TRUE(cs::isCliInvocation({"info", "x.csd"}));
    EXPECT_TRUE(cs::isCliInvocation({"--version"}));
    EXPECT_TRUE(cs::isCliInvocation({"frobnicate"}));
    const Result unknown = run({"frobnicate"});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_NE(unknown.err.find("unknown command 'frobnicate'"), std::string::npos);
}

TEST_F(CliTest, InfoJsonCountsTheExample) {
    const Result info = run({"info", kExample.string(), "--json"});
    ASSERT_EQ(info.code, 0) << info.err;
    const auto summary = nlohmann::json::parse(info.out);
    EXPECT_EQ(summary["gpus"]["total"], 128);
    EXPECT_EQ(summary["devices"]["by_category"]["gpu_server"], 16);
    EXPECT_EQ(summary["links"]["by_network"]["compute"], 256); // 128 server-leaf + 128 leaf-spine
    for (const char* network : {"compute", "storage", "uplink", "inband", "oob"})
        EXPECT_GT(summary["links"]["by_network"][network], 0) << network;
    EXPECT_GT(summary["racks"], 0);
    EXPECT_GT(summary["power_watts"]["max"].get<double>(), 16 * 10'000.0);
}

TEST_F(CliTest, InfoTextNamesEveryNetwork) {
    const Result info = run({"info", kExample.string()});
    ASSERT_EQ(info.code, 0) << info.err;
    for (const char* label : {"GPU compute", "Storage", "Uplink", "In-band", "Out-of-band", "IT power"})
        EXPECT_NE(info.out.find(label), std::string::npos) << label;
}

TEST_F(CliTest, ExportRoundTripsThroughCsd) {
    const fs::path csd = dir_ / "design.csd";
    const fs::path json = dir_ / "design.json";
    ASSERT_EQ(run({"export", kExample.string(), "-o", csd.string()}).code, 0);
    const Result back = run({"export", csd.string(), "-o", json.string()});
    ASSERT_EQ(back.code, 0) << back.err;
    std::ifstream original(kExample), exported(json);
    std::stringstream a, b;
    a << original.rdbuf();
    b << exported.rdbuf();
    EXPECT_EQ(a.str(), b.str());
}

TEST_F(CliTest, UnusableInputExitsWithTwoAndOneLine) {
    const fs::path broken = dir_ / "broken.json";
    std::ofstream(broken) << "{\"devices\": [";
    const std::vector<std::vector<std::string>> cases = {
        {"info", (dir_ / "missing.csd").string()},
        {"info", broken.string()},
        {"info", (dir_ / "design.txt").string()},
        {"info"},
        {"info", kExample.string(), "--bogus"},
        {"export", kExample.string()},
        {"export", kExample.string(), "-o", (dir_ / "out.svgz").string()},
        {"export", kExample.string(), "-o", (dir_ / "no" / "such" / "dir.csd").string()},
        {"info", kExample.string(), "--catalogs", (dir_ / "nowhere").string()},
    };
    for (const auto& args : cases) {
        const Result result = run(args);
        EXPECT_EQ(result.code, 2) << args.back();
        EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
        EXPECT_TRUE(result.out.empty());
    }
    const Result missing = run({"info", (dir_ / "missing.csd").string()});
    EXPECT_NE(missing.err.find("missing.csd"), std::string::npos) << missing.err;
}

TEST_F(CliTest, UnwritableOutputIsRefusedCleanly) {
    // A path below a regular file cannot be created, not even by root (CI runs as root).
    const fs::path file = dir_ / "plain-file";
    std::ofstream(file) << "x";
    const Result below = run({"export", kExample.string(), "-o", (file / "out.csd").string()});
    EXPECT_EQ(below.code, 2);
    EXPECT_NE(below.err.find("cannot write"), std::string::npos) << below.err;
    const Result json = run({"export", kExample.string(), "-o", (file / "out.json").string()});
    EXPECT_EQ(json.code, 2);
    EXPECT_NE(json.err.find("out.json"), std::string::npos) << json.err;
    fs::create_directories(dir_ / "taken.csd");
    const Result directory = run({"export", kExample.string(), "-o", (dir_ / "taken.csd").string()});
    EXPECT_EQ(directory.code, 2);
    EXPECT_NE(directory.err.find("is a directory"), std::string::npos) << directory.err;
    EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 2); // no temporary left
}

TEST_F(CliTest, FailedExportKeepsTheOldFile) {
    const fs::path target = dir_ / "keep.json";
    std::ofstream(target) << "precious";
    const fs::path broken = dir_ / "broken.json";
    std::ofstream(broken) << "{";
    EXPECT_EQ(run({"export", broken.string(), "-o", target.string()}).code, 2);
    std::ifstream in(target);
    std::string content;
    std::getline(in, content);
    EXPECT_EQ(content, "precious");
    EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 2);
}

} // namespace

namespace {

const fs::path kPlan = kCatalogs / "examples" / "plan-gpt3-175b.json";

TEST_F(CliTest, EstimateJsonHasTheDesignKeys) {
    const Result estimate = run({"estimate", kPlan.string(), "--json"});
    ASSERT_EQ(estimate.code, 0) << estimate.err;
    const auto out = nlohmann::json::parse(estimate.out);
    EXPECT_GT(out["step_time_s"].get<double>(), 0);
    EXPECT_GT(out["breakdown"]["compute_s"].get<double>(), 0);
    // 14 bytes per parameter (bf16 weights, fp32 master weights, m and v) of 174.6B: 2.44 TB.
    EXPECT_NEAR(out["storage"]["checkpoint_bytes"].get<double>(), 14 * 174.6e9, 0.01e12);
    EXPECT_TRUE(out["explain"].contains("mfu"));
}

TEST_F(CliTest, EstimateJsonHasTheStudiosBudgetLines) {
    const fs::path plan = kCatalogs / "examples" / "plan-llama2-70b-128gpu.json";
    const Result estimate = run({"estimate", plan.string(), "--design", kExample.string(), "--json"});
    ASSERT_EQ(estimate.code, 0) << estimate.err;
    const auto out = nlohmann::json::parse(estimate.out);
    const cs::Catalog catalog = cs::Catalog::loadDirectory(kCatalogs);
    cs::Plan core = cs::readPlanFile(plan.string(), catalog);
    cs::applyDesignCluster(cs::readDesign(kExample.string(), catalog), core);
    const std::vector<cs::BudgetLine> lines = cs::budgetLines(core, cs::estimateTraining(core));
    ASSERT_EQ(out["budget"].size(), lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        EXPECT_EQ(out["budget"][i]["id"], lines[i].id);
        EXPECT_DOUBLE_EQ(out["budget"][i]["demand"]["value"].get<double>(), lines[i].demand.value)
            << lines[i].id;
        EXPECT_DOUBLE_EQ(out["budget"][i]["capacity"]["value"].get<double>(), lines[i].capacity.value)
            << lines[i].id;
    }
}

TEST_F(CliTest, EstimateJsonWithADesignHasTheHeatOverlaysLoads) {
    const fs::path plan = kCatalogs / "examples" / "plan-llama2-70b-128gpu.json";
    const Result estimate = run({"estimate", plan.string(), "--design", kExample.string(), "--json"});
    ASSERT_EQ(estimate.code, 0) << estimate.err;
    const auto load = nlohmann::json::parse(estimate.out)["link_load"];
    const cs::Catalog catalog = cs::Catalog::loadDirectory(kCatalogs);
    const cs::Design design = cs::readDesign(kExample.string(), catalog);
    cs::Plan core = cs::readPlanFile(plan.string(), catalog);
    cs::applyDesignCluster(design, core);
    const cs::LinkLoads loads = cs::linkLoads(design, core, cs::estimateTraining(core));
    double busiest = 0;
    for (const cs::LinkLoad& link : loads.links)
        busiest = std::max(busiest, link.load);
    EXPECT_DOUBLE_EQ(load["busiest_links"][0]["utilisation"].get<double>(), busiest);
    int counted = 0;
    for (const auto& [network, bands] : load["links_per_band"].items())
        for (int n : bands)
            counted += n;
    EXPECT_EQ(counted, static_cast<int>(design.links().size())) << "every link in one band";
    EXPECT_FALSE(load["busiest_switches"].empty());
}

TEST_F(CliTest, CompareLinesUpTheDesignsScenarios) {
    nlohmann::json design = nlohmann::json::parse(std::ifstream(kExample));
    nlohmann::json variant = design["scenarios"][0];
    variant["id"] = 100;
    variant["name"] = "200G NICs";
    variant["variant"] = {{"nic_gbps", 200}};
    design["scenarios"].push_back(variant);
    const fs::path two = dir_ / "two.json";
    std::ofstream(two) << design.dump();

    const Result text = run({"compare", two.string()});
    ASSERT_EQ(text.code, 0) << text.err;
    EXPECT_NE(text.out.find("200G NICs"), std::string::npos);
    EXPECT_NE(text.out.find("200 Gb/s (-50.0%)"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("days"), std::string::npos) << "time to train in days";

    const Result json = run({"compare", two.string(), "200G NICs", design["scenarios"][0]["name"], "--json"});
    ASSERT_EQ(json.code, 0) << json.err;
    const auto out = nlohmann::json::parse(json.out);
    EXPECT_EQ(out["scenarios"][0]["name"], "200G NICs");
    for (const auto& row : out["rows"])
        if (row["key"] == "cluster.nic_gbps") {
            EXPECT_EQ(row["cells"][0]["value"], 200.0);
            EXPECT_TRUE(row["cells"][1]["differs"].get<bool>());
        }

    const Result unknown = run({"compare", two.string(), "200G NICs", "nope"});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_NE(unknown.err.find("no scenario named 'nope'"), std::string::npos) << unknown.err;
    const Result single = run({"compare", kExample.string()});
    EXPECT_EQ(single.code, 2);
    EXPECT_NE(single.err.find("compare takes 2 to 4"), std::string::npos) << single.err;
}

// `estimate --json` is the one pipeline's output: for every example plan, alone and on each example design,
// the CLI prints planAnalysisToJson(analyzePlan(...)) and exits as the analysis says.
TEST_F(CliTest, EstimateJsonIsThePlanAnalysis) {
    const cs::Catalog catalog = cs::Catalog::loadDirectory(kCatalogs);
    int compared = 0;
    for (const auto& entry : fs::directory_iterator(kCatalogs / "examples")) {
        if (!entry.path().filename().string().starts_with("plan-"))
            continue;
        const cs::Plan plan = cs::readPlanFile(entry.path().string(), catalog);
        for (const char* name :
             {"", "training-128gpu.json", "finetune-l40s-4server.json", "edge-site.json"}) {
            std::vector<std::string> args = {"estimate", entry.path().string(), "--json"};
            std::optional<cs::Design> design;
            if (*name) {
                const fs::path file = kCatalogs / "examples" / name;
                args.insert(args.end(), {"--design", file.string()});
                design = cs::readDesign(file.string(), catalog);
            }
            const Result result = run(args);
            const cs::PlanAnalysis analysis = cs::analyzePlan(catalog, plan, design ? &*design : nullptr,
                                                              {.explained = true,
                                                               .budget = true,
                                                               .design_power = true,
                                                               .suitability = true,
                                                               .link_loads = true});
            EXPECT_EQ(nlohmann::json::parse(result.out),
                      cs::planAnalysisToJson(analysis, design ? &*design : nullptr, 10))
                << entry.path().filename() << " " << name;
            EXPECT_EQ(result.code, analysis.fits() ? 0 : 1) << entry.path().filename() << " " << name;
            ++compared;
        }
    }
    EXPECT_GE(compared, 12);
}

TEST_F(CliTest, EstimateOnTheExampleDesignUsesItsCluster) {
    const Result estimate =
        run({"estimate", (kCatalogs / "examples" / "plan-llama2-70b-128gpu.json").string(), "--design",
             kExample.string()});
    ASSERT_EQ(estimate.code, 0) << estimate.err;
    EXPECT_NE(estimate.out.find("128 x"), std::string::npos) << estimate.out;
    EXPECT_NE(estimate.out.find("storage nodes of the design"), std::string::npos) << estimate.out;
}

TEST_F(CliTest, EstimateRefusesImpossibleAndMalformedPlans) {
    const fs::path impossible = dir_ / "impossible.json";
    std::ofstream(impossible) << R"({"model": {"preset": "gpt3-175b"}, "cluster": {"gpus": 64},
        "parallelism": {"tp": 8, "pp": 5, "dp": 2}})";
    const Result bad = run({"estimate", impossible.string()});
    EXPECT_EQ(bad.code, 1);
    EXPECT_NE(bad.out.find("parallelism.dp"), std::string::npos) << bad.out;
    const fs::path malformed = dir_ / "malformed.json";
    std::ofstream(malformed) << R"({"model": {"preset": "gpt3-175b"}, "parallelism": {"tensor": 8}})";
    const Result unusable = run({"estimate", malformed.string()});
    EXPECT_EQ(unusable.code, 2);
    EXPECT_NE(unusable.err.find("parallelism.tensor"), std::string::npos) << unusable.err;
}

// The goodput, wall-clock time and hot spares come with the time to train, in text and JSON; bad fabric and
// failure inputs exit 2 naming the field.
TEST_F(CliTest, EstimateShowsGoodputAndRefusesBadFailureInputs) {
    const Result text = run({"estimate", kPlan.string()});
    ASSERT_EQ(text.code, 0) << text.err;
    EXPECT_NE(text.out.find("with failures"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("hot spares"), std::string::npos) << text.out;
    const Result json = run({"estimate", kPlan.string(), "--json"});
    ASSERT_EQ(json.code, 0) << json.err;
    const auto out = nlohmann::json::parse(json.out);
    const double goodput = out["goodput"]["goodput"].get<double>();
    EXPECT_GT(goodput, 0.5);
    EXPECT_LT(goodput, 1);
    EXPECT_NEAR(out["goodput"]["wall_clock_s"].get<double>(), out["time_to_train_s"].get<double>() / goodput,
                1e-6 * out["time_to_train_s"].get<double>());
    EXPECT_GE(out["goodput"]["spares_total"].get<double>(),
              out["goodput"]["spares_per_scalable_unit"].get<double>());
    EXPECT_TRUE(out["explain"].contains("goodput.spares_per_scalable_unit"));
    for (const auto& [bad, field] : std::vector<std::pair<std::string, std::string>>{
             {R"("training": {"repair_hours": 0})", "training.repair_hours"},
             {R"("parallelism": {"in_network_reduction": "yes"})", "parallelism.in_network_reduction"},
             {R"("cluster": {"routing": "spray"})", "cluster.routing"}}) {
        const fs::path plan = dir_ / "bad.json";
        std::ofstream(plan) << R"({"model": {"preset": "gpt3-175b"}, )" << bad << "}";
        const Result refused = run({"estimate", plan.string()});
        EXPECT_EQ(refused.code, 2) << bad;
        EXPECT_NE(refused.err.find(field), std::string::npos) << refused.err;
    }
}

// A budget line that fails (here the model does not fit: GPU memory cannot run) makes `estimate` exit 1 and
// name the line on stderr; the text lists every line with its cost and status, the JSON each line's cost.
TEST_F(CliTest, EstimateExitsOneNamingAFailingBudgetLine) {
    const fs::path plan = dir_ / "too-big.json";
    std::ofstream(plan) << R"({"model": {"preset": "llama2-70b"},
        "parallelism": {"tp": 8, "pp": 4, "dp": 4, "micro_batch": 16, "global_batch": 512}})";
    const Result failing = run({"estimate", plan.string(), "--design", kExample.string()});
    EXPECT_EQ(failing.code, 1);
    EXPECT_NE(failing.err.find("budget fails: GPU memory"), std::string::npos) << failing.err;
    EXPECT_NE(failing.err.find("cannot run"), std::string::npos) << failing.err;
    EXPECT_NE(failing.out.find("Budget (status from what the shortfall costs"), std::string::npos)
        << failing.out;

    const Result passing = run({"estimate", (kCatalogs / "examples" / "plan-llama2-70b-128gpu.json").string(),
                                "--design", kExample.string(), "--json"});
    ASSERT_EQ(passing.code, 0) << passing.err;
    EXPECT_TRUE(passing.err.empty()) << passing.err;
    const auto budget = nlohmann::json::parse(passing.out)["budget"];
    for (const auto& line : budget) {
        EXPECT_EQ(line["status"], "pass") << line["id"];
        EXPECT_TRUE(line["cost"].contains("seconds_per_step")) << line["id"];
    }
    // The fabric needed to hide the DP reduction exceeds the NIC, but only a few hundredths of a second of
    // the step are exposed.
    const auto overlap = std::find_if(budget.begin(), budget.end(), [](const auto& line) {
        return line["id"] == "compute_fabric_overlap";
    });
    ASSERT_NE(overlap, budget.end());
    EXPECT_GT((*overlap)["utilisation"].get<double>(), 1);
    EXPECT_LT((*overlap)["cost"]["step_fraction"].get<double>(), cs::kBudgetWarnStepFraction);
}

TEST_F(CliTest, EstimateSweepListsTheBestPlans) {
    const Result sweep = run({"estimate", kPlan.string(), "--sweep", "--top", "3", "--json"});
    ASSERT_EQ(sweep.code, 0) << sweep.err;
    const auto out = nlohmann::json::parse(sweep.out);
    EXPECT_EQ(out["best"].size(), 3u);
    EXPECT_GT(out["plans_evaluated"].get<int>(), 100);
}

// Input a user can write (or receive by e-mail) that once crashed a command or ended in "internal error":
// each now exits 2 with one line naming the file and the field.
TEST_F(CliTest, HostileInputExitsWithTwoNamingTheFileAndField) {
    const auto write = [&](const char* name, const std::string& content) {
        std::ofstream(dir_ / name) << content;
        return (dir_ / name).string();
    };
    std::string example_text;
    {
        std::ifstream in(kExample);
        example_text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    std::string huge_number = example_text;
    huge_number.replace(huge_number.find("\"x\": "), 5, "\"x\": 1e400, \"unused\": ");
    std::string deep;
    for (int level = 0; level < 70'000; ++level)
        deep += "{\"a\":";
    deep += "1" + std::string(70'000, '}');
    std::string deep_design = example_text;
    deep_design.replace(deep_design.find("\"scenarios\": ["), 14, "\"scenarios\": [" + deep + ",");
    const std::string fifo = (dir_ / "fifo.json").string();
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    fs::create_directories(dir_ / "folder.json");

    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"estimate", write("fpe.json", R"({"model": {"preset": "llama2-70b"},
            "parallelism": {"dp": 65536, "micro_batch": 65536}})")},
         "fpe.json: parallelism.micro_batch: micro_batch x dp = 4294967296 sequences per step"},
        {{"estimate", write("overflow.json", R"({"model": {"preset": "llama2-70b"},
            "parallelism": {"tp": 1024, "pp": 4096, "dp": 1000000}})")},
         "overflow.json: parallelism.pp: tp x cp x pp = 4194304 GPUs per replica"},
        {{"estimate", write("number.json", R"({"model": {"preset": "llama2-70b"},
            "parallelism": {"global_batch": 1e400}})")},
         "number.json: parallelism.global_batch: number 1e400 is out of range"},
        {{"estimate", write("heads.json", R"({"model": {"layers": 2, "hidden": 64, "heads": 128, "vocab": 100,
            "seq_len": 128}, "training": {"tokens": 1e9}})")},
         "heads.json: model.heads: 128 heads do not divide hidden = 64"},
        {{"estimate", kPlan.string(), "--sweep", "--top", "-1"}, "--top: expected a whole number from 1"},
        {{"info", write("number-design.json", huge_number)},
         "number-design.json: devices[0].x: number 1e400"},
        {{"export", write("deep.json", deep_design), "-o", (dir_ / "deep.csd").string()},
         "deep.json: scenarios[0]"},
        {{"info", fifo}, "fifo.json: cannot open: a pipe, not a file"},
        {{"info", (dir_ / "folder.json").string()}, "folder.json: cannot open: a directory, not a file"},
    };
    for (const auto& [args, expected] : cases) {
        const Result result = run(args);
        EXPECT_EQ(result.code, 2) << args[1];
        EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
        EXPECT_NE(result.err.find(expected), std::string::npos) << result.err;
        EXPECT_EQ(result.err.find("internal error"), std::string::npos) << result.err;
    }
    EXPECT_FALSE(fs::exists(dir_ / "deep.csd"));
}

} // namespace

namespace {

TEST_F(CliTest, GenerateThenInfoCountsSwitchesPerTier) {
    const fs::path csd = dir_ / "cluster.csd";
    const Result generate =
        run({"generate", "--servers", "128", "--server", "dgx-h100", "--fabric", "ndr", "-o", csd.string()});
    ASSERT_EQ(generate.code, 0) << generate.err;
    EXPECT_NE(generate.out.find("1024 GPUs"), std::string::npos) << generate.out;
    const Result info = run({"info", csd.string(), "--json"});
    ASSERT_EQ(info.code, 0) << info.err;
    const auto summary = nlohmann::json::parse(info.out);
    EXPECT_EQ(summary["gpus"]["total"], 1024);
    EXPECT_EQ(summary["switches"]["compute"]["leaf"], 32); // SuperPOD RA 4 SU: 32 leaves, 16 spines
    EXPECT_EQ(summary["switches"]["compute"]["spine"], 16);
    EXPECT_EQ(summary["switches"]["compute"]["core"], 0);
    for (const char* network : {"storage", "inband", "oob", "uplink"})
        EXPECT_GT(summary["switches"][network], 0) << network;
}

TEST_F(CliTest, ResilienceRanksSwitchesAndCostsAFailureSet) {
    const fs::path csd = dir_ / "su.csd";
    ASSERT_EQ(run({"generate", "--servers", "32", "--server", "dgx-h100", "-o", csd.string()}).code, 0);
    const Result ranking = run({"resilience", csd.string(), "--top", "3", "--json"});
    ASSERT_EQ(ranking.code, 0) << ranking.err;
    const auto ranked = nlohmann::json::parse(ranking.out);
    ASSERT_EQ(ranked["ranking"].size(), 3u);
    EXPECT_GT(ranked["switches"], 3);
    const auto& worst = ranked["ranking"][0];
    for (const char* key :
         {"device", "gpus_cut_off", "compute_bandwidth_lost_fraction", "servers_losing_storage"})
        EXPECT_TRUE(worst.contains(key)) << key;
    EXPECT_DOUBLE_EQ(worst["compute_bandwidth_lost_fraction"].get<double>(), 1.0 / 8); // one rail of eight

    const Result failed =
        run({"resilience", csd.string(), "--fail", worst["device"].get<std::string>(), "--json"});
    ASSERT_EQ(failed.code, 0) << failed.err;
    const auto impact = nlohmann::json::parse(failed.out);
    for (const char* key :
         {"networks", "servers", "servers_losing_storage", "compute_bandwidth_lost_fraction"})
        EXPECT_TRUE(impact.contains(key)) << key;
    EXPECT_EQ(impact["servers"].size(), 32u);
    EXPECT_DOUBLE_EQ(impact["servers"][0]["compute_bandwidth_fraction"].get<double>(), 7.0 / 8);

    const Result text = run({"resilience", csd.string()});
    ASSERT_EQ(text.code, 0) << text.err;
    EXPECT_NE(text.out.find("compute bandwidth lost"), std::string::npos) << text.out;

    const Result unknown = run({"resilience", csd.string(), "--fail", "compute-leaf-01,no-such-switch"});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_NE(unknown.err.find("no-such-switch"), std::string::npos) << unknown.err;
    EXPECT_TRUE(unknown.out.empty());
    EXPECT_EQ(run({"resilience", csd.string(), "--top", "0"}).code, 2);
    EXPECT_EQ(run({"resilience", (dir_ / "missing.csd").string()}).code, 2);
}

// The generated design carries a training scenario that runs on it: `estimate` of its plan on the design
// exits 0.
TEST_F(CliTest, GenerateAddsATrainingScenarioThatRuns) {
    const fs::path json = dir_ / "cluster.json";
    const Result generate = run({"generate", "--servers", "16", "--server", "xe9680", "-o", json.string()});
    ASSERT_EQ(generate.code, 0) << generate.err;
    EXPECT_NE(generate.out.find("scenario \"Training\": "), std::string::npos) << generate.out;
    const auto design = nlohmann::json::parse(std::ifstream(json));
    ASSERT_EQ(design["scenarios"].size(), 1u);
    const fs::path plan = dir_ / "plan.json";
    std::ofstream(plan) << design["scenarios"][0]["plan"].dump();
    const Result estimate = run({"estimate", plan.string(), "--design", json.string()});
    EXPECT_EQ(estimate.code, 0) << estimate.out << estimate.err;
    const int gpus = 128, batch = design["scenarios"][0]["plan"]["parallelism"]["global_batch"];
    EXPECT_EQ(batch % gpus, 0);
}

// The generated design's training plan on the fabric after a failure: a spine down runs slower, a server
// the plan needs down cannot run (exit 1), bad names and --fail without --design are bad input (exit 2); and
// the ranking with the plan gives each switch's step-time increase.
TEST_F(CliTest, EstimateOnADegradedFabricAndResilienceWithAPlan) {
    const fs::path json = dir_ / "cluster.json";
    ASSERT_EQ(run({"generate", "--servers", "16", "--server", "xe9680", "-o", json.string()}).code, 0);
    const auto design = nlohmann::json::parse(std::ifstream(json));
    const fs::path plan = dir_ / "plan.json";
    std::ofstream(plan) << design["scenarios"][0]["plan"].dump();

    const Result spine =
        run({"estimate", plan.string(), "--design", json.string(), "--fail", "compute-spine-01", "--json"});
    EXPECT_EQ(spine.code, 0) << spine.err;
    const auto spineJson = nlohmann::json::parse(spine.out);
    ASSERT_TRUE(spineJson.contains("failures")) << spine.out;
    for (const char* key : {"networks", "servers", "can_run", "step_time_s", "intact_step_time_s",
                            "step_time_increase_fraction", "worst_leaf_oversubscription", "dead_links"})
        EXPECT_TRUE(spineJson["failures"].contains(key)) << key;
    EXPECT_TRUE(spineJson["failures"]["can_run"].get<bool>());
    EXPECT_GE(spineJson["failures"]["step_time_increase_fraction"].get<double>(), 0);
    const auto& compute = spineJson["failures"]["networks"][0];
    EXPECT_EQ(compute["network"], "compute");
    EXPECT_LT(compute["bisection_gbps"].get<double>(), compute["intact_bisection_gbps"].get<double>());

    const Result text =
        run({"estimate", plan.string(), "--design", json.string(), "--fail", "compute-spine-01"});
    EXPECT_NE(text.out.find("Step time on the degraded fabric"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("bisection"), std::string::npos) << text.out;

    const Result server = run({"estimate", plan.string(), "--design", json.string(), "--fail", "gpu-01"});
    EXPECT_EQ(server.code, 1) << server.err;
    EXPECT_NE(server.out.find("cannot run"), std::string::npos) << server.out;
    EXPECT_NE(server.out.find("failures: the plan needs 128 GPUs and 120 remain"), std::string::npos)
        << server.out;
    const auto serverJson = nlohmann::json::parse(
        run({"estimate", plan.string(), "--design", json.string(), "--fail", "gpu-01", "--json"}).out);
    EXPECT_FALSE(serverJson["failures"]["can_run"].get<bool>());
    EXPECT_EQ(serverJson["plan_errors"][0]["field"], "failures");

    const Result unknown = run({"estimate", plan.string(), "--design", json.string(), "--fail", "nope"});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_NE(unknown.err.find("nope"), std::string::npos) << unknown.err;
    const Result noDesign = run({"estimate", plan.string(), "--fail", "gpu-01"});
    EXPECT_EQ(noDesign.code, 2);
    EXPECT_NE(noDesign.err.find("--design"), std::string::npos) << noDesign.err;

    const Result ranking =
        run({"resilience", json.string(), "--plan", plan.string(), "--top", "200", "--json"});
    ASSERT_EQ(ranking.code, 0) << ranking.err;
    const auto ranked = nlohmann::json::parse(ranking.out);
    EXPECT_GT(ranked["intact_step_time_s"].get<double>(), 0);
    EXPECT_GT(ranked["link_classes"].get<int>(), 0);
    const auto& first = ranked["ranking"][0];
    EXPECT_TRUE(first.contains("can_run"));
    bool sawLinkClass = false;
    for (const auto& entry : ranked["ranking"]) {
        sawLinkClass |= entry.contains("link_class");
        if (entry["can_run"].get<bool>()) {
            EXPECT_TRUE(entry.contains("step_time_increase_fraction")) << entry.dump();
        }
    }
    EXPECT_TRUE(sawLinkClass);
    const Result rankingText = run({"resilience", json.string(), "--plan", plan.string()});
    EXPECT_NE(rankingText.out.find("intact step time"), std::string::npos) << rankingText.out;
}

// A rack-scale system by GPU count, and a twin-plane fabric: info reports the scale-up domain, the switches
// per plane and the compute bandwidth per GPU.
TEST_F(CliTest, GenerateRackScaleAndMultiPlaneThenInfo) {
    const fs::path nvl = dir_ / "nvl72.json";
    const Result generate =
        run({"generate", "--gpus", "256", "--server", "gb200-nvl72", "--fabric", "ndr", "-o", nvl.string()});
    ASSERT_EQ(generate.code, 0) << generate.err;
    EXPECT_NE(generate.out.find("256 GPUs"), std::string::npos) << generate.out;
    const auto racks = nlohmann::json::parse(run({"info", nvl.string(), "--json"}).out);
    EXPECT_EQ(racks["scaleup"]["domain_gpus"], 72);
    EXPECT_EQ(racks["scaleup"]["domains"], 4);
    EXPECT_GT(racks["switches"]["scaleup"], 0);
    EXPECT_EQ(racks["compute_gbps_per_gpu"], 400);
    EXPECT_FALSE(racks["switches"]["compute"].contains("planes"));
    EXPECT_EQ(run({"validate", nvl.string()}).code, 0);

    const fs::path planes = dir_ / "b300.csd";
    ASSERT_EQ(run({"generate", "--servers", "64", "--server", "dgx-b300", "--fabric", "spectrum-x",
                   "--topology", "multi-plane", "--planes", "2", "-o", planes.string()})
                  .code,
              0);
    const Result info = run({"info", planes.string(), "--json"});
    ASSERT_EQ(info.code, 0) << info.err;
    const auto summary = nlohmann::json::parse(info.out);
    ASSERT_EQ(summary["switches"]["compute"]["planes"].size(), 2u);
    EXPECT_EQ(summary["switches"]["compute"]["planes"][1]["plane"], 2);
    EXPECT_EQ(summary["switches"]["compute"]["planes"][1]["leaf"], 8);
    EXPECT_EQ(summary["switches"]["compute"]["planes"][1]["spine"], 4);
    EXPECT_EQ(summary["compute_gbps_per_gpu"], 800);
    EXPECT_EQ(summary["scaleup"]["domain_gpus"], 8);
    const Result text = run({"info", planes.string()});
    EXPECT_NE(text.out.find("plane 2"), std::string::npos) << text.out;
}

TEST_F(CliTest, ValidateAGeneratedDesignFindsNoErrors) {
    const fs::path json = dir_ / "cluster.json";
    ASSERT_EQ(
        run({"generate", "--servers", "16", "--server", "xe9680", "--rack-kw", "40", "-o", json.string()})
            .code,
        0);
    const Result text = run({"validate", json.string()});
    EXPECT_EQ(text.code, 0) << text.out << text.err;
    EXPECT_NE(text.out.find("0 error(s), 0 warning(s)"), std::string::npos) << text.out;
    const Result report = run({"validate", json.string(), "--json"});
    ASSERT_EQ(report.code, 0) << report.err;
    const auto diagnostics = nlohmann::json::parse(report.out);
    EXPECT_EQ(diagnostics["errors"], 0);
    EXPECT_EQ(diagnostics["diagnostics"][0]["code"], "compute-fabric");
}

TEST_F(CliTest, ValidateExitsOneOnErrors) {
    const fs::path json = dir_ / "cluster.json";
    ASSERT_EQ(run({"generate", "--servers", "2", "--server", "xe9680", "-o", json.string()}).code, 0);
    auto design = nlohmann::json::parse(std::ifstream(json));
    for (auto& rack : design["racks"])
        rack["max_kw"] = 5; // every rack over its power
    std::ofstream(json) << design.dump();
    const Result report = run({"validate", json.string(), "--json"});
    EXPECT_EQ(report.code, 1) << report.err;
    const auto diagnostics = nlohmann::json::parse(report.out);
    EXPECT_GT(diagnostics["errors"], 0);
    EXPECT_EQ(diagnostics["diagnostics"][0]["code"], "rack-power-exceeded");
    const Result text = run({"validate", json.string()});
    EXPECT_EQ(text.code, 1);
    EXPECT_NE(text.out.find("hint: "), std::string::npos);
}

TEST_F(CliTest, GenerateAndValidateRefuseUnusableInput) {
    const std::string out = (dir_ / "x.csd").string();
    const auto refuses = [](const Result& r, const std::string& message) {
        EXPECT_EQ(r.code, 2);
        EXPECT_NE(r.err.find(message), std::string::npos) << r.err;
    };
    refuses(run({"generate", "--servers", "0", "--server", "xe9680", "-o", out}),
            "--servers must be at least 1");
    refuses(run({"generate", "--servers", "ten", "--server", "xe9680", "-o", out}),
            "--servers needs a whole number");
    refuses(run({"generate", "--servers", "4", "--server", "nope", "-o", out}), "unknown server 'nope'");
    refuses(run({"generate", "--servers", "4", "--server", "xr7620", "-o", out}), "has no compute ports");
    refuses(run({"generate", "--servers", "4", "--server", "xe9680", "--fabric", "qdr", "-o", out}),
            "--fabric must be xdr, ndr, hdr, spectrum-x, roce400 or roce200");
    refuses(run({"generate", "--servers", "4", "--server", "xe9680", "--topology", "torus", "-o", out}),
            "--topology must be fat-tree, rail-only or multi-plane");
    refuses(run({"generate", "--server", "xe9680", "-o", out}), "generate needs --servers or --gpus");
    refuses(run({"generate", "--servers", "99999999", "--server", "xe9680", "-o", out}),
            "exceed a three-level fat tree");
    refuses(run({"generate", "--servers", "4", "--server", "xe9680", "-o", (dir_ / "x.txt").string()}),
            ".txt");
    refuses(run({"generate", "--servers", "4", "-o", out}), "generate needs --server");
    EXPECT_FALSE(fs::exists(out));
    refuses(run({"validate", (dir_ / "missing.csd").string()}), "missing.csd");
}

} // namespace

namespace {

TEST_F(CliTest, EstimateInferencePrintsTheInferenceReport) {
    const fs::path plan = dir_ / "inference.json";
    std::ofstream(plan) << R"({"scenario": "inference", "model": {"preset": "llama2-70b"},
        "cluster": {"server": "xe9680"}, "inference": {"batch": 16, "prompt_tokens": 1024, "output_tokens": 256}})";
    const Result text = run({"estimate", plan.string()});
    ASSERT_EQ(text.code, 0) << text.err << text.out;
    EXPECT_NE(text.out.find("Time to first token"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("tokens/s per server"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("Suitability"), std::string::npos) << text.out;
    const Result json = run({"estimate", plan.string(), "--json"});
    ASSERT_EQ(json.code, 0) << json.err;
    const auto out = nlohmann::json::parse(json.out);
    EXPECT_EQ(out["scenario"], "inference");
    EXPECT_EQ(out["tp"], 2);
    EXPECT_GT(out["memory"]["kv_cache_gib_per_gpu"].get<double>(), 0);
    EXPECT_GT(out["ttft_s"].get<double>(), 0);
    EXPECT_GT(out["tpot_s"].get<double>(), 0);
    EXPECT_GT(out["tokens_per_s_per_server"].get<double>(), 0);
    EXPECT_TRUE(out["explain"].contains("decode.memory_s"));
    ASSERT_EQ(out["suitability"].size(), 1u);
    EXPECT_EQ(out["suitability"][0]["column"], "xe9680");
}

TEST_F(CliTest, EstimateInferenceRefusesWhatCannotRun) {
    const fs::path fp8 = dir_ / "fp8.json";
    std::ofstream(fp8) << R"({"scenario": "inference", "model": {"preset": "llama2-7b"},
        "cluster": {"gpu": "a100-sxm4-80gb"}, "inference": {"precision": "fp8"}})";
    const Result refused = run({"estimate", fp8.string()});
    EXPECT_EQ(refused.code, 1);
    EXPECT_NE(refused.out.find("inference.precision"), std::string::npos) << refused.out;
    const fs::path huge = dir_ / "huge.json";
    std::ofstream(huge) << R"({"scenario": "inference", "model": {"preset": "llama3-405b"},
        "cluster": {"server": "r7625"}})";
    const Result too_big = run({"estimate", huge.string()});
    EXPECT_EQ(too_big.code, 1);
    // Two MI300X per server: the fewest GPUs that hold the model, and the field to raise.
    EXPECT_NE(too_big.out.find("cluster.gpus"), std::string::npos) << too_big.out;
    EXPECT_NE(too_big.out.find("needs 32 GPUs"), std::string::npos) << too_big.out;
    const fs::path fast = dir_ / "fast.json";
    std::ofstream(fast) << R"({"scenario": "inference", "model": {"preset": "llama2-70b"},
        "cluster": {"server": "xe9680"}, "inference": {"slo": {"tpot_s": 0.0001}}})";
    const Result unmet = run({"estimate", fast.string()});
    EXPECT_EQ(unmet.code, 1);
    EXPECT_NE(unmet.out.find("inference.slo"), std::string::npos) << unmet.out;
}

TEST_F(CliTest, EstimateInferenceSizesTheServiceForALoad) {
    const fs::path plan = dir_ / "load.json";
    std::ofstream(plan) << R"({"scenario": "inference", "model": {"preset": "llama2-70b"},
        "cluster": {"server": "xe9680"}, "inference": {"precision": "fp8", "prompt_tokens": 300,
        "output_tokens": 294, "slo": {"ttft_s": 2, "tpot_s": 0.05}, "load": {"requests_per_s": 100}}})";
    const Result json = run({"estimate", plan.string(), "--json"});
    ASSERT_EQ(json.code, 0) << json.err << json.out;
    const auto out = nlohmann::json::parse(json.out);
    EXPECT_LE(out["tpot_s"].get<double>(), 0.05);
    EXPECT_LE(out["ttft_s"].get<double>(), 2);
    EXPECT_GE(out["concurrency"].get<double>(), 1);
    EXPECT_GE(out["load"]["servers_needed"].get<double>(), 1);
    EXPECT_DOUBLE_EQ(out["load"]["gpus_needed"].get<double>(),
                     out["load"]["replicas_needed"].get<double>() * out["gpus_per_replica"].get<double>());
    EXPECT_DOUBLE_EQ(out["gpus_per_replica"].get<double>(),
                     std::max(out["tp"].get<double>(), out["ep"].get<double>()) * out["pp"].get<double>());
    const Result text = run({"estimate", plan.string()});
    EXPECT_NE(text.out.find("For the load"), std::string::npos) << text.out;
}

TEST_F(CliTest, EstimateServesBeyondOneServerAndRefusesBadServingKeys) {
    const auto write = [&](const std::string& name, const std::string& model, int gpus,
                           const std::string& inference) {
        const fs::path plan = dir_ / name;
        std::ofstream(plan) << R"({"scenario": "inference", "model": {"preset": ")" << model
                            << R"("}, "cluster": {"server": "xe9680", "gpus": )" << gpus
                            << R"(}, "inference": )" << inference << "}";
        return plan.string();
    };
    // Llama 3.1 405B in bf16: one server of H100 is not enough, and the message says what is.
    const Result one = run({"estimate", write("one.json", "llama3-405b", 8, "{}")});
    EXPECT_EQ(one.code, 1);
    EXPECT_NE(one.out.find("cluster.gpus: a replica of TP 8 x PP 2 needs 16 GPUs"), std::string::npos)
        << one.out;
    const Result two = run({"estimate", write("two.json", "llama3-405b", 16, "{}"), "--json"});
    ASSERT_EQ(two.code, 0) << two.out << two.err;
    const auto out = nlohmann::json::parse(two.out);
    EXPECT_EQ(out["gpus_per_replica"], 16);
    EXPECT_EQ(out["servers_per_replica"], 2);
    // DeepSeek-V3 disaggregated on two servers: both pools and the comparison with aggregated serving.
    const Result pools = run({"estimate",
                              write("pools.json", "deepseek-v3", 16,
                                    R"({"precision": "fp8", "ep": 16, "tp": 1, "disaggregated": true,
                                        "load": {"requests_per_s": 10}})"),
                              "--json"});
    ASSERT_EQ(pools.code, 0) << pools.out << pools.err;
    const auto disaggregated = nlohmann::json::parse(pools.out);
    EXPECT_EQ(disaggregated["ep"], 16);
    EXPECT_EQ(disaggregated["serving"], "disaggregated");
    EXPECT_TRUE(disaggregated["disaggregated"]["beats_aggregated"].is_boolean());
    EXPECT_GT(disaggregated["disaggregated"]["prefill_gpus_per_decode_gpu"].get<double>(), 0);
    EXPECT_GT(disaggregated["disaggregated"]["aggregated_tokens_per_s_per_gpu"].get<double>(), 0);
    EXPECT_GT(disaggregated["load"]["prefill_gpus_needed"].get<double>(), 0);
    EXPECT_DOUBLE_EQ(disaggregated["load"]["gpus_needed"].get<double>(),
                     disaggregated["load"]["prefill_gpus_needed"].get<double>() +
                         disaggregated["load"]["decode_gpus_needed"].get<double>());
    // Bad keys: wrong values are bad input (exit 2), impossible plans findings (exit 1), each naming its
    // field.
    for (const auto& [inference, field, code] :
         {std::tuple{R"({"pp": 0})", "inference.pp", 2},
          std::tuple{R"({"disaggregated": "yes"})", "inference.disaggregated", 2},
          std::tuple{R"({"ep": 3})", "inference.ep", 1},
          std::tuple{R"({"tp": 8, "pp": 4})", "inference.pp", 1}}) {
        const Result bad = run({"estimate", write("bad.json", "deepseek-v3", 16, inference)});
        EXPECT_EQ(bad.code, code) << inference;
        EXPECT_NE((bad.out + bad.err).find(field), std::string::npos)
            << inference << ": " << bad.out << bad.err;
    }
}

TEST_F(CliTest, EstimateSweepRanksServingConfigurations) {
    const fs::path plan = dir_ / "serving.json";
    std::ofstream(plan) << R"({"scenario": "inference", "model": {"preset": "llama2-70b"},
        "cluster": {"server": "xe9680", "gpus": 8}, "inference": {"prompt_tokens": 300, "output_tokens": 294,
        "slo": {"ttft_s": 2, "tpot_s": 0.05}, "load": {"requests_per_s": 50}}})";
    const Result json = run({"estimate", plan.string(), "--sweep", "--top", "4", "--json"});
    ASSERT_EQ(json.code, 0) << json.err << json.out;
    const auto out = nlohmann::json::parse(json.out);
    ASSERT_EQ(out["best"].size(), 4u);
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_LE(out["best"][i]["tpot_s"].get<double>(), 0.05);
        EXPECT_GT(out["best"][i]["gpus_needed"].get<double>(), 0);
        if (i > 0) {
            EXPECT_GE(out["best"][i - 1]["tokens_per_s_per_gpu"].get<double>(),
                      out["best"][i]["tokens_per_s_per_gpu"].get<double>());
        }
    }
    const Result text = run({"estimate", plan.string(), "--sweep", "--top", "4"});
    ASSERT_EQ(text.code, 0) << text.err;
    EXPECT_NE(text.out.find("Serving sweep: Llama 2 70B"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("GPUs needed"), std::string::npos) << text.out;
    // A target no configuration meets: the message, and exit 1.
    const fs::path fast = dir_ / "fast.json";
    std::ofstream(fast) << R"({"scenario": "inference", "model": {"preset": "llama2-70b"},
        "cluster": {"server": "xe9680"}, "inference": {"slo": {"tpot_s": 0.0001}}})";
    const Result none = run({"estimate", fast.string(), "--sweep"});
    EXPECT_EQ(none.code, 1);
    EXPECT_NE(none.out.find("no serving configuration meets the targets"), std::string::npos) << none.out;
}

TEST_F(CliTest, EstimateReportsSuitabilityForTrainingToo) {
    const Result estimate =
        run({"estimate", (kCatalogs / "examples" / "plan-llama2-70b-128gpu.json").string(), "--design",
             kExample.string(), "--json"});
    ASSERT_EQ(estimate.code, 0) << estimate.err;
    const auto out = nlohmann::json::parse(estimate.out);
    ASSERT_EQ(out["power"]["design"]["racks"].size(), 9u); // per-rack power of the design at load
    EXPECT_DOUBLE_EQ(out["power"]["design"]["it_watts"].get<double>(),
                     out["power"]["it_watts"].get<double>());
    ASSERT_FALSE(out["suitability"].empty());
    for (const auto& cell : out["suitability"])
        EXPECT_TRUE(cell["agrees"].get<bool>() ||
                    cell["explanation"].get<std::string>().starts_with("the suitability table"));
}

} // namespace

namespace {

std::size_t lineCount(const fs::path& path) {
    std::ifstream in(path);
    std::size_t lines = 0;
    for (std::string line; std::getline(in, line);)
        ++lines;
    return lines;
}

TEST_F(CliTest, BomQuantitiesEqualInfoCounts) {
    const Result info = run({"info", kExample.string(), "--json"});
    const Result bom = run({"bom", kExample.string(), "--json"});
    ASSERT_EQ(info.code, 0) << info.err;
    ASSERT_EQ(bom.code, 0) << bom.err;
    const auto summary = nlohmann::json::parse(info.out);
    const auto materials = nlohmann::json::parse(bom.out);
    std::map<std::string, int> byType, byCategory;
    for (const auto& line : materials["devices"]) {
        byType[line["type"]] += line["quantity"].get<int>();
        byCategory[line["category"]] += line["quantity"].get<int>();
    }
    for (const auto& [type, count] : summary["devices"]["by_type"].items())
        EXPECT_EQ(byType[type], count.get<int>()) << type;
    for (const auto& [category, count] : summary["devices"]["by_category"].items())
        EXPECT_EQ(byCategory[category], count.get<int>()) << category;
    EXPECT_EQ(materials["totals"]["devices"], summary["devices"]["total"]);
    EXPECT_EQ(materials["totals"]["gpus"], summary["gpus"]["total"]);
    EXPECT_EQ(materials["totals"]["max_watts"], summary["power_watts"]["max"]);
    EXPECT_EQ(materials["totals"]["links_by_network"], summary["links"]["by_network"]);
    EXPECT_EQ(materials["totals"]["cables_by_network"], summary["links"]["by_network"]);
    EXPECT_EQ(materials["cable_schedule"].size(), summary["links"]["total"].get<std::size_t>());
}

TEST_F(CliTest, BomPrintsATableOrWritesCsvFiles) {
    const Result text = run({"bom", kExample.string()});
    ASSERT_EQ(text.code, 0) << text.err;
    for (const char* expected : {"xe9680", "osfp-400g-ndr-sr4", "<=10 m", "total"})
        EXPECT_NE(text.out.find(expected), std::string::npos) << expected;

    const fs::path bom = dir_ / "bom.csv";
    const fs::path cables = dir_ / "cables.csv";
    const Result files = run({"bom", kExample.string(), "-o", bom.string(), "--cables", cables.string()});
    ASSERT_EQ(files.code, 0) << files.err;
    EXPECT_NE(files.out.find("wrote " + bom.string()), std::string::npos) << files.out;
    const auto summary = nlohmann::json::parse(run({"info", kExample.string(), "--json"}).out);
    EXPECT_EQ(lineCount(cables), 1 + summary["links"]["total"].get<std::size_t>()); // header + one per link
    EXPECT_GT(lineCount(bom), 1 + summary["devices"]["by_type"].size());
    std::ifstream in(bom);
    std::string header;
    std::getline(in, header);
    EXPECT_EQ(header.rfind("item,id,model,name,", 0), 0u) << header;
    // The cable schedule says where each end stands on the floor: row and place in the row.
    std::ifstream schedule(cables);
    std::getline(schedule, header);
    EXPECT_NE(header.find(",a_rack,a_row,a_position,a_rack_u,"), std::string::npos) << header;
    std::string first;
    std::getline(schedule, first);
    EXPECT_NE(first.find(",1,"), std::string::npos) << first; // the compute fabric starts in the first row
    const auto json = nlohmann::json::parse(run({"bom", kExample.string(), "--json"}).out);
    EXPECT_GE(json["cable_schedule"][0]["a"]["row"].get<int>(), 1);
    EXPECT_GE(json["cable_schedule"][0]["a"]["position"].get<int>(), 1);
}

// --fit-lengths: the bill as if Fit Cable Lengths had run: a design whose cables lost their lengths gets the
// same cable schedule as the design it came from, fitted.
TEST_F(CliTest, BomFitLengthsGivesEveryRackedCableItsLength) {
    nlohmann::json design = nlohmann::json::parse(readFile(kExample));
    for (auto& link : design["links"])
        link.erase("length_m");
    const fs::path stripped = dir_ / "stripped.json";
    std::ofstream(stripped) << design.dump();
    const fs::path unfitted = dir_ / "unfitted.csv", fitted = dir_ / "fitted.csv",
                   original = dir_ / "original.csv";
    ASSERT_EQ(run({"bom", stripped.string(), "--cables", unfitted.string()}).code, 0);
    const Result fit = run({"bom", stripped.string(), "--fit-lengths", "--cables", fitted.string()});
    ASSERT_EQ(fit.code, 0) << fit.err;
    EXPECT_NE(
        fit.out.find("fitted the length or cable of " + std::to_string(design["links"].size()) + " cables"),
        std::string::npos)
        << fit.out;
    ASSERT_EQ(run({"bom", kExample.string(), "--fit-lengths", "--cables", original.string()}).code, 0);
    EXPECT_EQ(readFile(fitted), readFile(original));
    EXPECT_NE(readFile(fitted), readFile(unfitted));
    EXPECT_EQ(run({"bom", (dir_ / "missing.json").string(), "--fit-lengths"}).code, 2);
}

TEST_F(CliTest, BomRefusesAnUnwritablePathAndWritesNothing) {
    // A path below a regular file cannot be created, not even by root (CI runs as root).
    const fs::path file = dir_ / "plain-file";
    std::ofstream(file) << "x";
    const fs::path bom = dir_ / "bom.csv";
    const std::vector<std::vector<std::string>> cases = {
        {"bom", kExample.string(), "-o", (file / "bom.csv").string()},
        {"bom", kExample.string(), "-o", bom.string(), "--cables", (file / "cables.csv").string()},
    };
    for (const auto& args : cases) {
        const Result result = run(args);
        EXPECT_EQ(result.code, 2);
        EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
        EXPECT_NE(result.err.find((file / "").string()), std::string::npos) << result.err;
        EXPECT_NE(result.err.find("cannot write"), std::string::npos) << result.err;
    }
    EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1); // only plain-file
    const Result missing = run({"bom", (dir_ / "missing.json").string()});
    EXPECT_EQ(missing.code, 2);
    EXPECT_NE(missing.err.find("missing.json"), std::string::npos) << missing.err;
}

TEST_F(CliTest, ExportDrawsTheDiagramAsSvgPngAndPdf) {
    const fs::path svg = dir_ / "cluster.svg", png = dir_ / "compute.png", pdf = dir_ / "cluster.pdf";
    EXPECT_EQ(run({"export", kExample.string(), "-o", svg.string(), "--title", "Customer review"}).code, 0);
    const Result drawn =
        run({"export", kExample.string(), "-o", png.string(), "--network", "compute", "--dpi", "150"});
    EXPECT_EQ(drawn.code, 0) << drawn.err;
    EXPECT_NE(drawn.out.find("pixels"), std::string::npos) << drawn.out;
    EXPECT_EQ(run({"export", kExample.string(), "-o", pdf.string()}).code, 0);
    std::ifstream in(svg);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NE(text.find("Customer review"), std::string::npos);
    EXPECT_GT(fs::file_size(png), 10'000u);
    EXPECT_GT(fs::file_size(pdf), 10'000u);
}

TEST_F(CliTest, ExportRefusesAnUnknownNetworkAnUnwritablePathAndDiagramOptionsForJson) {
    const fs::path file = dir_ / "plain-file";
    std::ofstream(file) << "x";
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"export", kExample.string(), "-o", (dir_ / "x.svg").string(), "--network", "infiniband"},
         "unknown network 'infiniband'"},
        {{"export", kExample.string(), "-o", (file / "x.png").string()}, "cannot write"},
        {{"export", kExample.string(), "-o", (dir_ / "x.png").string(), "--dpi", "many"}, "--dpi"},
        {{"export", kExample.string(), "-o", (dir_ / "x.json").string(), "--network", "compute"},
         "only for a diagram"},
        {{"report", kExample.string(), "-o", (file / "report.pdf").string()}, "cannot write"},
        {{"report", kExample.string(), "-o", (dir_ / "report.txt").string()}, "the report is a PDF"},
    };
    for (const auto& [args, message] : cases) {
        const Result result = run(args);
        EXPECT_EQ(result.code, 2) << message;
        EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
        EXPECT_NE(result.err.find(message), std::string::npos) << result.err;
    }
    EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1); // only plain-file
}

TEST_F(CliTest, ReportWritesThePdf) {
    const fs::path pdf = dir_ / "report.pdf";
    const Result result =
        run({"report", kExample.string(), "--plan",
             (kCatalogs / "examples" / "plan-llama2-70b-128gpu.json").string(), "-o", pdf.string()});
    EXPECT_EQ(result.code, 0) << result.err;
    EXPECT_NE(result.out.find("pages)"), std::string::npos) << result.out;
    std::ifstream in(pdf, std::ios::binary);
    std::string head(5, '\0');
    in.read(head.data(), 5);
    EXPECT_EQ(head, "%PDF-");
}

// The PDF's text by pdftotext (poppler-utils, scripts/install-deps.sh); empty when it is missing.
std::string pdfText(const fs::path& pdf) {
    const std::string command = "pdftotext '" + pdf.string() + "' - 2>/dev/null";
    std::string text;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        char buffer[4096];
        for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;)
            text.append(buffer, n);
        EXPECT_EQ(::pclose(pipe), 0) << "pdftotext missing? run scripts/install-deps.sh (poppler-utils)";
    }
    // The fonts set "fi" as its ligature.
    for (std::size_t at; (at = text.find("\uFB01")) != std::string::npos;)
        text.replace(at, std::string("\uFB01").size(), "fi");
    return text;
}

TEST_F(CliTest, ReportOfAnInferencePlanHasItsInferenceEstimate) {
    const fs::path pdf = dir_ / "report.pdf";
    const Result result =
        run({"report", kExample.string(), "--plan",
             (kCatalogs / "examples" / "plan-llama2-70b-inference.json").string(), "-o", pdf.string()});
    EXPECT_EQ(result.code, 0) << result.err;
    const std::string text = pdfText(pdf);
    for (const char* expected : {"Inference estimate", "Time to first token", "Time per output token",
                                 "Inference budget of the plan", "Decode step"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected;
    for (const char* absent : {"Training estimate", "no estimate", "cluster-studio estimate"})
        EXPECT_EQ(text.find(absent), std::string::npos) << absent;
}

TEST_F(CliTest, ReportTakesAScenarioByName) {
    const fs::path pdf = dir_ / "report.pdf";
    const Result named =
        run({"report", kExample.string(), "--scenario", "Llama 2 70B pre-training", "-o", pdf.string()});
    EXPECT_EQ(named.code, 0) << named.err;
    EXPECT_TRUE(fs::exists(pdf));
    const Result unknown =
        run({"report", kExample.string(), "--scenario", "nope", "-o", (dir_ / "x.pdf").string()});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_EQ(std::count(unknown.err.begin(), unknown.err.end(), '\n'), 1) << unknown.err;
    EXPECT_NE(unknown.err.find("no scenario named 'nope'"), std::string::npos) << unknown.err;
    EXPECT_NE(unknown.err.find("Llama 2 70B pre-training"), std::string::npos) << "names the ones there are";
    const Result both = run({"report", kExample.string(), "--scenario", "nope", "--plan",
                             (kCatalogs / "examples" / "plan-llama2-70b-128gpu.json").string(), "-o",
                             (dir_ / "x.pdf").string()});
    EXPECT_EQ(both.code, 2);
    EXPECT_NE(both.err.find("not both"), std::string::npos) << both.err;
    EXPECT_FALSE(fs::exists(dir_ / "x.pdf"));
}

} // namespace
