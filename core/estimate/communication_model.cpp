#include "estimate/communication_model.h"

#include "base/units.h"

#include <algorithm>
#include <array>

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

FabricCrossing fabricCrossing(const ClusterSpec& cluster, int nodes) {
    FabricCrossing crossing;
    crossing.leaf = nodes > cluster.leaf_group_servers;
    crossing.spine = cluster.spine_group_servers > 0 && nodes > cluster.spine_group_servers;
    return crossing;
}

double fabricShare(const ClusterSpec& cluster, int nodes) {
    const FabricCrossing crossing = fabricCrossing(cluster, nodes);
    double share = 1;
    if (crossing.leaf)
        share /= cluster.oversubscription;
    if (crossing.leaf && cluster.routing == Routing::Ecmp)
        share *= kEcmpEfficiency;
    if (crossing.spine)
        share /= cluster.spine_oversubscription;
    return share;
}

double nicLineBytesPerSPerGpu(const ClusterSpec& cluster) {
    return cluster.nics_per_node * cluster.nic_gbps * kGiga / kBitsPerByte / cluster.gpus_per_node;
}

double interNodeBusBytesPerS(const ClusterSpec& cluster, int nodes) {
    return nicLineBytesPerSPerGpu(cluster) * kNicBusEfficiency * fabricShare(cluster, nodes);
}

double nvlsAllReduceGain(int ranks) {
    constexpr double kRingGbytes = 370; // 8xH100 ring all-reduce bus bandwidth, GB/s
    constexpr std::array<double, 5> kNvlsGbytes = {370, 420, 440, 460, 480}; // 4..8 GPUs
    constexpr double kNvl72Gbytes = (835 + 847) / 2.0, kNvl72RingModelGbytes = 0.80 * 900;
    if (ranks <= 4)
        return 1;
    if (ranks <= 8)
        return kNvlsGbytes[static_cast<std::size_t>(ranks - 4)] / kRingGbytes;
    return kNvl72Gbytes / kNvl72RingModelGbytes;
}

bool hasNvls(const ClusterSpec& cluster) {
    const GpuType& gpu = cluster.gpu;
    const std::string& generation = gpu.architecture;
    const bool hopper_or_later = generation == "Hopper" || generation.rfind("Blackwell", 0) == 0;
    // Two GPUs of a domain are an NVLink-bridged pair; NVSwitch joins more.
    return gpu.vendor == "NVIDIA" && hopper_or_later && gpu.nvlink_gbytes_per_s > 0 &&
           cluster.nvlink_domain > 2;
}

InNetworkPaths inNetworkPaths(const ClusterSpec& cluster, InNetworkReduction mode) {
    InNetworkPaths paths;
    if (mode == InNetworkReduction::Off)
        return paths;
    paths.nvls = hasNvls(cluster);
    paths.sharp =
        cluster.switch_reduction || (mode == InNetworkReduction::On && cluster.compute_switch.empty());
    return paths;
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
                           bool all_reduce, InNetworkPaths paths) {
    const double factor = all_reduce ? 2 : 1;
    const int k = placement.ranks_per_node, n = placement.nodes;
    const double intra_bus =
        intraNodeBusBytesPerS(cluster) * (all_reduce && paths.nvls ? nvlsAllReduceGain(k) : 1);
    const double intra = k > 1 ? factor * bytes * (k - 1) / k / intra_bus : 0;
    const double inter =
        n > 1 ? dataParallelNicBytes(bytes, placement, all_reduce, paths) / interNodeBusBytesPerS(cluster, n)
              : 0;
    return std::max(intra, inter);
}

double dataParallelNicBytes(double bytes, const DataParallelPlacement& placement, bool all_reduce,
                            InNetworkPaths paths) {
    const int k = placement.ranks_per_node, n = placement.nodes;
    if (n <= 1)
        return 0;
    if (all_reduce && paths.sharp)
        return bytes / k;
    const double factor = all_reduce ? 2 : 1;
    return factor * (bytes / k) * (n - 1) / n;
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
    const int ep_nodes = stridedPlacement(cluster, par.etp, par.ep).nodes;
    const double scale_out_s =
        out.scale_out_bytes > 0 ? out.scale_out_bytes / interNodeBusBytesPerS(cluster, ep_nodes) : 0;
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
    return par.tp * par.cp <= cluster.nvlink_domain
               ? intraNodeBusBytesPerS(cluster)
               : interNodeBusBytesPerS(cluster, stridedPlacement(cluster, par.tp, par.cp).nodes);
}

} // namespace cs
