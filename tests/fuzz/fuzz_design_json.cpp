// The JSON design reader: any bytes either give a usable design or an InputError.
#include "base/input_error.h"
#include "fuzz_support.h"
#include "io/design_json.h"
#include "io/json_reader.h"

using namespace cs;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Design design;
    try {
        design = designFromJson(parseJsonText(std::string(fuzz::asText(data, size)), "fuzz.json"),
                                fuzz::library());
    } catch (const InputError&) {
        return 0;
    }
    fuzz::requireUsable(design);
    return 0;
}
