// The floor layout the Floor Plan dock, its export and the report draw (core/topology/floor_layout.h), and
// the cable schedule by floor position, for an 8,889-rack hall: 16,384 DGX B300 on XDR (131,072 GPUs). Run:
// build/tests/bench/bench_floor_layout
#include "report/bom.h"
#include "topology/cluster_generator.h"
#include "topology/floor_layout.h"

#include <benchmark/benchmark.h>

namespace {

using namespace cs;

const Design& hall() {
    static const Design design = [] {
        GeneratorOptions options;
        options.servers = 16384;
        options.server = "dgx-b300";
        options.fabric = Fabric::Xdr;
        static const Catalog catalog = Catalog::loadDirectory(CS_CATALOG_DIR);
        return generateCluster(options, catalog);
    }();
    return design;
}

void BM_FloorLayout(benchmark::State& state) {
    const Design& design = hall();
    for (auto _ : state)
        benchmark::DoNotOptimize(floorLayoutOf(design));
    state.counters["racks"] = static_cast<double>(design.racks().size());
    state.counters["rows"] = static_cast<double>(floorLayoutOf(design).rows.size());
}
BENCHMARK(BM_FloorLayout)->Unit(benchmark::kMillisecond);

void BM_CableSchedule(benchmark::State& state) {
    const Design& design = hall();
    for (auto _ : state)
        benchmark::DoNotOptimize(makeCableSchedule(design));
    state.counters["links"] = static_cast<double>(design.links().size());
}
BENCHMARK(BM_CableSchedule)->Unit(benchmark::kMillisecond);

} // namespace
