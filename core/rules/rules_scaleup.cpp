#include "model/scaleup_domains.h"
#include "rules/rules.h"

#include <algorithm>
#include <map>
#include <set>

namespace cs {

namespace {

// A parallel group size the plan asks for: "parallelism.tp" and friends, when a whole number above 1.
int groupSize(const nlohmann::json& plan, const char* object, const char* key) {
    const auto part = plan.find(object);
    if (part == plan.end() || !part->is_object())
        return 0;
    const auto value = part->find(key);
    return value != part->end() && value->is_number_integer() ? value->get<int>() : 0;
}

} // namespace

// A rack-scale domain is complete when it has the switch trays its trays have Scaleup ports for, every tray
// reaches every one of them, and it holds no more GPUs than it is built for (GB200 NVL72: 18 trays of 4 GPUs,
// 9 NVLink switch trays, one cable bundle from each tray to each switch tray). A rack may hold fewer trays.
void checkScaleupDomains(const DesignIndex& index, std::vector<Diagnostic>& out) {
    const Design& design = index.design();
    for (const ScaleupDomain& domain : scaleupDomains(design)) {
        if (!domain.cabled)
            continue;
        const DeviceType& tray = index.type(domain.servers.front());
        const int wanted = tray.groupOn(Network::Scaleup)->portCount();
        std::string problems;
        const auto add = [&](const std::string& text) { problems += (problems.empty() ? "" : "; ") + text; };
        if (static_cast<int>(domain.switches.size()) != wanted)
            add(std::to_string(domain.switches.size()) + " of its " + std::to_string(wanted) +
                " NVLink switch trays");
        int short_trays = 0;
        std::string first_short;
        for (DeviceId server : domain.servers) {
            std::set<DeviceId> reached;
            for (LinkId id : design.linksOf(server)) {
                const Link& link = *design.links().find(id);
                const DeviceId peer = link.a.device == server ? link.b.device : link.a.device;
                if (link.network == Network::Scaleup && index.isSwitch(peer))
                    reached.insert(peer);
            }
            if (static_cast<int>(reached.size()) < wanted && short_trays++ == 0)
                first_short = index.device(server)->name + " reaches " + std::to_string(reached.size()) +
                              " of " + std::to_string(wanted);
        }
        if (short_trays > 0)
            add(std::to_string(short_trays) + " tray(s) not cabled to every switch tray (" + first_short +
                ")");
        if (domain.gpus > domain.capacity)
            add(std::to_string(domain.gpus) + " GPUs in a " + std::to_string(domain.capacity) +
                "-GPU domain");
        if (problems.empty())
            continue;
        std::vector<DeviceId> devices = domain.servers;
        devices.insert(devices.end(), domain.switches.begin(), domain.switches.end());
        std::sort(devices.begin(), devices.end());
        out.push_back(
            {"scaleup-incomplete",
             Severity::Error,
             "the NVLink domain of " + index.label(domain.servers.front()) + " is incomplete: " + problems,
             std::move(devices),
             {},
             "give the rack all its NVLink switch trays and cable every compute tray to each of them"});
    }
}

// TP (and EP) groups are consecutive GPUs (Megatron-LM orders the TP rank innermost) that must share one
// scale-up domain: the group size must divide the GPUs of every domain, or a group straddles two and its
// collectives leave NVLink for the NICs.
void checkScaleupGroups(const DesignIndex& index, std::vector<Diagnostic>& out) {
    const Design& design = index.design();
    if (design.scenarios().size() == 0)
        return;
    std::map<int, ScaleupDomain> bySize; // populated size -> its first domain
    for (ScaleupDomain& domain : scaleupDomains(design))
        bySize.try_emplace(domain.gpus, std::move(domain));
    std::vector<const Scenario*> scenarios;
    for (const Scenario& scenario : design.scenarios().items())
        scenarios.push_back(&scenario);
    std::sort(scenarios.begin(), scenarios.end(),
              [](const Scenario* a, const Scenario* b) { return a->id < b->id; });
    for (const Scenario* scenario : scenarios) {
        const auto workload = scenario->plan.find("scenario");
        const bool inference = workload != scenario->plan.end() && *workload == "inference";
        const std::pair<const char*, int> groups[] = {
            {"TP", groupSize(scenario->plan, inference ? "inference" : "parallelism", "tp")},
            {"EP", groupSize(scenario->plan, "parallelism", "ep")}};
        for (const auto& [name, size] : groups) {
            if (size < 2)
                continue;
            for (const auto& [gpus, domain] : bySize) {
                if (gpus % size == 0)
                    continue;
                const std::string where = index.label(domain.servers.front());
                out.push_back(
                    {"scaleup-group-split",
                     Severity::Error,
                     "scenario '" + scenario->name + "': " + name + " " + std::to_string(size) +
                         (size > gpus ? " is larger than" : " does not divide") + " the " +
                         std::to_string(gpus) + "-GPU NVLink domain of " + where + ", so a " + name +
                         " group spans two domains",
                     domain.servers,
                     {},
                     "choose a " + std::string(name) + " size that divides " + std::to_string(gpus)});
                break;
            }
        }
    }
}

} // namespace cs
