// What the command-line tests share: the example, running a sub-command in-process, a scratch folder.
#pragma once

#include "cli.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace cs::test {

namespace fs = std::filesystem;

inline const fs::path kCatalogs = CS_CATALOG_DIR;
inline const fs::path kExample = kCatalogs / "examples" / "training-128gpu.json";

struct Result {
    int code;
    std::string out, err;
};

inline std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline Result run(std::vector<std::string> args) {
    std::ostringstream out, err;
    const int code = cs::runCli(args, out, err);
    return {code, out.str(), err.str()};
}

// A scratch folder per test program, removed after each test.
class CliTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("cs-cli-" + std::to_string(::getpid()));
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path dir_;
};

} // namespace cs::test
