#include "estimate/transformer_math.h"
#include "rules/suitability_check.h"
#include "test_support.h"

#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

ModelShape shapeOf(const std::string& preset_id) {
    const ModelPreset& p = *library().model(preset_id);
    return {p.name,       p.layers,    p.hidden, p.heads,   p.kv_heads,
            p.ffn_hidden, p.gated_mlp, p.vocab,  p.seq_len, p.dataset_tokens};
}

// Every cell of both suitability tables gets a verdict: agreement, or an explanation of the difference with
// the numbers.
TEST(SuitabilityCheck, EveryCellOfBothTablesAgreesOrExplains) {
    const auto start = std::chrono::steady_clock::now();
    const std::vector<SuitabilityCheck> checks = checkSuitabilityTables(library());
    const Suitability& tables = library().suitability();
    const std::size_t cells =
        tables.scales.size() * 3 * (tables.servers.columns.size() + tables.gpus.columns.size());
    ASSERT_EQ(checks.size(), cells);
    int agreeing = 0;
    for (const SuitabilityCheck& check : checks) {
        EXPECT_FALSE(check.evidence.empty()) << check.column << " " << check.scale;
        if (check.agrees()) {
            EXPECT_EQ(check.explanation, "agrees");
            ++agreeing;
        } else {
            EXPECT_TRUE(check.explanation.starts_with("the suitability table ")) << check.explanation;
        }
        std::printf("  %-7s %-15s %-4s %-9s table %-5s numbers %-3s %s\n", check.table.c_str(),
                    check.column.c_str(), check.scale.c_str(),
                    std::string(workloadId(check.workload)).c_str(), check.deck ? "Y" : "blank",
                    check.numbers ? "yes" : "no", check.agrees() ? "agrees" : check.evidence.c_str());
    }
    std::printf("  %d of %zu cells agree (%.1f s)\n", agreeing, checks.size(),
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
}

TEST(SuitabilityCheck, AMarkedCellThatFitsAgrees) {
    // The table marks L4 for 1B-class inference: 7B in bf16 needs ~13 GiB of weights, one L4 has 24 GB.
    const auto checks = checkSuitability(library(), shapeOf("llama2-7b"), Workload::Inference, "", "l4");
    ASSERT_EQ(checks.size(), 1u);
    EXPECT_TRUE(checks[0].deck);
    EXPECT_TRUE(checks[0].numbers);
    EXPECT_EQ(checks[0].explanation, "agrees");
    EXPECT_NE(checks[0].evidence.find("fits with TP 1"), std::string::npos) << checks[0].evidence;
    // And what the server then serves with continuous batching: many sequences, not one.
    const auto batching = checks[0].evidence.find("with continuous batching (");
    ASSERT_NE(batching, std::string::npos) << checks[0].evidence;
    EXPECT_GT(std::stoi(checks[0].evidence.substr(batching + 26)), 1) << checks[0].evidence;
}

TEST(SuitabilityCheck, ABlankCellThatFitsIsExplained) {
    // 1B-class inference on an XE9680: blank in the table, but 7B fits one H100 many times over.
    const auto checks = checkSuitability(library(), shapeOf("llama2-7b"), Workload::Inference, "xe9680", "");
    ASSERT_EQ(checks.size(), 1u);
    EXPECT_FALSE(checks[0].deck);
    EXPECT_TRUE(checks[0].numbers);
    EXPECT_NE(checks[0].explanation.find("cost"), std::string::npos) << checks[0].explanation;
}

TEST(SuitabilityCheck, ModelsBelowEveryClassAndUnknownColumnsGiveNothing) {
    ModelShape tiny = shapeOf("llama2-7b");
    tiny.layers = 2;
    EXPECT_LT(totalParameters(tiny), 1e9);
    EXPECT_TRUE(checkSuitability(library(), tiny, Workload::Inference, "xe9680", "l4").empty());
    EXPECT_TRUE(
        checkSuitability(library(), shapeOf("llama2-7b"), Workload::Inference, "xr4000", "t4").empty());
    const nlohmann::json out = suitabilityToJson(
        checkSuitability(library(), shapeOf("llama2-70b"), Workload::Finetune, "xe9680", "l40s"));
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0]["table"], "servers");
    EXPECT_EQ(out[1]["table"], "gpus");
    EXPECT_TRUE(out[1].contains("explanation"));
}

} // namespace
} // namespace cs::test
