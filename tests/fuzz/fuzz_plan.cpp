// The plan reader (PLAN.json of `estimate`): any bytes either give a plan that the estimator runs on, or an
// InputError.
#include "base/input_error.h"
#include "estimate/plan.h"
#include "fuzz_support.h"
#include "io/json_reader.h"

using namespace cs;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Plan plan;
    try {
        plan = readPlan(parseJsonText(std::string(fuzz::asText(data, size)), "plan.json"), fuzz::library(),
                        "plan.json");
    } catch (const InputError&) {
        return 0;
    }
    fuzz::requireEstimates(plan);
    return 0;
}
