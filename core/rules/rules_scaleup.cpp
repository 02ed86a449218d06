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
        std::vector<ReportText> problems;
        if (static_cast<int>(domain.switches.size()) != wanted)
            problems.push_back({CS_REPORT_TEXT("cs::Diagnostic", "%1 of its %2 NVLink switch trays"),
                                {std::to_string(domain.switches.size()), std::to_string(wanted)}});
        int short_trays = 0;
        ReportText first_short;
        for (DeviceId server : domain.servers) {
            std::set<DeviceId> reached;
            for (LinkId id : design.linksOf(server)) {
                const Link& link = *design.links().find(id);
                const DeviceId peer = link.a.device == server ? link.b.device : link.a.device;
                if (link.network == Network::Scaleup && index.isSwitch(peer))
                    reached.insert(peer);
            }
            if (static_cast<int>(reached.size()) < wanted && short_trays++ == 0)
                first_short = {
                    CS_REPORT_TEXT("cs::Diagnostic", "%1 reaches %2 of %3"),
                    {index.device(server)->name, std::to_string(reached.size()), std::to_string(wanted)}};
        }
        if (short_trays > 0)
            problems.push_back(
                {CS_REPORT_TEXT("cs::Diagnostic", "%1 tray(s) not cabled to every switch tray (%2)"),
                 {std::to_string(short_trays), first_short}});
        if (domain.gpus > domain.capacity)
            problems.push_back({CS_REPORT_TEXT("cs::Diagnostic", "%1 GPUs in a %2-GPU domain"),
                                {std::to_string(domain.gpus), std::to_string(domain.capacity)}});
        if (problems.empty())
            continue;
        std::vector<DeviceId> devices = domain.servers;
        devices.insert(devices.end(), domain.switches.begin(), domain.switches.end());
        std::sort(devices.begin(), devices.end());
        out.push_back(
            {"scaleup-incomplete",
             Severity::Error,
             {CS_REPORT_TEXT("cs::Diagnostic", "the NVLink domain of %1 is incomplete: %2"),
              {index.label(domain.servers.front()), listText(problems)}},
             std::move(devices),
             {},
             CS_REPORT_TEXT(
                 "cs::Diagnostic",
                 "give the rack all its NVLink switch trays and cable every compute tray to each of them")});
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
                     {size > gpus
                          ? CS_REPORT_TEXT("cs::Diagnostic", "scenario '%1': %2 %3 is larger than the "
                                                             "%4-GPU NVLink domain of %5, so a %2 group "
                                                             "spans two domains")
                          : CS_REPORT_TEXT("cs::Diagnostic", "scenario '%1': %2 %3 does not divide the "
                                                             "%4-GPU NVLink domain of %5, so a %2 group "
                                                             "spans two domains"),
                      {scenario->name, std::string(name), std::to_string(size), std::to_string(gpus), where}},
                     domain.servers,
                     {},
                     {CS_REPORT_TEXT("cs::Diagnostic", "choose a %1 size that divides %2"),
                      {std::string(name), std::to_string(gpus)}}});
                break;
            }
        }
    }
}

} // namespace cs
