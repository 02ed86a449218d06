#include "io/atomic_file.h"

#include "base/input_error.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <string>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cs {

namespace {

constexpr std::string_view kTemporaryInfix = ".tmp-";
// What SQLite may leave beside a temporary .csd killed while it was written (earlier versions kept a
// rollback journal).
constexpr std::string_view kSqliteSidecars[] = {"-journal", "-wal", "-shm"};
// Attempts to create and lock a temporary that a concurrent cleanup keeps removing.
constexpr int kCreateAttempts = 8;

[[noreturn]] void failWriting(const std::filesystem::path& target, int error) {
    throw InputError(target.string() + ": cannot write: " + std::strerror(error));
}

std::filesystem::path directoryOf(const std::filesystem::path& target) {
    const std::filesystem::path parent = target.parent_path();
    return parent.empty() ? std::filesystem::path(".") : parent;
}

// The same file (not a new one that took its name since `fd` was opened) is at `path`.
bool stillNamed(int fd, const std::filesystem::path& path) {
    struct stat open {
    }, named{};
    return ::fstat(fd, &open) == 0 && ::lstat(path.c_str(), &named) == 0 && open.st_dev == named.st_dev &&
           open.st_ino == named.st_ino;
}

// Removes a temporary whose writer is gone: nobody holds its lock, so the save that made it was killed.
void removeIfAbandoned(const std::filesystem::path& temporary) {
    const int fd = ::open(temporary.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return;
    struct stat status {};
    if (::fstat(fd, &status) == 0 && S_ISREG(status.st_mode) && ::flock(fd, LOCK_EX | LOCK_NB) == 0 &&
        stillNamed(fd, temporary)) {
        ::unlink(temporary.c_str());
        for (std::string_view sidecar : kSqliteSidecars)
            ::unlink((temporary.string() + std::string(sidecar)).c_str());
    }
    ::close(fd);
}

// Temporaries of `target` left by earlier saves that were killed: "<name>.tmp-<pid>", and the SQLite
// side files of ones that are already gone.
void removeAbandonedTemporaries(const std::filesystem::path& target) {
    const std::string prefix = target.filename().string() + std::string(kTemporaryInfix);
    const std::filesystem::path directory = directoryOf(target);
    std::error_code error;
    for (std::filesystem::directory_iterator entry(directory, error), end; !error && entry != end;
         entry.increment(error)) {
        const std::string name = entry->path().filename().string();
        if (!name.starts_with(prefix))
            continue;
        std::string_view rest = std::string_view(name).substr(prefix.size());
        const auto digits = std::find_if(rest.begin(), rest.end(), [](char c) { return c < '0' || c > '9'; });
        const std::string_view suffix(digits, rest.end());
        if (digits == rest.begin())
            continue;
        const std::filesystem::path temporary = directory / (prefix + std::string(rest.begin(), digits));
        const bool sidecar = std::find(std::begin(kSqliteSidecars), std::end(kSqliteSidecars), suffix) !=
                             std::end(kSqliteSidecars);
        std::error_code missing;
        if (suffix.empty())
            removeIfAbandoned(temporary);
        else if (sidecar && !std::filesystem::exists(temporary, missing) && !missing)
            ::unlink(entry->path().c_str());
    }
}

// Makes a rename in `directory` survive a power loss. File systems that cannot sync a directory say EINVAL.
void syncDirectory(const std::filesystem::path& directory, const std::filesystem::path& target) {
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        failWriting(target, errno);
    const bool synced = ::fsync(fd) == 0 || errno == EINVAL;
    const int error = errno;
    ::close(fd);
    if (!synced)
        failWriting(target, error);
}

} // namespace

AtomicFile::AtomicFile(std::filesystem::path target)
    : target_(std::move(target)) {
    if (target_.filename().empty())
        throw InputError(target_.string() + ": cannot write: not a file name");
    std::error_code error;
    if (std::filesystem::is_directory(target_, error))
        throw InputError(target_.string() + ": cannot write: it is a directory");
    removeAbandonedTemporaries(target_);
    temporary_ = target_;
    temporary_ += std::string(kTemporaryInfix) + std::to_string(::getpid());
    // Claim and lock the temporary now, so that an unwritable directory is reported before any work is done.
    // A cleanup by another save may remove the file between its creation and the lock: then start again.
    for (int attempt = 0; attempt < kCreateAttempts && fd_ < 0; ++attempt) {
        fd_ = ::open(temporary_.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (fd_ < 0)
            failWriting(target_, errno);
        if (::flock(fd_, LOCK_EX | LOCK_NB) != 0 || !stillNamed(fd_, temporary_)) {
            ::close(fd_);
            fd_ = -1;
        }
    }
    if (fd_ < 0)
        failWriting(target_, EBUSY);
}

AtomicFile::~AtomicFile() {
    if (!committed_)
        std::remove(temporary_.c_str());
    ::close(fd_);
}

void AtomicFile::commit() {
    if (std::rename(temporary_.c_str(), target_.c_str()) != 0)
        failWriting(target_, errno);
    committed_ = true;
    syncDirectory(directoryOf(target_), target_);
}

namespace {
// Writes the content to the file's temporary, flushed to disk; the caller commits.
void writeTemporary(const AtomicFile& file, std::string_view content) {
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(file.descriptor(), content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            failWriting(file.target(), errno);
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(file.descriptor()) != 0)
        failWriting(file.target(), errno);
}
} // namespace

void writeFileAtomically(const std::filesystem::path& target, std::string_view content) {
    AtomicFile file(target);
    writeTemporary(file, content);
    file.commit();
}

void writeFilesAtomically(const std::vector<std::pair<std::filesystem::path, std::string>>& files) {
    std::vector<std::unique_ptr<AtomicFile>> written;
    written.reserve(files.size());
    for (const auto& [target, content] : files) {
        written.push_back(std::make_unique<AtomicFile>(target));
        writeTemporary(*written.back(), content);
    }
    for (const auto& file : written)
        file->commit();
}

} // namespace cs
