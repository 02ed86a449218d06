#include "estimate/pipeline_split.h"

#include <array>

namespace cs {

namespace {

constexpr std::array<std::string_view, 4> kRuleIds = {"even", "first_last", "embedding_loss", "as_even"};

// `count` layers over `parts` as evenly as possible, the first parts taking the extra ones.
void spread(int count, int parts, std::vector<int>& into) {
    for (int i = 0; i < parts; ++i)
        into.push_back(count / parts + (i < count % parts ? 1 : 0));
}

// Chunks in model order from each rank's layers, each rank's layers spread over its vpp chunks.
std::vector<int> chunksOf(const std::vector<int>& rank_layers, int vpp) {
    const int pp = static_cast<int>(rank_layers.size());
    std::vector<int> chunks(static_cast<std::size_t>(pp * vpp));
    for (int r = 0; r < pp; ++r) {
        std::vector<int> own;
        spread(rank_layers[static_cast<std::size_t>(r)], vpp, own);
        for (int v = 0; v < vpp; ++v)
            chunks[static_cast<std::size_t>(v * pp + r)] = own[static_cast<std::size_t>(v)];
    }
    return chunks;
}

} // namespace

std::vector<int> PipelineSplit::stageLayers() const {
    const int p = pp();
    std::vector<int> stages(static_cast<std::size_t>(p), 0);
    for (std::size_t g = 0; g < chunk_layers.size(); ++g)
        stages[g % static_cast<std::size_t>(p)] += chunk_layers[g];
    return stages;
}

std::string PipelineSplit::describe() const {
    std::string text;
    for (int layers : stageLayers())
        text += (text.empty() ? "" : " + ") + std::to_string(layers);
    return text;
}

std::string_view pipelineRuleId(PipelineSplit::Rule rule) {
    return kRuleIds[static_cast<std::size_t>(rule)];
}

PipelineSplit splitPipeline(int layers, int pp, int vpp, int first, int last, std::string* error) {
    PipelineSplit split;
    split.vpp = vpp;
    const int chunks = pp * vpp;
    auto fail = [&](std::string message) {
        if (error)
            *error = std::move(message);
        return PipelineSplit{};
    };
    auto text = [](int value) { return std::to_string(value); };
    if (first > 0 || last > 0) {
        if (pp < 2)
            return fail("first/last stage layers need pipeline parallelism (pp above 1)");
        const int ends = (first > 0 ? 1 : 0) + (last > 0 ? 1 : 0);
        const int middle_ranks = pp - ends;
        const int middle_layers = layers - first - last;
        if (middle_layers < 0 || (middle_ranks == 0 && middle_layers != 0) ||
            (middle_ranks > 0 && middle_layers % middle_ranks != 0))
            return fail("the " + text(layers) + " layers less the first (" + text(first) + ") and last (" +
                        text(last) + ") stages do not divide over the other " + text(middle_ranks) +
                        " ranks");
        std::vector<int> ranks(static_cast<std::size_t>(pp),
                               middle_ranks > 0 ? middle_layers / middle_ranks : 0);
        if (first > 0)
            ranks.front() = first;
        if (last > 0)
            ranks.back() = last;
        for (int count : ranks)
            if (count % vpp != 0)
                return fail("a stage of " + text(count) + " layers does not divide over VPP = " + text(vpp) +
                            " virtual stages");
        split.rule = PipelineSplit::Rule::FirstLast;
        split.chunk_layers = chunksOf(ranks, vpp);
        return split;
    }
    if (layers % chunks == 0) {
        split.rule = PipelineSplit::Rule::Even;
        split.chunk_layers.assign(static_cast<std::size_t>(chunks), layers / chunks);
        return split;
    }
    if ((layers + 2) % chunks == 0) {
        split.rule = PipelineSplit::Rule::EmbeddingLoss;
        split.chunk_layers.assign(static_cast<std::size_t>(chunks), (layers + 2) / chunks);
        --split.chunk_layers.front();
        --split.chunk_layers.back();
        return split;
    }
    if (layers < chunks)
        return fail("the " + text(layers) + " layers cannot fill PP x VPP = " + text(pp) + " x " + text(vpp) +
                    " chunks: lower pp or vpp");
    // The extra layers go to the middle ranks first, then to the first and the last.
    std::vector<int> ranks(static_cast<std::size_t>(pp), layers / pp);
    int extra = layers % pp;
    for (int r = 1; r + 1 < pp && extra > 0; ++r, --extra)
        ++ranks[static_cast<std::size_t>(r)];
    for (int r : {0, pp - 1})
        if (extra > 0) {
            ++ranks[static_cast<std::size_t>(r)];
            --extra;
        }
    split.rule = PipelineSplit::Rule::AsEven;
    split.chunk_layers = chunksOf(ranks, vpp);
    return split;
}

} // namespace cs
