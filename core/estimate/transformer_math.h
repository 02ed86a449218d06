#pragma once

#include "estimate/plan.h"

namespace cs {

// Parameter and FLOP counts of a GPT-style decoder, generalised to GQA and gated (SwiGLU) MLPs by counting
// the weight matrices.

// Parameters of one transformer layer: Q and O (h x h), K and V (h x h*g/a), the MLP matrices (2 or 3 of
// h x ffn), biases and two layer norms. For MHA with ffn = 4h this is Narayanan eq. 2's 12h^2 + 13h.
double layerParameters(const ModelShape& model);
// Token and position embeddings, (V + s) * h (Narayanan eq. 2; output layer tied to the input embedding).
double embeddingParameters(const ModelShape& model);
double totalParameters(const ModelShape& model);

// Forward FLOPs of one layer for a micro-batch of b sequences: 4*b*s*h^2*[(1 + g/a + s/h) + (ffn/h)*k]
// with k = 3/2 for gated MLPs (a third of Megatron's num_floating_point_operations per layer).
double layerForwardFlops(const ModelShape& model, double micro_batch);
// Forward FLOPs of the attention core (Q*K^T and scores*V): 4*b*s^2*h, recomputed by selective recompute.
double attentionCoreForwardFlops(const ModelShape& model, double micro_batch);
// Forward FLOPs of the output (logit) layer: 2*b*s*h*V.
double logitForwardFlops(const ModelShape& model, double micro_batch);

// Model FLOPs of one iteration of B sequences (MFU basis, no recompute counted):
// 12*B*s*L*h^2*[(1 + g/a + s/h) + (ffn/h)*k + V/(2*L*h)] — Megatron-LM num_floating_point_operations;
// equal to Narayanan eq. 3's 72*B*s*l*h^2*(1 + s/(6h) + V/(12lh)) for GPT.
double modelFlopsPerIteration(const ModelShape& model, double global_batch);
// Hardware FLOPs (HFU basis): model FLOPs plus the forward recomputed — every layer's for full recompute
// (Narayanan eq. 3's 96 form), the attention core's for selective recompute (Korthikanti §5).
double hardwareFlopsPerIteration(const ModelShape& model, double global_batch, Recompute recompute);

} // namespace cs

namespace cs {

// Trainable parameters of LoRA adapters of rank r on every weight matrix of every layer: r * (in + out) per
// matrix (Hu et al. 2021, LoRA §4).
double loraParameters(const ModelShape& model, int rank);

} // namespace cs
