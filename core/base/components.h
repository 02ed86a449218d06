#pragma once

#include <string>
#include <vector>

namespace cs {

// A library ClusterStudio is built with, as its About box and `--version` list it.
struct Component {
    std::string name;
    std::string version;
    std::string licence;
};

// The libraries the core links (JSON and SQLite), with the versions of this build. The studio adds its own
// (Qt, QCustomPlot).
std::vector<Component> coreComponents();

} // namespace cs
