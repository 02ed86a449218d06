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

DataParallelPlacement stridedPlacement(const ClusterSpec& cluster, int stride, int ranks) {
    DataParallelPlacement placement;
    placement.ranks_per_node = std::clamp(cluster.gpus_per_node / std::max(1, stride), 1, ranks);
    placement.nodes = ranks / placement.ranks_per_node;
    return placement;
}

int expertRanksPerDomain(const Parallelism& par, const ClusterSpec& cluster) {
    return std::clamp(cluster.nvlink_domain / par.etp, 1, par.ep);
}

AllToAll expertAllToAll(const ModelShape& model, const Parallelism& par, const ClusterSpec& cluster,
                        double dispatch_bytes) {
    AllToAll out;
    if (!model.isMoe() || par.ep <= 1)
        return out;
    const MoeShape& moe = model.features.moe;
    const double tokens = static_cast<double>(par.micro_batch) * model.seq_len / (par.tp * par.cp);
    const double per_copy = tokens * model.hidden * (dispatch_bytes + kActivationBytes);
    const double ep = par.ep, local = expertRanksPerDomain(par, cluster);
    const double nvlink_copies = moe.top_k * (local - 1) / ep;
    double remote_copies = moe.top_k * (ep - local) / ep;
    if (moe.routed_nodes_limit > 0)
        remote_copies = std::min<double>(remote_copies, moe.routed_nodes_limit);
    // Tokens that crossed the fabric to a server are forwarded over its NVLink to their experts.
    const double forwarded =
        moe.routed_nodes_limit > 0 && remote_copies > 0 ? moe.top_k * (ep - local) / ep : 0;
    out.nvlink_bytes = per_copy * (nvlink_copies + forwarded);
    out.scale_out_bytes = per_copy * remote_copies;
    const double nvlink_rate = cluster.gpu.nvlink_gbytes_per_s > 0 && cluster.nvlink_domain > 1
                                   ? cluster.gpu.nvlink_gbytes_per_s / 2 * kGiga * kNvlinkAllToAllEfficiency
                                   : pcieGbytesPerS(cluster.gpu.pcie_gen) * kGiga * kNvlinkAllToAllEfficiency;
    const double nvlink_s = out.nvlink_bytes / nvlink_rate;
    const double scale_out_s =
        out.scale_out_bytes > 0 ? out.scale_out_bytes / interNodeBusBytesPerS(cluster) : 0;
    out.seconds = std::max(nvlink_s, scale_out_s);
    return out;
}

double contextParallelForwardBytes(const ModelShape& model, const Parallelism& par) {
    if (par.cp <= 1)
        return 0;
    const MlaShape& mla = model.features.mla;
    const double kv_width = mla.enabled()
                                ? static_cast<double>(model.heads) *
                                      (mla.qk_nope_head_dim + mla.qk_rope_head_dim + mla.v_head_dim) / 2
                                : static_cast<double>(model.kv_heads) * model.headDim();
    const double chunk = 2 * static_cast<double>(par.micro_batch) * model.seq_len / par.cp * kv_width /
                         std::min(par.tp, std::max(1, model.kv_heads)) * kActivationBytes;
    return chunk * (par.cp - 1);
}

double contextParallelBusBytesPerS(const ClusterSpec& cluster, const Parallelism& par) {
    return par.tp * par.cp <= cluster.nvlink_domain ? intraNodeBusBytesPerS(cluster)
                                                    : interNodeBusBytesPerS(cluster);
}

} // namespace cs
