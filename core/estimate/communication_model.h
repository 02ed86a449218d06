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
// Bus bandwidth one GPU gets on the compute fabric: its share of the node's NICs, divided by the leaf
// oversubscription.
double interNodeBusBytesPerS(const ClusterSpec& cluster);

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
// GPU's own NIC, pipelined so the slower of the two sets the time.
struct DataParallelPlacement {
    int ranks_per_node = 1;
    int nodes = 1;
};
DataParallelPlacement dataParallelPlacement(const ClusterSpec& cluster, const Parallelism& parallelism);
// `all_reduce`: 2(n-1)/n factors; otherwise one reduce-scatter or all-gather.
double dataParallelSeconds(double bytes, const DataParallelPlacement& placement, const ClusterSpec& cluster,
                           bool all_reduce);
// Bytes of that collective one GPU sends on its NIC (the inter-node part).
double dataParallelNicBytes(double bytes, const DataParallelPlacement& placement, bool all_reduce);
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
