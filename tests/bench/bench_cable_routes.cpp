// Cable routing (core's routeCables(), which the studio runs on every rebuild of the cables, and the exports
// through the scene) at 20,480 GPUs: 2,560 8-GPU XE9680 servers on NDR, as bench_topology generates them.
// Target: a few hundred milliseconds, so that a rebuild after an edit stays within the studio's pause.
// Run: build/tests/bench/bench_cable_routes
#include "model/aggregate_view.h"
#include "model/cable_routes.h"
#include "model/canvas_geometry.h"
#include "topology/cluster_generator.h"

#include <benchmark/benchmark.h>
#include <map>

namespace {

using namespace cs;

const Catalog& library() {
    static const Catalog catalog = Catalog::loadDirectory(CS_CATALOG_DIR);
    return catalog;
}

const Design& cluster(int servers) {
    static std::map<int, Design> designs;
    auto it = designs.find(servers);
    if (it == designs.end()) {
        GeneratorOptions options;
        options.servers = servers;
        options.server = "xe9680";
        options.fabric = Fabric::Ndr;
        it = designs.emplace(servers, generateCluster(options, library())).first;
    }
    return it->second;
}

void BM_RouteCables(benchmark::State& state) {
    const Design& design = cluster(static_cast<int>(state.range(0)));
    const std::vector<RackFrame> frames = rackFrames(design);
    std::size_t bundles = 0, unrouted = 0;
    for (auto _ : state) {
        const CableRoutes routes = routeCables(design, frames);
        bundles = 0;
        for (const NetworkRoutes& network : routes.networks)
            bundles += network.bundles.size();
        unrouted = routes.unrouted;
        benchmark::DoNotOptimize(routes);
    }
    state.counters["cables"] = static_cast<double>(design.links().size());
    state.counters["bundles"] = static_cast<double>(bundles);
    state.counters["unrouted"] = static_cast<double>(unrouted);
}
BENCHMARK(BM_RouteCables)->Arg(16)->Arg(256)->Arg(2560)->Unit(benchmark::kMillisecond);

// The view from afar the studio shows instead of the routes when zoomed out.
void BM_AggregateView(benchmark::State& state) {
    const Design& design = cluster(static_cast<int>(state.range(0)));
    const std::vector<RackFrame> frames = rackFrames(design);
    std::size_t blocks = 0, bundles = 0;
    for (auto _ : state) {
        const AggregateView view = aggregateView(design, frames);
        blocks = view.blocks.size();
        bundles = view.bundles.size();
        benchmark::DoNotOptimize(view);
    }
    state.counters["blocks"] = static_cast<double>(blocks);
    state.counters["bundles"] = static_cast<double>(bundles);
}
BENCHMARK(BM_AggregateView)->Arg(256)->Arg(2560)->Unit(benchmark::kMillisecond);

} // namespace
