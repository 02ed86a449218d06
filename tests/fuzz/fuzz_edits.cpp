// Edit sessions steered by the fuzzer's bytes (two per choice) on a generated two-server cluster: undo and
// redo always work, the incremental validator always equals a full run, and undoing everything gives the
// original design back.
#include "fuzz_support.h"
#include "random_edits.h"
#include "topology/cluster_generator.h"

using namespace cs;

namespace {
constexpr int kMaxSteps = 64;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Design generated = [] {
        GeneratorOptions options;
        options.servers = 2;
        options.server = "xe9680";
        return generateCluster(options, fuzz::library());
    }();
    std::size_t at = 0;
    const fuzz::Chooser choose = [&](std::uint32_t bound) -> std::uint32_t {
        std::uint32_t value = 0;
        for (int i = 0; i < 2 && at < size; ++i)
            value = value << 8 | data[at++];
        return value % bound;
    };
    const int steps = static_cast<int>(std::min<std::size_t>(size / 4, kMaxSteps));
    const fuzz::EditSessionResult result = fuzz::runEditSession(generated, fuzz::library(), choose, steps);
    fuzz::require(!result.violation, result.violation.value_or(""));
    return 0;
}
