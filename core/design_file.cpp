#include "design_file.h"

#include "atomic_file.h"
#include "csd_file.h"
#include "design_json.h"
#include "input_error.h"
#include "json_reader.h"

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
    const nlohmann::json document = parseJsonText(readTextFile(path.string()), path.string());
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
