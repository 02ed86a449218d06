#include "model/network.h"

#include "base/enum_ids.h"

namespace cs {

namespace {
constexpr std::array<std::string_view, kNetworkCount> kNetworkIds = {"compute", "storage", "uplink",
                                                                     "inband",  "oob",     "scaleup"};
constexpr std::array<std::string_view, kNetworkCount> kNetworkLabels = {
    "GPU compute",      "Storage", "Uplink (business)", "In-band management", "Out-of-band management",
    "Scale-up (NVLink)"};
constexpr std::array<std::string_view, 4> kMediaIds = {"ib", "eth", "vpi", "nvlink"};
} // namespace

std::string_view networkId(Network network) {
    return kNetworkIds[networkIndex(network)];
}

std::string_view networkLabel(Network network) {
    return kNetworkLabels[networkIndex(network)];
}

std::optional<Network> parseNetwork(std::string_view id) {
    for (Network network : kNetworks) {
        if (networkId(network) == id)
            return network;
    }
    return std::nullopt;
}

std::string_view mediaId(Media media) {
    return kMediaIds[static_cast<std::size_t>(media)];
}

std::optional<Media> parseMedia(std::string_view id) {
    return enumOfId<Media>(kMediaIds, id);
}

bool mediaCompatible(Media a, Media b) {
    if (a == Media::Nvlink || b == Media::Nvlink)
        return a == b;
    return a == Media::Vpi || b == Media::Vpi || a == b;
}

} // namespace cs
