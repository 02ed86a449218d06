#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace cs {

// The five networks of an AI cluster (docs/model.md §Networks), and a sixth: the scale-up domain (NVLink)
// that rack-scale systems such as the GB200 NVL72 cable between their compute trays and NVLink switch trays.
// It is a network like the others so that its trays, ports and cables are drawn, counted, saved and checked
// by the same code; the rules that differ (one fabric per domain, not per cluster) know it. An 8-GPU HGX
// server keeps its NVSwitch inside the chassis: its domain has no cables and no Scaleup ports.
enum class Network : std::uint8_t { Compute, Storage, Uplink, Inband, Oob, Scaleup };

inline constexpr std::array kNetworks = {Network::Compute, Network::Storage, Network::Uplink,
                                         Network::Inband,  Network::Oob,     Network::Scaleup};
inline constexpr std::size_t kNetworkCount = kNetworks.size();

// The file-format name: compute, storage, uplink, inband, oob, scaleup.
std::string_view networkId(Network network);
std::optional<Network> parseNetwork(std::string_view id);
// A human label: "GPU compute", "Storage", ...
std::string_view networkLabel(Network network);
constexpr std::size_t networkIndex(Network network) {
    return static_cast<std::size_t>(network);
}

// What a port speaks on the wire. NVLink ports (a rack's copper NVLink spine) only meet NVLink ports.
enum class Media : std::uint8_t { Infiniband, Ethernet, Vpi, Nvlink };

std::string_view mediaId(Media media);
std::optional<Media> parseMedia(std::string_view id);
// InfiniBand ports only meet InfiniBand ports; VPI ports run either; NVLink meets NVLink alone.
bool mediaCompatible(Media a, Media b);

} // namespace cs
