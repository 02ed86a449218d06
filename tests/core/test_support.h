#pragma once

#include "analysis/budget_status.h"
#include "estimate/cluster_from_design.h"
#include "estimate/plan.h"
#include "io/design_file.h"
#include "model/catalog.h"
#include "model/design.h"
#include "model/operation.h"
#include "topology/cluster_generator.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace cs::test {

namespace fs = std::filesystem;

inline const fs::path kCatalogDir = CS_CATALOG_DIR;

// The shipped catalogs, loaded once for the whole test binary.
inline const Catalog& library() {
    static const Catalog catalog = Catalog::loadDirectory(kCatalogDir);
    return catalog;
}

inline std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

inline void writeFile(const fs::path& path, const std::string& content) {
    std::ofstream(path, std::ios::binary) << content;
}

// A fresh directory per test, removed afterwards.
class TempDirTest : public ::testing::Test {
protected:
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        dir_ = fs::temp_directory_path() / ("cs-" + std::string(info->test_suite_name()) + "-" +
                                            info->name() + "-" + std::to_string(::getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path dir_;
};

// A small design: two GPU servers on one compute leaf, a rack and a scenario.
inline Design smallDesign() {
    Design design;
    design.name = "small";
    for (const char* type : {"dgx-h100", "qm9700", "r660"})
        design.adoptType(library(), type);
    design.adoptCable(library(), "osfp-400g-ndr-sr4");
    design.apply({Add<Rack>{Rack{1, "R1", 0, 0, 40, 42}}});
    design.apply({Add<Device>{Device{1, "dgx-h100", "gpu-01", 0, 100, 1, 1, "", std::nullopt, "training"}}});
    design.apply(
        {Add<Device>{Device{2, "dgx-h100", "gpu-02", 240, 100, 1, 9, "", std::nullopt, "training"}}});
    design.apply({Add<Device>{Device{3, "qm9700", "leaf-1", 120, 0, 1, 17, "", Network::Compute, "leaf"}}});
    design.apply(
        {Add<Device>{Device{4, "r660", "login-01", 480, 100, kNoRack, 0, "", std::nullopt, "login"}}});
    design.apply({Add<Link>{Link{1, {1, 0}, {3, 0}, Network::Compute, 400, "osfp-400g-ndr-sr4", 3}}});
    design.apply({Add<Link>{Link{2, {2, 0}, {3, 1}, Network::Compute, 400, "", 0}}});
    design.apply(
        {Add<Scenario>{Scenario{1, "TP8", {{"parallelism", {{"tp", 8}}}}, nlohmann::json::object()}}});
    return design;
}

// The 128-GPU example with its Llama 2 70B plan, as `estimate PLAN --design DESIGN` reads them.
inline Plan exampleDesignPlan() {
    static const Design design = readDesign(kCatalogDir / "examples" / "training-128gpu.json", library());
    Plan plan = readPlanFile((kCatalogDir / "examples" / "plan-llama2-70b-128gpu.json").string(), library());
    applyDesignCluster(design, plan);
    return plan;
}

// A generated cluster of `servers` `server`s (the generator's defaults for what is not given).
inline Design generated(const std::string& server, int servers, std::optional<Fabric> fabric = std::nullopt,
                        std::optional<Topology> topology = std::nullopt, int planes = 0) {
    GeneratorOptions options;
    options.servers = servers;
    options.server = server;
    options.fabric = fabric;
    options.topology = topology;
    options.planes = planes;
    return generateCluster(options, library());
}

// The device named `name`; a runtime_error (a failed test) when there is none.
inline const Device& named(const Design& design, const std::string& name) {
    for (const Device& device : design.devices().items()) {
        if (device.name == name)
            return device;
    }
    throw std::runtime_error("no device " + name);
}

// The budget line with `id`; a logic_error (a failed test) when there is none.
inline const BudgetLine& budgetLine(const std::vector<BudgetLine>& lines, std::string_view id) {
    for (const BudgetLine& line : lines)
        if (line.id == id)
            return line;
    throw std::logic_error("no budget line " + std::string(id));
}

} // namespace cs::test
