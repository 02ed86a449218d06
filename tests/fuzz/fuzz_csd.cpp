// The .csd reader: the bytes are written to a file, which is opened as the studio opens a project. It either
// gives a usable design or an InputError, and opening writes nothing beside the file.
#include "base/input_error.h"
#include "fuzz_support.h"
#include "io/csd_file.h"

using namespace cs;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::filesystem::path folder = fuzz::scratchFolder() / "open";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    const std::filesystem::path file = folder / "input.csd";
    fuzz::writeFile(file, fuzz::asText(data, size));
    Design design;
    try {
        design = openCsd(file);
    } catch (const InputError&) {
        design = Design{};
    }
    fuzz::require(std::distance(std::filesystem::directory_iterator(folder), {}) == 1,
                  "opening the .csd wrote a file beside it");
    fuzz::requireUsable(design);
    return 0;
}
