#include "fuzz_support.h"

#include "base/input_error.h"
#include "estimate/estimate_report.h"
#include "estimate/inference_estimator.h"
#include "estimate/inference_report.h"
#include "estimate/plan.h"
#include "estimate/plan_sweep.h"
#include "estimate/training_estimator.h"
#include "io/csd_file.h"
#include "io/design_json.h"
#include "io/json_reader.h"
#include "model/design_summary.h"
#include "rules/validator.h"
#include "scenario/scenario_variant.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <unistd.h>

#ifndef CS_CATALOG_DIR
#error "the harnesses read the shipped catalogs: define CS_CATALOG_DIR"
#endif

namespace cs::fuzz {

namespace {
// The sweep tries every TP x PP x DP split: beyond this many GPUs one input takes too long for fuzzing.
constexpr int kMaxSweepGpus = 512;
constexpr std::size_t kSweepTop = 3;
} // namespace

const Catalog& library() {
    static const Catalog catalog = Catalog::loadDirectory(CS_CATALOG_DIR);
    return catalog;
}

const std::filesystem::path& scratchFolder() {
    static const std::filesystem::path folder = [] {
        const std::filesystem::path base =
            std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : std::filesystem::temp_directory_path();
        std::filesystem::path path = base / ("cs-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(path);
        std::atexit([] { std::filesystem::remove_all(scratchFolder()); });
        return path;
    }();
    return folder;
}

std::string_view asText(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

void writeFile(const std::filesystem::path& path, std::string_view content) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    require(out.good(), "cannot write " + path.string());
}

void require(bool condition, const std::string& what) {
    if (condition)
        return;
    std::fprintf(stderr, "fuzz: broken promise: %s\n", what.c_str());
    std::abort();
}

void requireEstimates(const Plan& plan) {
    if (plan.workload == Workload::Inference) {
        if (!checkInferencePlan(plan).empty())
            return;
        const InferenceEstimate estimate = estimateInference(plan);
        inferenceToJson(plan, estimate).dump();
        inferenceToText(plan, estimate);
        return;
    }
    if (plan.cluster.gpus <= kMaxSweepGpus)
        sweepToJson(sweepPlans(plan, kSweepTop)).dump();
    if (!checkPlan(plan).empty())
        return;
    const TrainingEstimate estimate = estimateTraining(plan);
    estimateToJson(plan, estimate).dump();
    estimateToText(plan, estimate);
}

// JSON names device types and cables, which a reader takes from the library: it reads back to the same design
// when the design's catalog entries are the library's.
bool usesLibraryEntries(const Design& design) {
    const Catalog& catalog = design.catalog();
    const auto same = [](const auto* ours, const auto* theirs) {
        return theirs && ours->entry == theirs->entry;
    };
    for (const auto& [id, type] : catalog.devices())
        if (!same(&type, library().device(id)))
            return false;
    for (const auto& [id, gpu] : catalog.gpus())
        if (!same(&gpu, library().gpu(id)))
            return false;
    for (const auto& [id, cable] : catalog.cables())
        if (!same(&cable, library().cable(id)))
            return false;
    return true;
}

void requireUsable(const Design& design) {
    const std::string text = designToJsonText(design);
    if (usesLibraryEntries(design)) {
        try {
            const Design again = designFromJson(parseJsonText(text, "export.json"), library());
            require(designToJsonText(again) == text, "the JSON export reads back to a different design");
        } catch (const InputError& e) {
            require(false, std::string("the JSON export does not read back: ") + e.what());
        }
    }
    const std::filesystem::path csd = scratchFolder() / "saved.csd";
    try {
        saveCsd(design, csd);
        require(designToJsonText(openCsd(csd)) == text, "the saved .csd opens to a different design");
    } catch (const InputError& e) {
        require(false, std::string("the design does not save and reopen as .csd: ") + e.what());
    }
    validateDesign(design, &library());
    summaryToJson(summarize(design)).dump();
    for (const Scenario& scenario : design.scenarios().items()) {
        try {
            requireEstimates(scenarioPlan(design, scenario, library()));
        } catch (const InputError&) {
            // A scenario whose plan is unusable is reported to the user; the design is still usable.
        }
    }
}

} // namespace cs::fuzz
