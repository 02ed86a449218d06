#pragma once

#include <string_view>

namespace cs {

// The ClusterStudio release this build is (from the CMake project version).
std::string_view appVersion();

} // namespace cs
