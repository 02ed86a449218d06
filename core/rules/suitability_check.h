#pragma once

#include "estimate/plan.h"
#include "model/catalog.h"

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace cs {

// Pretraining counts as feasible when the model trains on its preset corpus (else 20 tokens per parameter,
// Hoffmann et al. 2022) within this many days on this many GPUs of the type. Assumptions (no source): a run a
// team would commit to, at the scale of the 175B-on-1,024-GPU sweep target (docs/architecture.md §Figures and
// targets). docs/model.md §Suitability.
inline constexpr double kPretrainDaysLimit = 90;
inline constexpr int kPretrainGpus = 1024;
// Fine-tuning counts as feasible when LoRA of this rank fits in one server (fine-tuning read as adapter
// tuning on one machine; full fine-tuning is reported alongside).
inline constexpr int kSuitabilityLoraRank = 16;

// One cell of the suitability tables (catalogs/README.md) next to what the estimator's numbers say about it.
struct SuitabilityCheck {
    std::string table;  // "servers" or "gpus"
    std::string column; // server or GPU id
    std::string scale;  // "100b", "10b", "1b"
    Workload workload = Workload::Pretrain;
    std::string model;       // the model the numbers are for
    bool deck = false;       // the table marks the cell "Y"
    bool numbers = false;    // our numbers say it works
    std::string evidence;    // the numbers, in one sentence
    std::string explanation; // "agrees", or why the table and the numbers differ

    bool agrees() const { return deck == numbers; }
};

// The model the tables are checked with for a scale class: Llama 2 7B (1B-class), Llama 2 13B (10B-class),
// GPT-3 175B (100B-class).
const ModelPreset& representativeModel(const Catalog& catalog, const std::string& scale);

// The table's cell for `model`'s scale class, `workload` and `column` (a server id of the servers table or a
// GPU id of the GPUs table), and our numbers: inference — batch 1 of 1,024 + 256 tokens fits one server
// (bf16, or fp8 where the GPU has it; the evidence adds what it then serves with continuous batching);
// fine-tuning — LoRA fits one server; pretraining — the best plan of the sweep trains within
// kPretrainDaysLimit on kPretrainGpus GPUs. A GPU column runs on the catalog server that
// holds the most of that GPU; a server column runs with `gpu` when the server takes it. Returns nothing when
// the model is below every scale class or the column is not in the table.
std::vector<SuitabilityCheck> checkSuitability(const Catalog& catalog, const ModelShape& model,
                                               Workload workload, const std::string& server,
                                               const std::string& gpu);
// Every cell of both tables, with each scale's representative model.
std::vector<SuitabilityCheck> checkSuitabilityTables(const Catalog& catalog);

nlohmann::json suitabilityToJson(const std::vector<SuitabilityCheck>& checks);
std::string suitabilityToText(const std::vector<SuitabilityCheck>& checks);

} // namespace cs
