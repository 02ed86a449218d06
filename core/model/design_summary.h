#pragma once

#include "model/design.h"

#include <array>
#include <map>
#include <string>

namespace cs {

// What `cluster-studio info` prints and the studio's status bar shows: counts and power of a design.
struct DesignSummary {
    std::string name;
    std::size_t devices = 0;
    std::array<std::size_t, kDeviceCategories.size()> devices_by_category{};
    std::map<std::string, std::size_t> devices_by_type;
    std::size_t ports = 0;
    std::size_t links = 0;
    std::array<std::size_t, kNetworkCount> links_by_network{};
    std::map<std::string, std::size_t> gpus_by_type;
    std::size_t gpus = 0;
    std::size_t racks = 0;
    std::size_t scenarios = 0;
    std::array<std::size_t, kNetworkCount> switches_by_network{};
    // The compute switches by role (leaf, spine, core), and by plane when the fabric has planes.
    std::size_t compute_leaves = 0, compute_spines = 0, compute_cores = 0;
    struct PlaneSwitches {
        int plane = 0;
        std::size_t leaves = 0, spines = 0, cores = 0;
    };
    std::vector<PlaneSwitches> compute_planes; // by plane number; empty for a single-plane fabric
    // Compute link bandwidth cabled to the GPU servers, per GPU (what a cut plane halves).
    double compute_gbps_per_gpu = 0;
    // Scale-up: the GPUs of the largest domain (72 for a GB200 NVL72 rack, 8 for an HGX server) and the
    // domains that hold GPUs.
    int scaleup_domain_gpus = 0;
    std::size_t scaleup_domains = 0;
    double idle_watts = 0; // sum of the catalog idle figures
    double max_watts = 0;  // sum of the catalog maximum figures (the design's IT power ceiling)
};

DesignSummary summarize(const Design& design);
nlohmann::json summaryToJson(const DesignSummary& summary);
std::string summaryToText(const DesignSummary& summary);

} // namespace cs
