#include "base/components.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

namespace cs {

std::vector<Component> coreComponents() {
    const std::string json_version = std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + '.' +
                                     std::to_string(NLOHMANN_JSON_VERSION_MINOR) + '.' +
                                     std::to_string(NLOHMANN_JSON_VERSION_PATCH);
    return {{"nlohmann/json", json_version, "MIT"}, {"SQLite", sqlite3_libversion(), "public domain"}};
}

} // namespace cs
