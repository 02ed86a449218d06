#include "base/input_error.h"
#include "hard_stop.h"
#include "io/atomic_file.h"
#include "test_support.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace cs::test {
namespace {

using AtomicFileTest = TempDirTest;

TEST_F(AtomicFileTest, ReplacesTheTargetAndLeavesNothingElse) {
    const fs::path target = dir_ / "out.json";
    writeFile(target, "old");
    writeFileAtomically(target, "new");
    EXPECT_EQ(readFile(target), "new");
    EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST_F(AtomicFileTest, RemovesWhatKilledSavesLeftBehind) {
    const fs::path target = dir_ / "out.csd";
    // A killed save's temporary and rollback journal (as earlier versions left), and a journal whose
    // temporary is already gone; another file's temporary is not ours to remove.
    for (const char* name :
         {"out.csd.tmp-99999", "out.csd.tmp-99999-journal", "out.csd.tmp-12-journal", "other.csd.tmp-99999"})
        writeFile(dir_ / name, "left behind");
    writeFileAtomically(target, "saved");
    EXPECT_EQ(countFilesStartingWith(dir_, "out.csd.tmp-"), 0);
    EXPECT_TRUE(fs::exists(dir_ / "other.csd.tmp-99999"));
    EXPECT_EQ(readFile(target), "saved");
}

TEST_F(AtomicFileTest, KeepsTheTemporaryOfASaveStillRunning) {
    const fs::path target = dir_ / "out.csd";
    const fs::path running = dir_ / "out.csd.tmp-4242";
    writeFile(running, "being written");
    // A save in progress holds its temporary's lock (here through another open file description).
    const int fd = ::open(running.c_str(), O_RDONLY | O_CLOEXEC);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(::flock(fd, LOCK_EX | LOCK_NB), 0);
    writeFileAtomically(target, "saved");
    EXPECT_TRUE(fs::exists(running));
    ::close(fd);
    writeFileAtomically(target, "saved again");
    EXPECT_FALSE(fs::exists(running)) << "once its writer is gone, the next save removes it";
}

TEST_F(AtomicFileTest, AnUncommittedFileLeavesTheTargetAlone) {
    const fs::path target = dir_ / "out.json";
    writeFile(target, "old");
    {
        AtomicFile file(target);
        ASSERT_EQ(::write(file.descriptor(), "half", 4), 4);
    }
    EXPECT_EQ(readFile(target), "old");
    EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

} // namespace
} // namespace cs::test
