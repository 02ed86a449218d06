// The catalog folder reader: the first byte picks which of the shipped files the rest replaces. The folder
// either loads, and every device type in it can be placed, saved and reopened, or it is an InputError.
#include "base/input_error.h"
#include "fuzz_support.h"
#include "model/operation.h"

#include <array>

using namespace cs;

namespace {

constexpr std::array<const char*, 8> kFiles = {"gpus.json",        "servers.json", "switches.json",
                                               "storage.json",     "cables.json",  "models.json",
                                               "suitability.json", "systems.json"};

// A copy of the shipped catalog folder, in which one file is replaced per input.
const std::filesystem::path& folder() {
    static const std::filesystem::path path = [] {
        std::filesystem::path copy = fuzz::scratchFolder() / "catalogs";
        std::filesystem::create_directories(copy);
        for (const char* file : kFiles)
            std::filesystem::copy_file(std::filesystem::path(CS_CATALOG_DIR) / file, copy / file,
                                       std::filesystem::copy_options::overwrite_existing);
        return copy;
    }();
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const char* file = kFiles[data[0] % kFiles.size()];
    fuzz::writeFile(folder() / file, fuzz::asText(data + 1, size - 1));
    Catalog catalog;
    bool loaded = true;
    try {
        catalog = Catalog::loadDirectory(folder());
    } catch (const InputError&) {
        loaded = false;
    }
    std::filesystem::copy_file(std::filesystem::path(CS_CATALOG_DIR) / file, folder() / file,
                               std::filesystem::copy_options::overwrite_existing);
    if (!loaded)
        return 0;
    Design design;
    DeviceId id = 1;
    for (const auto& [type, device] : catalog.devices()) {
        design.adoptType(catalog, type);
        Device placed;
        placed.id = id;
        placed.type = type;
        placed.name = "device " + std::to_string(id);
        placed.x = 100.0 * id++;
        if (device.switch_info)
            placed.network = device.switch_info->networks.front();
        design.apply({Add<Device>{placed}});
    }
    fuzz::requireUsable(design);
    return 0;
}
