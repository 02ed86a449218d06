// The targets (docs/architecture.md §Figures and targets) for the topology generator, the validator and the
// .csd file, at 20,480 GPUs (2,560 8-GPU XE9680 servers on NDR): generate < 2 s, validate < 200 ms,
// re-validate after one edit < 20 ms, save / open < 1 s each; and 20,480 GPUs of each rack-scale system and
// topology. Run: build-topo/tests/bench/bench_topology
#include "csd_bench.h"
#include "rules/validator.h"
#include "topology/cluster_generator.h"

#include <benchmark/benchmark.h>
#include <malloc.h>

namespace {

using namespace cs;

const Catalog& library() {
    static const Catalog catalog = Catalog::loadDirectory(CS_CATALOG_DIR);
    return catalog;
}

GeneratorOptions options(int servers) {
    GeneratorOptions o;
    o.servers = servers;
    o.server = "xe9680";
    o.fabric = Fabric::Ndr;
    return o;
}

const Design& cluster() {
    static const Design design = generateCluster(options(2560), library());
    return design;
}

// Heap bytes a copy of the design takes (glibc's count of bytes in use), per link and in total.
void memoryCounters(benchmark::State& state, const Design& design) {
    const std::size_t before = mallinfo2().uordblks;
    {
        const Design copy = design;
        const std::size_t after = mallinfo2().uordblks;
        state.counters["design_MiB"] = static_cast<double>(after - before) / (1 << 20);
        state.counters["bytes_per_link"] =
            static_cast<double>(after - before) / static_cast<double>(copy.links().size());
    }
    state.counters["links"] = static_cast<double>(design.links().size());
    state.counters["devices"] = static_cast<double>(design.devices().size());
}

void BM_Generate(benchmark::State& state) {
    const auto servers = static_cast<int>(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(generateCluster(options(servers), library()));
    memoryCounters(state, generateCluster(options(servers), library()));
    state.counters["gpus"] = servers * 8;
}
BENCHMARK(BM_Generate)->Arg(320)->Arg(1280)->Arg(2560)->Unit(benchmark::kMillisecond);

void BM_ValidateFromScratch(benchmark::State& state) {
    const Design& design = cluster();
    for (auto _ : state)
        benchmark::DoNotOptimize(validateDesign(design, &library()));
}
BENCHMARK(BM_ValidateFromScratch)->Unit(benchmark::kMillisecond);

// 20,480 GPUs of each rack-scale system and topology: generate < 2 s, validate < 200 ms.
struct ModernCase {
    const char* server;
    Fabric fabric;
    Topology topology;
};
constexpr ModernCase kModernCases[] = {
    {"gb200-nvl72", Fabric::Ndr, Topology::FatTree},       // 285 racks (20,520 GPU slots), 5,120 trays
    {"gb200-nvl72", Fabric::Ndr, Topology::RailOnly},      // rails of 72 NICs per rack, no spine
    {"dgx-b300", Fabric::SpectrumX, Topology::MultiPlane}, // twin-plane: 2 x 400GbE per GPU
    {"dgx-b300", Fabric::Xdr, Topology::FatTree},
    {"dgx-h800", Fabric::Ndr, Topology::MultiPlane}, // DeepSeek's 8 planes
};

GeneratorOptions modern(std::int64_t which) {
    const ModernCase& c = kModernCases[which];
    GeneratorOptions o;
    o.gpus = 20'480;
    o.server = c.server;
    o.fabric = c.fabric;
    o.topology = c.topology;
    o.planes = std::string_view(c.server) == "dgx-h800" ? 8 : 0;
    return o;
}

void BM_GenerateModern(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(generateCluster(modern(state.range(0)), library()));
    state.SetLabel(std::string(kModernCases[state.range(0)].server) + " " +
                   std::string(topologyId(kModernCases[state.range(0)].topology)));
}
BENCHMARK(BM_GenerateModern)->DenseRange(0, std::size(kModernCases) - 1)->Unit(benchmark::kMillisecond);

void BM_ValidateModern(benchmark::State& state) {
    const Design design = generateCluster(modern(state.range(0)), library());
    for (auto _ : state)
        benchmark::DoNotOptimize(validateDesign(design, &library()));
    state.SetLabel(std::string(kModernCases[state.range(0)].server) + " " +
                   std::string(topologyId(kModernCases[state.range(0)].topology)));
    state.counters["links"] = static_cast<double>(design.links().size());
}
BENCHMARK(BM_ValidateModern)->DenseRange(0, std::size(kModernCases) - 1)->Unit(benchmark::kMillisecond);

// One edit and its incremental re-validation; the next iteration undoes it (also one edit), so the design
// stays the same on average. Arg 0: re-speed a compute link (re-checks the 61,440-link compute fabric);
// arg 1: move a server (marks every network).
void BM_RevalidateAfterOneEdit(benchmark::State& state) {
    Design design = cluster();
    Validator validator(&library());
    validator.validate(design);
    Operation edit;
    if (state.range(0) == 0) {
        Link link = design.links().items().front();
        for (const Link& candidate : design.links().items()) {
            if (candidate.network == Network::Compute) {
                link = candidate;
                break;
            }
        }
        link.gbps = 200;
        edit = {Update<Link>{link}};
    } else {
        Device device = design.devices().items().front();
        device.x += 240;
        edit = {Update<Device>{device}};
    }
    for (auto _ : state) {
        const Operation inverse = design.apply(edit);
        benchmark::DoNotOptimize(validator.update(design, changesOf({&edit, 1}, {&inverse, 1})));
        edit = inverse;
    }
}
BENCHMARK(BM_RevalidateAfterOneEdit)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_SaveCsd(benchmark::State& state) {
    bench::timeSaveCsd(state, cluster(), "bench-save");
}
BENCHMARK(BM_SaveCsd)->Unit(benchmark::kMillisecond);

void BM_OpenCsd(benchmark::State& state) {
    bench::timeOpenCsd(state, cluster(), "bench-open");
}
BENCHMARK(BM_OpenCsd)->Unit(benchmark::kMillisecond);

} // namespace
