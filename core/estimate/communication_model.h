#pragma once

#include "estimate/plan.h"

namespace cs {

// Achieved NCCL bus bandwidth as a share of the line rate, from measured all-reduce runs (docs/model.md
// §Communication names them): NVLink all-reduce 235/300 GB/s on 8xA100 and 367.6/450 GB/s on 8xH200
// without NVLS (mean 0.80); inter-node all-reduce 338.8 GB/s on 2x8 H100 with 8x200G and 381.8 GB/s on
// 4x8 B200 with 8x400G, against the hierarchical model below (0.90 and 0.74, mean 0.82).
inline constexpr double kNvlinkBusEfficiency = 0.80;
inline constexpr double kNicBusEfficiency = 0.82;
// PCIe x16 payload per direction, GB/s, by generation (PCI-SIG: 2 GT/s per lane doubling from Gen3's ~1).
double pcieGbytesPerS(int generation);

// Bus bandwidth of a collective inside a server: NVLink (half the bidirectional figure) or PCIe.
double intraNodeBusBytesPerS(const ClusterSpec& cluster);

// ECMP's static hash puts a few large flows on the same links; adaptive routing spreads them. NVIDIA claims
// 95% effective data throughput for Spectrum-X against ~60% for standard Ethernet at 100K-GPU scale (NVIDIA
// Spectrum-X launch material, 2023 — a vendor claim, not a measurement we can reproduce): traffic that
// crosses the leaf tier of an ECMP fabric keeps 0.60 / 0.95 of the adaptive fabric's bandwidth.
inline constexpr double kEcmpEfficiency = 0.60 / 0.95;

// The tiers the traffic of a group of `nodes` consecutive servers crosses (Megatron places ranks in order):
// the leaf tier when the group is larger than one leaf group (a rail-optimized scalable unit keeps NIC i of
// all its servers on one leaf), the spine tier when it is larger than one spine group.
struct FabricCrossing {
    bool leaf = false;
    bool spine = false;
};
FabricCrossing fabricCrossing(const ClusterSpec& cluster, int nodes);
// The share of the NIC line rate that traffic keeps after the tiers it crosses: 1 / the oversubscription of
// each, times kEcmpEfficiency when it crosses the leaf tier of an ECMP fabric.
double fabricShare(const ClusterSpec& cluster, int nodes);
// A GPU's share of its server's compute NICs, bytes per second of line rate.
double nicLineBytesPerSPerGpu(const ClusterSpec& cluster);
// Bus bandwidth one GPU gets on the compute fabric in a group spanning `nodes` servers: its line rate times
// the NCCL bus efficiency times the fabric share.
double interNodeBusBytesPerS(const ClusterSpec& cluster, int nodes);

// NVLS all-reduce (NCCL's reduction inside the NVSwitch, Hopper and later) over the ring's bus bandwidth, by
// the number of GPUs: 8xH100 ring 365-370 GB/s, NVLS 370, 420, 440, 460, 480 GB/s for 4 to 8 GPUs
// (NVIDIA/nccl issue #1455; 480 confirmed by the NCCL maintainer in NVIDIA/nccl-tests issue #212; 8xH200 482
// against 367.6, x1.31); beyond 8 GPUs, GB200 NVL72's 72-GPU all-reduce of 835-847 GB/s (coreweave/nccl-tests
// PR #43) over this model's ring 0.80 x 900 = 720 GB/s.
double nvlsAllReduceGain(int ranks);
// NCCL runs NVLS on NVSwitch systems of Hopper and later NVIDIA GPUs.
bool hasNvls(const ClusterSpec& cluster);

// Where all-reduces reduce in the network (docs/model.md §In-network reduction): NVLS inside the NVLink
// domain, SHARP on the compute fabric. Reduce-scatter and all-gather stay rings.
struct InNetworkPaths {
    bool nvls = false;
    bool sharp = false;
};
// auto: NVLS where hasNvls(), SHARP where the compute switches reduce; on: SHARP also where the compute
// switches are not known; off: neither.
InNetworkPaths inNetworkPaths(const ClusterSpec& cluster, InNetworkReduction mode);

// Ring collectives (nccl-tests PERFORMANCE.md): all-reduce moves 2(n-1)/n of the buffer per rank,
// reduce-scatter and all-gather (n-1)/n of the whole buffer.
double ringAllReduceSeconds(double bytes, int ranks, double bus_bytes_per_s);
double ringReduceScatterSeconds(double bytes, int ranks, double bus_bytes_per_s);

// Bytes one TP collective moves: the b*s*h bf16 activations of a micro-batch (Narayanan §3.2).
double tpCollectiveBytes(const ModelShape& model, const Parallelism& parallelism);
// TP collectives per layer per micro-batch: 2 forward + 2 backward, +2 when full recompute reruns the
// forward (Narayanan §2.3, Korthikanti §4.2.2: SP's reduce-scatter + all-gather moves the same volume).
int tpCollectivesPerLayer(const Parallelism& parallelism);
// PP: b*s*h bf16 per micro-batch per stage boundary per direction, split over the t GPUs of a stage
// (scatter/gather), v times with an interleaved schedule (Narayanan §4.1).
double ppBytesPerMicroBatchPerGpu(const ModelShape& model, const Parallelism& parallelism);

// A DP gradient reduction (or the distributed optimizer's reduce-scatter, or its parameter all-gather) of
// `bytes` per GPU over d ranks, hierarchical: ranks inside a server over NVLink, then across servers on each
// GPU's own NIC, pipelined so the slower of the two sets the time. An all-reduce runs the NVLink part with
// NVLS when `paths.nvls` and sends each byte across the fabric once each way with SHARP when `paths.sharp`
// (Graham et al. 2016, "Scalable Hierarchical Aggregation Protocol (SHArP)": the switches reduce, so a NIC
// sends its bytes / k once instead of the ring's 2(n-1)/n times).
struct DataParallelPlacement {
    int ranks_per_node = 1;
    int nodes = 1;
};
DataParallelPlacement dataParallelPlacement(const ClusterSpec& cluster, const Parallelism& parallelism);
// `all_reduce`: 2(n-1)/n factors; otherwise one reduce-scatter or all-gather.
double dataParallelSeconds(double bytes, const DataParallelPlacement& placement, const ClusterSpec& cluster,
                           bool all_reduce, InNetworkPaths paths = {});
// Bytes of that collective one GPU sends on its NIC (the inter-node part).
double dataParallelNicBytes(double bytes, const DataParallelPlacement& placement, bool all_reduce,
                            InNetworkPaths paths = {});
// The placement of a group of `ranks` GPUs whose members are `stride` GPUs apart (Megatron's rank order:
// TP, CP, DP, PP for the dense layers; ETP, EP, EDP for the experts).
DataParallelPlacement stridedPlacement(const ClusterSpec& cluster, int stride, int ranks);

// Achieved all-to-all bandwidth as a share of the line rate (docs/model.md §Expert parallelism), from
// DeepEP's measured dispatch and combine (DeepSeek-AI, DeepEP, 4,096 tokens, h 7168, top-8, fp8 dispatch,
// bf16 combine, H800): inside one server 153 and 158 GB/s over NVLink against H800's 200 GB/s per direction
// (0.78); across servers the NIC share of the NCCL bus efficiency above.
inline constexpr double kNvlinkAllToAllEfficiency = 0.78;

// The EP all-to-all of one MoE layer for one micro-batch on one GPU (dispatch + combine, one direction of
// the pass): bytes per GPU over NVLink and over the compute fabric, and the seconds the slower link takes.
struct AllToAll {
    double nvlink_bytes = 0;
    double scale_out_bytes = 0;
    double seconds = 0;
};
// Dispatch sends each of the GPU's b*s/(t*c) tokens to its top_k experts (h values of `dispatch_bytes`),
// combine returns them (h bf16 values) (llm-analysis get_latency_fwd_per_layer_mlp_moe_alltoall; DeepSeek-V3
// §3.2.2). Of the ep ranks, those in the GPU's NVLink domain (min(ep, domain/etp)) are reached over NVLink;
// the rest over the compute fabric, at most routed_nodes_limit copies per token when the model limits its
// routing to that many servers, which NVLink then forwards to the experts there.
AllToAll expertAllToAll(const ModelShape& model, const Parallelism& parallelism, const ClusterSpec& cluster,
                        double dispatch_bytes);
// EP GPUs of one group that share an NVLink domain.
int expertRanksPerDomain(const Parallelism& parallelism, const ClusterSpec& cluster);

// Ring attention (Liu et al. 2023; Megatron-Core context parallelism): per layer and micro-batch each GPU
// passes its K and V, 2 x b x (s/c) x (KV width / t) bf16 values, to the next of the c ranks, c - 1 times in
// the forward and twice that in the backward (K and V, then dK and dV). With MLA the K and V are
// materialised per head. Returns the forward pass's bytes per GPU.
double contextParallelForwardBytes(const ModelShape& model, const Parallelism& parallelism);
// The bandwidth the CP ring runs at: NVLink when the ring of c GPUs, t apart, stays in one NVLink domain.
double contextParallelBusBytesPerS(const ClusterSpec& cluster, const Parallelism& parallelism);

} // namespace cs
