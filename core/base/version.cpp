#include "base/version.h"

#ifndef CS_VERSION
#error "CS_VERSION is set by the build"
#endif

namespace cs {

std::string_view appVersion() {
    return CS_VERSION;
}

} // namespace cs
