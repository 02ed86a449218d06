#include "estimate/communication_model.h"

#include "base/units.h"

#include <algorithm>

namespace cs {

namespace {

constexpr double kActivationBytes = 2; // bf16

} // namespace

double pcieGbytesPerS(int generation) {
    // x16 payload per direction: Gen3 ~16, Gen4 ~32, Gen5 ~64 GB/s.
    constexpr double kGen3Gbytes = 16;
    return generation <= 3 ? kGen3Gbytes : kGen3Gbytes * static_cast<double>(1 << (generation - 3));
}

double intraNodeBusBytesPerS(const ClusterSpec& cluster) {
    const double unidirectional = cluster.gpu.nvlink_gbytes_per_s > 0 && cluster.nvlink_domain > 1
                                      ? cluster.gpu.nvlink_gbytes_per_s / 2
                                      : pcieGbytesPerS(cluster.gpu.pcie_gen);
    return unidirectional * kGiga * kNvlinkBusEfficiency;
}

double interNodeBusBytesPerS(const ClusterSpec& cluster) {
    const double node_bytes = cluster.nics_per_node * cluster.nic_gbps * kGiga / kBitsPerByte;
    return node_bytes / cluster.gpus_per_node * kNicBusEfficiency / cluster.oversubscription;
}

double ringAllReduceSeconds(double bytes, int ranks, double bus_bytes_per_s) {
    return ranks <= 1 ? 0 : bytes * 2 * (ranks - 1) / ranks / bus_bytes_per_s;
}

double ringReduceScatterSeconds(double bytes, int ranks, double bus_bytes_per_s) {
    return ranks <= 1 ? 0 : bytes * (ranks - 1) / ranks / bus_bytes_per_s;
}

double tpCollectiveBytes(const ModelShape& model, const Parallelism& par) {
    return static_cast<double>(par.micro_batch) * model.seq_len * model.hidden * kActivationBytes;
}

int tpCollectivesPerLayer(const Parallelism& par) {
    return par.recompute == Recompute::Full ? 6 : 4;
}

double ppBytesPerMicroBatchPerGpu(const ModelShape& model, const Parallelism& par) {
    if (par.pp == 1)
        return 0;
    const double both_directions = 2;
    return both_directions * par.vpp * tpCollectiveBytes(model, par) / par.tp;
}

DataParallelPlacement dataParallelPlacement(const ClusterSpec& cluster, const Parallelism& par) {
    // Megatron orders ranks TP, then DP, then PP: the DP peers of a GPU fill its server first.
    DataParallelPlacement placement;
    placement.ranks_per_node = std::clamp(cluster.gpus_per_node / par.tp, 1, par.dp);
    placement.nodes = par.dp / placement.ranks_per_node;
    return placement;
}

double dataParallelSeconds(double bytes, const DataParallelPlacement& placement, const ClusterSpec& cluster,
                           bool all_reduce) {
    const double factor = all_reduce ? 2 : 1;
    const int k = placement.ranks_per_node, n = placement.nodes;
    const double intra = k > 1 ? factor * bytes * (k - 1) / k / intraNodeBusBytesPerS(cluster) : 0;
    const double inter = n > 1 ? factor * (bytes / k) * (n - 1) / n / interNodeBusBytesPerS(cluster) : 0;
    return std::max(intra, inter);
}

double dataParallelNicBytes(double bytes, const DataParallelPlacement& placement, bool all_reduce) {
    const double factor = all_reduce ? 2 : 1;
    const int k = placement.ranks_per_node, n = placement.nodes;
    return n > 1 ? factor * (bytes / k) * (n - 1) / n : 0;
}

} // namespace cs
