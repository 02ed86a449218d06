#pragma once

#include "analysis/serving_curves.h"
#include "report/report_content.h"

namespace cs {

// The inference section's answer for the plan's load (the estimate's InferenceSizing): the load, replicas,
// GPU servers, GPUs and their power, one row.
ReportTable servingSizingTable(const InferenceSizing& sizing, const Plan& plan);

// The serving curves as the report draws them: throughput per GPU against the time per output token over
// the batch size (the points within the latency targets, the others muted, the target and the plan's batch
// marked), and GPU servers against the load (the plan's servers and load marked; absent when no replica
// fits in memory).
std::vector<ReportPlot> servingPlots(const ServingCurves& curves, int plan_servers);

} // namespace cs
