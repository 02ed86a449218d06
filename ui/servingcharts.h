#pragma once

class QCustomPlot;

namespace cs {

struct ThroughputLatencyCurve;
struct ServersVsLoad;

// The Charts dock's serving charts of an inference plan, drawn into an emptied plot (qcustomplot.h stays
// out of this header: it is slow to compile).

// Output tokens/s per GPU against the time per output token (ms), one point per batch size: the points
// within the latency targets in colour, the others grey, the estimate's batch marked, the time-per-output-
// token target as a dashed line.
void plotThroughputLatency(QCustomPlot* plot, const ThroughputLatencyCurve& curve);

// Servers needed against the load (requests/s, or output tokens/s when the plan gives those) as steps, the
// plan's load marked, and the servers the plan runs on as a dashed line. `servers` has points.
void plotServersVsLoad(QCustomPlot* plot, const ServersVsLoad& servers, int plan_servers);

} // namespace cs
