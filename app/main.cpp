// cluster-studio: the studio by default, a command-line sub-command otherwise (see `cluster-studio --help`).
#include "cli.h"
#include "studio.h"

#include <iostream>

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (cs::isCliInvocation(args))
        return cs::runCli(args, std::cout, std::cerr);
    return cs::runStudio(argc, argv);
}
