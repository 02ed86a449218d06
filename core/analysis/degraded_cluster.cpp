#include "analysis/degraded_cluster.h"

#include "estimate/training_estimator.h"

#include <algorithm>
#include <string>

namespace cs {

namespace {

// At most this many failed items are named in a "cannot run" message; the rest are counted.
constexpr std::size_t kNamedFailures = 5;

std::string failedNames(const Design& design, const FailureSet& failures) {
    std::vector<std::string> names;
    for (DeviceId id : failures.devices)
        names.push_back(design.devices().find(id)->name);
    for (LinkId id : failures.links)
        names.push_back("link:" + std::to_string(id));
    std::string text;
    for (std::size_t i = 0; i < names.size() && i < kNamedFailures; ++i)
        text += (i > 0 ? ", " : "") + names[i];
    if (names.size() > kNamedFailures)
        text += " and " + std::to_string(names.size() - kNamedFailures) + " more";
    return text;
}

const ServerImpact* impactOn(const FailureImpact& impact, DeviceId server) {
    const auto it =
        std::lower_bound(impact.servers.begin(), impact.servers.end(), server,
                         [](const ServerImpact& entry, DeviceId id) { return entry.server < id; });
    return it != impact.servers.end() && it->server == server ? &*it : nullptr;
}

double computeFraction(const FailureImpact& impact, DeviceId server) {
    const ServerImpact* entry = impactOn(impact, server);
    return entry ? entry->compute_bandwidth_fraction : 1.0;
}

struct GpuServer {
    DeviceId id = 0;
    int gpus = 0;
};

// The design's GPU servers, by id.
std::vector<GpuServer> gpuServersOf(const Design& design) {
    std::vector<GpuServer> servers;
    for (const Device& device : design.devices().items()) {
        if (design.typeOf(device).category == DeviceCategory::GpuServer && design.gpuCount(device) > 0)
            servers.push_back({device.id, design.gpuCount(device)});
    }
    std::sort(servers.begin(), servers.end(),
              [](const GpuServer& a, const GpuServer& b) { return a.id < b.id; });
    return servers;
}

std::vector<GpuServer> pickJobServers(const std::vector<GpuServer>& servers, const FailureImpact& impact,
                                      int gpus) {
    const NetworkLoss* compute = impact.loss(Network::Compute);
    std::vector<std::pair<double, GpuServer>> kept; // (compute bandwidth fraction, server)
    for (const GpuServer& server : servers) {
        if (compute &&
            std::binary_search(compute->servers_cut_off.begin(), compute->servers_cut_off.end(), server.id))
            continue;
        const ServerImpact* affected = impactOn(impact, server.id);
        if (affected && affected->gpus_cut_off > 0)
            continue; // a server without NVLink that lost GPUs: the job's ranks fill whole servers
        kept.emplace_back(computeFraction(impact, server.id), server);
    }
    std::stable_sort(kept.begin(), kept.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; }); // ids stay in order
    std::vector<GpuServer> picked;
    int held = 0;
    for (const auto& [fraction, server] : kept) {
        if (held >= gpus)
            break;
        picked.push_back(server);
        held += server.gpus;
    }
    return picked;
}

std::optional<PlanError> degrade(const Design& design, const std::vector<GpuServer>& servers,
                                 const FailureSet& failures, const FailureImpact& impact, Plan& plan) {
    ClusterSpec& cluster = plan.cluster;
    const int needed = jobGpus(plan);
    int remaining = 0;
    double slowest = 1;
    for (const GpuServer& server : pickJobServers(servers, impact, needed)) {
        remaining += server.gpus;
        slowest = std::min(slowest, computeFraction(impact, server.id));
    }
    if (remaining < needed) {
        const NetworkLoss* compute = impact.loss(Network::Compute);
        const std::size_t cutOff = compute ? compute->servers_cut_off.size() : 0;
        return PlanError{std::string(kFailuresField),
                         "the plan needs " + std::to_string(needed) + " GPUs and " +
                             std::to_string(remaining) + " remain: " + std::to_string(cutOff) +
                             " GPU server(s) (" + std::to_string(impact.gpusCutOff(Network::Compute)) +
                             " GPUs) cut off from the compute network by the failure of " +
                             failedNames(design, failures)};
    }
    cluster.gpus = needed;
    // A collective runs at its slowest member's pace: the job's server with the lowest PXN fraction.
    cluster.nic_gbps *= slowest;
    cluster.oversubscription = std::max(cluster.oversubscription, impact.worst_leaf_oversubscription);
    if (!impact.storage_nodes_lost.empty() && cluster.storage_nodes > 0) {
        for (DeviceId id : impact.storage_nodes_lost) {
            const auto& storage = design.typeOf(*design.devices().find(id)).storage;
            cluster.storage_read_gbytes_per_s -= storage->read_gbytes_per_s;
            cluster.storage_write_gbytes_per_s -= storage->write_gbytes_per_s;
        }
        const int lost = static_cast<int>(impact.storage_nodes_lost.size());
        cluster.storage_source = std::to_string(cluster.storage_nodes - lost) + " of the design's " +
                                 std::to_string(cluster.storage_nodes) + " storage nodes (" +
                                 std::to_string(lost) + " lost)";
        cluster.storage_nodes -= lost;
    }
    return std::nullopt;
}

bool sameCluster(const ClusterSpec& a, const ClusterSpec& b) {
    return a.gpus == b.gpus && a.nic_gbps == b.nic_gbps && a.oversubscription == b.oversubscription &&
           a.storage_nodes == b.storage_nodes;
}

} // namespace

int jobGpus(const Plan& plan) {
    return plan.parallelism.dp > 0 ? plan.parallelism.gpus() : plan.cluster.gpus;
}

Plan intactJob(const Plan& plan) {
    Plan job = plan;
    job.cluster.gpus = jobGpus(plan);
    return job;
}

std::vector<DeviceId> jobServers(const Design& design, const FailureImpact& impact, int gpus) {
    std::vector<DeviceId> ids;
    for (const GpuServer& server : pickJobServers(gpuServersOf(design), impact, gpus))
        ids.push_back(server.id);
    return ids;
}

std::optional<PlanError> applyFailures(const Design& design, const FailureSet& failures,
                                       const FailureImpact& impact, Plan& plan) {
    return degrade(design, gpuServersOf(design), failures, impact, plan);
}

DegradedStep planOnDegradedFabric(const Design& design, const Plan& plan) {
    const Plan intact = intactJob(plan);
    const bool training = plan.workload != Workload::Inference && checkPlan(intact).empty();
    const std::optional<double> intactStep =
        training ? std::optional(estimateTraining(intact).step_time_s) : std::nullopt;
    return [&design, plan, intact, intactStep, servers = gpuServersOf(design)](
               const FailureSet& failures, const FailureImpact& impact, ResilienceEntry& entry) {
        Plan degraded = plan;
        if (const std::optional<PlanError> error = degrade(design, servers, failures, impact, degraded)) {
            entry.cannot_run = error->message;
            return;
        }
        if (!intactStep)
            return;
        // Most failures (storage, management, a spine of a blocking fabric) leave the job's cluster as it
        // was.
        entry.step_time_s = sameCluster(degraded.cluster, intact.cluster)
                                ? *intactStep
                                : estimateTraining(degraded).step_time_s;
    };
}

} // namespace cs
