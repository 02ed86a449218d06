#include "io/design_file.h"

#include "base/input_error.h"
#include "io/atomic_file.h"
#include "io/csd_file.h"
#include "io/design_json.h"
#include "io/input_file.h"
#include "io/json_reader.h"

namespace cs {

DesignFormat designFormatOf(const std::filesystem::path& path) {
    const std::string extension = path.extension().string();
    if (extension == ".csd")
        return DesignFormat::Csd;
    if (extension == ".json")
        return DesignFormat::Json;
    throw InputError(path.string() + ": unknown design format '" + extension + "' (use .csd or .json)");
}

Design readDesign(const std::filesystem::path& path, const Catalog& library) {
    if (designFormatOf(path) == DesignFormat::Csd)
        return openCsd(path);
    const nlohmann::json document = parseJsonText(readInputFile(path), path.string());
    try {
        return designFromJson(document, library);
    } catch (const InputError&) {
        rethrowWithContext(path.string());
    }
}

void writeDesign(const Design& design, const std::filesystem::path& path) {
    if (designFormatOf(path) == DesignFormat::Csd)
        saveCsd(design, path);
    else
        writeFileAtomically(path, designToJsonText(design));
}

} // namespace cs
