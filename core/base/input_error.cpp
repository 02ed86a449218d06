#include "base/input_error.h"

namespace cs {

void rethrowWithContext(const std::string& context) {
    try {
        throw;
    } catch (const InputError& e) {
        throw InputError(context + ": " + e.what());
    }
}

} // namespace cs
