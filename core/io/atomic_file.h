#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cs {

// A file that appears whole or not at all: everything is written to a temporary sibling
// ("<target>.tmp-<pid>"), which commit() renames over the target and makes durable (the directory is synced
// after the rename). Until then the target keeps its old content; a destroyed, uncommitted AtomicFile removes
// its temporary. The temporary stays locked while it is written, so that a save killed half-way leaves a
// temporary nobody holds, which the next save of the same target removes. Errors are InputErrors naming the
// target.
class AtomicFile {
public:
    explicit AtomicFile(std::filesystem::path target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    const std::filesystem::path& temporaryPath() const { return temporary_; }
    const std::filesystem::path& target() const { return target_; }
    // The temporary, open for reading and writing.
    int descriptor() const { return fd_; }
    void commit();

private:
    std::filesystem::path target_;
    std::filesystem::path temporary_;
    int fd_ = -1;
    bool committed_ = false;
};

// Writes text through an AtomicFile, flushed to disk before the rename.
void writeFileAtomically(const std::filesystem::path& target, std::string_view content);
// Writes several files, each atomically, and none of them unless every one could be written: all the
// temporaries first, then the renames.
void writeFilesAtomically(const std::vector<std::pair<std::filesystem::path, std::string>>& files);

} // namespace cs
