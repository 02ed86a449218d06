#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

// How the layers of a model sit on the pipeline: model chunk g (in model order, pp x vpp chunks) runs on
// rank g % pp as its virtual stage g / pp (Narayanan et al. 2021 §2.2.1, interleaved schedule).
struct PipelineSplit {
    enum class Rule : std::uint8_t {
        Even,          // layers % (pp x vpp) == 0
        FirstLast,     // the plan's first/last stage layers, the rest even over the middle ranks
        EmbeddingLoss, // Megatron's account_for_embedding/loss_in_pipeline_split: L + 2 slots
        AsEven,        // neither divides: ranks differ by at most one layer, the ends get fewer
    };
    Rule rule = Rule::Even;
    std::vector<int> chunk_layers; // per model chunk, model order
    int vpp = 1;                   // virtual stages per rank

    int pp() const { return static_cast<int>(chunk_layers.size()) / vpp; }
    // Transformer layers of each rank (its chunks added up).
    std::vector<int> stageLayers() const;
    // "8 + 8 + ... + 7", the layers of each rank.
    std::string describe() const;
};
std::string_view pipelineRuleId(PipelineSplit::Rule rule); // even, first_last, embedding_loss, as_even

// Splits `layers` over pp ranks of vpp chunks each (Megatron-LM transformer_block.py
// get_num_layers_to_build, docs/model.md §Pipeline split):
// - first/last given (> 0): the first and last ranks take them, the middle ranks share the rest evenly;
// - else layers % (pp x vpp) == 0: even;
// - else (layers + 2) % (pp x vpp) == 0: the embedding and the loss each take one layer's slot, so the first
//   chunk of rank 0 and the last chunk of the last rank hold one layer fewer (Llama 3.1 405B: 126 + 2 over
//   PP 16 x VPP 8);
// - else as evenly as possible: ranks differ by one layer, the middle ranks take the extra ones (the first
//   holds the embedding, the last the output layer), each rank's layers as even as possible over its chunks.
// Returns an empty split and sets `error` when the layers cannot be placed (fewer layers than chunks;
// first/last counts that leave an uneven middle).
PipelineSplit splitPipeline(int layers, int pp, int vpp, int first_stage_layers, int last_stage_layers,
                            std::string* error);

} // namespace cs
