#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace cs {

// The five networks of an AI cluster (docs/model.md §Networks).
enum class Network : std::uint8_t { Compute, Storage, Uplink, Inband, Oob };

inline constexpr std::array kNetworks = {Network::Compute, Network::Storage, Network::Uplink, Network::Inband,
                                         Network::Oob};
inline constexpr std::size_t kNetworkCount = kNetworks.size();

// The file-format name: compute, storage, uplink, inband, oob.
std::string_view networkId(Network network);
std::optional<Network> parseNetwork(std::string_view id);
// A human label: "GPU compute", "Storage", ...
std::string_view networkLabel(Network network);
constexpr std::size_t networkIndex(Network network) {
    return static_cast<std::size_t>(network);
}

// What a port speaks on the wire.
enum class Media : std::uint8_t { Infiniband, Ethernet, Vpi };

std::string_view mediaId(Media media);
std::optional<Media> parseMedia(std::string_view id);
// InfiniBand ports only meet InfiniBand ports; VPI ports run either.
bool mediaCompatible(Media a, Media b);

} // namespace cs
