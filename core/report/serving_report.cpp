#include "report/serving_report.h"

#include "base/number_format.h"
#include "base/units.h"

namespace cs {

namespace {

ReportPlot throughputLatencyPlot(const ThroughputLatencyCurve& curve) {
    const auto ms = [](double seconds) { return seconds * kMillisecondsPerSecond; };
    const bool targets = curve.slo.ttft_s > 0 || curve.slo.tpot_s > 0;
    ReportCurve within{targets ? CS_REPORT_TEXT("cs::Report", "Within the latency targets")
                               : CS_REPORT_TEXT("cs::Report", "Batch sizes that fit in memory"),
                       ReportCurve::Style::Line,
                       {},
                       {}};
    ReportCurve beyond{targets ? CS_REPORT_TEXT("cs::Report", "Beyond the targets or GPU memory")
                               : CS_REPORT_TEXT("cs::Report", "Beyond GPU memory"),
                       ReportCurve::Style::Line,
                       {},
                       {},
                       true};
    for (const ThroughputLatencyPoint& point : curve.points) {
        ReportCurve& into = point.fits && point.meets_slo ? within : beyond;
        into.x.push_back(ms(point.time_per_output_token_s));
        into.y.push_back(point.output_tokens_per_s_per_gpu);
    }
    ReportPlot plot{CS_REPORT_TEXT("cs::Report", "Throughput against latency over the batch size"),
                    CS_REPORT_TEXT("cs::Report", "time per output token (ms)"),
                    CS_REPORT_TEXT("cs::Report", "output tokens/s per GPU"),
                    {}};
    for (ReportCurve* each : {&within, &beyond})
        if (!each->x.empty())
            plot.curves.push_back(std::move(*each));
    if (curve.slo.tpot_s > 0)
        plot.curves.push_back({CS_REPORT_TEXT("cs::Report", "Time-per-output-token target"),
                               ReportCurve::Style::XLimit,
                               {ms(curve.slo.tpot_s)},
                               {}});
    const ThroughputLatencyPoint& chosen = curve.points.at(curve.chosen);
    plot.curves.push_back(
        {{CS_REPORT_TEXT("cs::Report", "This plan: batch %1"), {std::to_string(chosen.batch)}},
         ReportCurve::Style::Marker,
         {ms(chosen.time_per_output_token_s)},
         {chosen.output_tokens_per_s_per_gpu}});
    return plot;
}

ReportPlot serversVsLoadPlot(const ServersVsLoad& servers, int plan_servers) {
    const auto load = [&servers](const ServersForLoad& point) {
        return servers.load_in_requests ? point.requests_per_s : point.output_tokens_per_s;
    };
    ReportCurve needed{CS_REPORT_TEXT("cs::Report", "GPU servers needed"), ReportCurve::Style::Steps, {}, {}};
    for (const ServersForLoad& point : servers.points) {
        needed.x.push_back(load(point));
        needed.y.push_back(static_cast<double>(point.servers));
    }
    ReportPlot plot{CS_REPORT_TEXT("cs::Report", "GPU servers needed against the load"),
                    servers.load_in_requests ? CS_REPORT_TEXT("cs::Report", "load (requests/s)")
                                             : CS_REPORT_TEXT("cs::Report", "load (output tokens/s)"),
                    CS_REPORT_TEXT("cs::Report", "GPU servers (count)"),
                    {std::move(needed)},
                    true};
    plot.curves.push_back(
        {{CS_REPORT_TEXT("cs::Report", "Servers in this plan (%1)"), {std::to_string(plan_servers)}},
         ReportCurve::Style::YLimit,
         {},
         {static_cast<double>(plan_servers)}});
    if (servers.plan_load) {
        const ServersForLoad& point = servers.points[*servers.plan_load];
        plot.curves.push_back({CS_REPORT_TEXT("cs::Report", "The plan's load"),
                               ReportCurve::Style::Marker,
                               {load(point)},
                               {static_cast<double>(point.servers)}});
    }
    return plot;
}

} // namespace

ReportTable servingSizingTable(const InferenceSizing& sizing, const Plan& plan) {
    const ServingLoad& load = plan.inference.load;
    ReportText demand = prefixedQuantity(sizing.output_tokens_per_s, "tokens/s");
    if (load.requests_per_s > 0)
        demand = {CS_REPORT_TEXT("cs::Report", "%1 requests/s (%2)"),
                  {significantDigits(load.requests_per_s),
                   prefixedQuantity(sizing.output_tokens_per_s, "tokens/s")}};
    return {CS_REPORT_TEXT("cs::Report", "Sizing for the load"),
            {CS_REPORT_TEXT("cs::Report", "Load"), CS_REPORT_TEXT("cs::Report", "Model replicas"),
             CS_REPORT_TEXT("cs::Report", "GPU servers"), CS_REPORT_TEXT("cs::Report", "GPUs"),
             CS_REPORT_TEXT("cs::Report", "Power at the servers' maximum")},
            {false, true, true, true, true},
            {{demand, groupedCount(static_cast<std::size_t>(sizing.replicas)),
              groupedCount(static_cast<std::size_t>(sizing.servers)),
              groupedCount(static_cast<std::size_t>(sizing.gpus)),
              formatQuantity(sizing.power_kw * kWattsPerKilowatt, "W")}}};
}

std::vector<ReportPlot> servingPlots(const ServingCurves& curves, int plan_servers) {
    std::vector<ReportPlot> plots{throughputLatencyPlot(curves.throughput_latency)};
    if (!curves.servers_vs_load.points.empty())
        plots.push_back(serversVsLoadPlot(curves.servers_vs_load, plan_servers));
    return plots;
}

} // namespace cs
