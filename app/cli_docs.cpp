// Writes the man page and the bash completion of cluster-studio, both made from its --help text, into the
// folder named on the command line (run by the build).
#include "base/input_error.h"
#include "base/version.h"
#include "cli_help.h"
#include "io/atomic_file.h"

#include <filesystem>
#include <iostream>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: cli_docs FOLDER\n";
        return 2;
    }
    const std::filesystem::path folder = argv[1];
    try {
        cs::writeFileAtomically(folder / "cluster-studio.1", cs::manPage(cs::appVersion()));
        cs::writeFileAtomically(folder / "cluster-studio.bash", cs::bashCompletion());
    } catch (const cs::InputError& e) {
        std::cerr << "cli_docs: " << e.what() << "\n";
        return 2;
    }
    return 0;
}
