#pragma once

#include <filesystem>
#include <string_view>

namespace cs {

// A file that appears whole or not at all: everything is written to a temporary sibling, which commit()
// renames over the target. Until then the target keeps its old content; a destroyed, uncommitted AtomicFile
// removes its temporary. Errors are InputErrors naming the target.
class AtomicFile {
public:
    explicit AtomicFile(std::filesystem::path target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    const std::filesystem::path& temporaryPath() const { return temporary_; }
    const std::filesystem::path& target() const { return target_; }
    void commit();

private:
    std::filesystem::path target_;
    std::filesystem::path temporary_;
    bool committed_ = false;
};

// Writes text through an AtomicFile, flushed to disk before the rename.
void writeFileAtomically(const std::filesystem::path& target, std::string_view content);

} // namespace cs
