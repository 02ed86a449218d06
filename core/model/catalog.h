#pragma once

#include "model/model_features.h"
#include "model/network.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace cs {

// Every catalog entry names where its figures come from, and which of them are not confirmed.
struct Provenance {
    std::string source;
    std::vector<std::string> unverified; // key paths, e.g. "power_watts.idle"

    bool operator==(const Provenance&) const = default;
};

struct GpuType {
    std::string id, name, vendor;
    std::string model; // short label for cards and tables: "H100"
    double memory_gib = 0;
    double memory_gbytes_per_s = 0;
    double bf16_dense_tflops = 0;
    std::optional<double> fp8_dense_tflops; // none: no FP8 tensor cores (MXFP8 runs at the FP8 rate)
    std::optional<double> fp4_dense_tflops; // none: no FP4 tensor cores
    // Scale-up bandwidth, bidirectional per GPU: NVLink, or AMD's Infinity Fabric; 0 without either.
    double nvlink_gbytes_per_s = 0;
    // GPUs in the largest scale-up domain the GPU ships in (HGX 8, NVL72 72, 1 without NVLink); 0 = not
    // stated. A server's domain is the smaller of its own and its GPU's (an L40S in an NVLink-bridged
    // chassis: 1).
    int scaleup_domain = 0;
    std::string architecture; // the GPU generation ("Hopper", "Blackwell", "CDNA 3"); default: the model
    int pcie_gen = 0;
    double tdp_watts = 0;
    std::string form_factor;
    Provenance provenance;
    nlohmann::json entry; // the entry as read, embedded in .csd files

    bool operator==(const GpuType&) const = default;
};

// How a device (catalog) or a rack (design) is cooled.
enum class Cooling : std::uint8_t { Air, Liquid };
std::string_view coolingId(Cooling cooling); // air, liquid
std::optional<Cooling> parseCooling(std::string_view id);

enum class DeviceCategory : std::uint8_t { GpuServer, CpuServer, Switch, Storage };
inline constexpr std::array kDeviceCategories = {DeviceCategory::GpuServer, DeviceCategory::CpuServer,
                                                 DeviceCategory::Switch, DeviceCategory::Storage};
std::string_view categoryId(DeviceCategory category); // gpu_server, cpu_server, switch, storage
std::string_view categoryLabel(DeviceCategory category);
std::optional<DeviceCategory> parseCategory(std::string_view id);

// A group of ports of one kind. `count` physical ports (cages, or NICs); each offers `breakout` logical
// ports (cable ends) that share its top speed: an 800G OSFP cage as 2 x 400G, a ConnectX-8 as one 800G XDR
// port or 2 x 400GbE on two planes. Logical port k of the group belongs to physical port k / breakout.
struct PortGroup {
    std::string name;
    std::optional<Network> network; // none: the port takes the network its switch is placed on
    int count = 0;
    int breakout = 1;
    std::vector<int> gbps; // speeds a logical port runs at, fastest first
    std::string connector;
    Media media = Media::Ethernet;
    bool required = false; // every physical port needs at least one cabled logical port

    int maxGbps() const { return gbps.front(); }
    bool supportsGbps(int speed) const;
    int portCount() const { return count * breakout; }
};

struct GpuConfig {
    std::string gpu; // default GPU id
    int count = 0;
    // GPUs that share one NVLink/NVSwitch (or Infinity Fabric) domain. Above `count` only for a compute tray
    // of a rack-scale system, whose Scaleup ports cable the domain across trays (GB200 NVL72: 72).
    int nvlink_domain = 1;
    std::vector<std::string> supported;
};

struct SwitchInfo {
    std::vector<Network> networks; // the networks the model is meant for
    std::vector<std::string> tiers;
    std::string in_network_reduction; // "SHARPv3", ...; empty: the switch does not reduce
    bool adaptive_routing = false;    // per-packet adaptive routing (InfiniBand, Spectrum-X); false: ECMP
};

struct StorageInfo {
    double capacity_tb = 0;
    double read_gbytes_per_s = 0;
    double write_gbytes_per_s = 0;
    std::string filesystem;
};

struct DeviceType {
    std::string id, name, vendor;
    std::string model; // short label for cards and tables: "XE9680", "QM9700"
    DeviceCategory category = DeviceCategory::CpuServer;
    int rack_units = 1;
    double idle_watts = 0;
    double max_watts = 0;
    bool bmc = false;
    Cooling cooling = Cooling::Air;
    std::optional<GpuConfig> gpu;
    std::optional<SwitchInfo> switch_info;
    std::optional<StorageInfo> storage;
    std::vector<PortGroup> port_groups;
    Provenance provenance;
    nlohmann::json entry;

    // Ports are numbered 0..portCount()-1 across the groups in order; their names are "<group>-<n>", n
    // from 1.
    int portCount() const { return port_offsets_.empty() ? 0 : port_offsets_.back(); }
    // The GPUs sharing one scale-up domain in this device with `gpu` in it (the smaller of the two figures).
    int scaleupDomainWith(const GpuType& gpu) const;
    std::optional<int> portIndex(std::string_view name) const;
    std::string portName(int index) const;
    const PortGroup& groupOfPort(int index) const;
    int firstPortOf(std::size_t group) const { return port_offsets_[group]; }
    // The first logical port of the physical port (cage, NIC) that logical port `index` belongs to.
    int cageOf(int index) const;
    // The first port group on `network` (its first port in *firstPort), or nullptr.
    const PortGroup* groupOn(Network network, int* firstPort = nullptr) const;

    // Called once the groups are set; fills the port numbering.
    void indexPorts();

private:
    std::vector<int> port_offsets_; // group i owns [offsets[i], offsets[i+1])
};

// A rack-scale system (GB200 NVL72): one rack of compute trays (GPU servers with Scaleup ports) and NVLink
// switch trays, the trays cabled into one scale-up domain. The trays are ordinary device types; the system
// says how many of each make one rack, and the rack's power feed and cooling.
struct SystemType {
    std::string id, name, vendor;
    std::string model; // "GB200 NVL72"
    std::string compute_tray;
    int compute_trays = 0;
    std::string switch_tray;
    int switch_trays = 0;
    int rack_units = 0; // height of the system's rack
    double rack_kw = 0; // power the rack may draw
    Cooling cooling = Cooling::Liquid;
    int scalable_unit_racks = 1; // racks per scalable unit of the vendor's reference fabric
    Provenance provenance;
};

enum class CableKind : std::uint8_t { Transceiver, Aoc, Dac, Copper };

// The patch cord between two transceivers, one per link (an MPO cord for parallel optics, a duplex LC cord
// otherwise): what an installer orders beside the modules.
struct FibreType {
    std::string id, name;
};

struct CableType {
    std::string id, name;
    CableKind kind = CableKind::Dac;
    std::optional<FibreType> fibre; // transceivers only: the fibre between two modules
    Media media = Media::Ethernet;
    int gbps = 0;
    std::string connector;
    double reach_m = 0;
    double power_watts = 0;
    Provenance provenance;
    nlohmann::json entry;
};

struct ModelPreset {
    std::string id, name;
    double params_billion = 0;
    int layers = 0, hidden = 0, heads = 0, kv_heads = 0, ffn_hidden = 0;
    bool gated_mlp = false;
    int vocab = 0, seq_len = 0;
    double dataset_tokens = 0;
    ModelFeatures features; // head_dim, MoE, MLA, sliding windows
    Provenance provenance;
};

// The three workloads of the suitability tables (应用场景, docs/model.md §Suitability): pre-training,
// fine-tuning, inference.
enum class Workload : std::uint8_t { Pretrain, Finetune, Inference };
std::string_view workloadId(Workload workload);
std::optional<Workload> parseWorkload(std::string_view id);

// The suitability tables (catalogs/README.md): for a parameter scale and a scenario, the servers (or GPUs)
// marked "Y".
struct SuitabilityTable {
    std::vector<std::string> columns;
    std::map<std::pair<std::string, Workload>, std::vector<std::string>> suitable; // (scale, workload) -> ids
};

struct ParameterScale {
    std::string id, label_zh, label_en;
    double min_params_billion = 0;
};

struct Suitability {
    std::string source;
    std::vector<ParameterScale> scales; // largest first
    SuitabilityTable servers, gpus;

    // The scale class a model of this size falls in (the largest whose minimum it reaches), if any.
    const ParameterScale* scaleOf(double params_billion) const;
};

// The set of device, GPU and cable types. Loaded from catalogs/*.json, or rebuilt from the copies a project
// file carries. Entries are checked strictly on the way in; lookups return nullptr for unknown ids.
class Catalog {
public:
    static Catalog loadDirectory(const std::filesystem::path& directory);
    // Where the catalogs are: $CLUSTER_STUDIO_CATALOGS, else those installed with the program (found relative
    // to the running executable: <prefix>/bin -> <prefix>/share/cluster-studio/catalogs), else the source
    // tree's that this build was configured with.
    static std::filesystem::path defaultDirectory();

    static GpuType parseGpu(const nlohmann::json& entry, const std::string& where);
    static DeviceType parseDevice(const nlohmann::json& entry, const std::string& where);
    static CableType parseCable(const nlohmann::json& entry, const std::string& where);
    // Checks the trays against the catalog: a compute tray whose Scaleup ports reach every switch tray,
    // switch trays with a port per compute tray, and as many GPUs as the trays' NVLink domain.
    SystemType parseSystem(const nlohmann::json& entry, const std::string& where) const;

    // Adding checks references (a server's GPUs must be known) and refuses a second entry with the same id.
    void addGpu(GpuType gpu);
    void addDevice(DeviceType device);
    void addCable(CableType cable);

    const GpuType* gpu(std::string_view id) const;
    const DeviceType* device(std::string_view id) const;
    const CableType* cable(std::string_view id) const;
    const ModelPreset* model(std::string_view id) const;
    const SystemType* system(std::string_view id) const;

    const std::map<std::string, GpuType, std::less<>>& gpus() const { return gpus_; }
    const std::map<std::string, DeviceType, std::less<>>& devices() const { return devices_; }
    const std::map<std::string, CableType, std::less<>>& cables() const { return cables_; }
    const std::map<std::string, ModelPreset, std::less<>>& models() const { return models_; }
    const std::map<std::string, SystemType, std::less<>>& systems() const { return systems_; }
    const Suitability& suitability() const { return suitability_; }

private:
    void loadGpus(const nlohmann::json& document);
    void loadDevices(const nlohmann::json& document);
    void loadCables(const nlohmann::json& document);
    void loadModels(const nlohmann::json& document);
    void loadSystems(const nlohmann::json& document);
    void loadSuitability(const nlohmann::json& document);

    std::map<std::string, GpuType, std::less<>> gpus_;
    std::map<std::string, DeviceType, std::less<>> devices_;
    std::map<std::string, CableType, std::less<>> cables_;
    std::map<std::string, ModelPreset, std::less<>> models_;
    std::map<std::string, SystemType, std::less<>> systems_;
    Suitability suitability_;
};

} // namespace cs
