#include "base/input_error.h"
#include "io/input_file.h"
#include "test_support.h"

#include <sys/stat.h>

namespace cs::test {
namespace {

using InputFileTest = TempDirTest;

std::string errorReading(const fs::path& path) {
    try {
        readInputFile(path);
    } catch (const InputError& e) {
        return e.what();
    }
    return "read";
}

TEST_F(InputFileTest, ReadsRegularFiles) {
    writeFile(dir_ / "design.json", "{\"a\": 1}");
    EXPECT_EQ(readInputFile(dir_ / "design.json"), "{\"a\": 1}");
    EXPECT_EQ(readInputFileStart(dir_ / "design.json", 4), "{\"a\"");
    EXPECT_EQ(readInputFileStart(dir_ / "design.json", 100), "{\"a\": 1}");
}

TEST_F(InputFileTest, RefusesWhatIsNotAFileWithoutBlocking) {
    const fs::path fifo = dir_ / "x.json";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    EXPECT_EQ(errorReading(fifo), fifo.string() + ": cannot open: a pipe, not a file"); // no writer: no wait
    fs::create_directories(dir_ / "folder.json");
    EXPECT_EQ(errorReading(dir_ / "folder.json"),
              (dir_ / "folder.json").string() + ": cannot open: a directory, not a file");
    EXPECT_EQ(errorReading("/dev/zero"), "/dev/zero: cannot open: a device, not a file");
    EXPECT_EQ(errorReading(dir_ / "missing.json"),
              (dir_ / "missing.json").string() + ": cannot open: No such file or directory");
}

TEST_F(InputFileTest, RefusesFilesAboveTheSizeCapBeforeReadingThem) {
    const fs::path huge = dir_ / "huge.json";
    writeFile(huge, "");
    fs::resize_file(huge, kMaxInputFileBytes + 1); // sparse: nothing is written
    EXPECT_EQ(errorReading(huge), huge.string() + ": too large: " + std::to_string(kMaxInputFileBytes + 1) +
                                      " bytes, at most " + std::to_string(kMaxInputFileBytes) + " are read");
}

} // namespace
} // namespace cs::test
