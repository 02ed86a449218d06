// The NetBox CSV import: any set of files either gives a usable design or an InputError, and that design
// exports to NetBox and imports again to the same summary. The input is the files one after the other, each
// introduced by a line "--- <name>" (e.g. "--- devices.csv"); text before the first such line is ignored.
#include "base/input_error.h"
#include "fuzz_support.h"
#include "interchange/netbox_export.h"
#include "interchange/netbox_import.h"
#include "model/design_summary.h"

#include <string>
#include <string_view>

using namespace cs;

namespace {

constexpr std::string_view kFileMarker = "--- ";

NetboxFiles splitFiles(std::string_view text) {
    NetboxFiles files;
    std::string* current = nullptr;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view line = text.substr(0, end == std::string_view::npos ? text.size() : end + 1);
        text.remove_prefix(line.size());
        if (line.starts_with(kFileMarker)) {
            std::string_view name = line.substr(kFileMarker.size());
            while (!name.empty() && (name.back() == '\n' || name.back() == '\r'))
                name.remove_suffix(1);
            current = &files[std::string(name)];
            current->clear();
        } else if (current) {
            current->append(line);
        }
    }
    return files;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Design design;
    try {
        design = importNetbox(splitFiles(fuzz::asText(data, size)), fuzz::library(), "fuzz");
    } catch (const InputError&) {
        return 0;
    }
    fuzz::requireUsable(design);
    NetboxFiles exported;
    try {
        for (auto& [name, content] : exportNetbox(design).files)
            exported.emplace(name, std::move(content));
    } catch (const InputError& e) {
        fuzz::require(false, std::string("an imported design does not export to NetBox: ") + e.what());
    }
    try {
        const Design again = importNetbox(exported, fuzz::library(), "fuzz");
        fuzz::require(summaryToJson(summarize(again)) == summaryToJson(summarize(design)),
                      "the NetBox export of an imported design imports to a different summary");
    } catch (const InputError& e) {
        fuzz::require(false,
                      std::string("the NetBox export of an imported design does not import: ") + e.what());
    }
    return 0;
}
