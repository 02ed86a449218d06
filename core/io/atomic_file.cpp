#include "io/atomic_file.h"

#include "base/input_error.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <unistd.h>

namespace cs {

namespace {
[[noreturn]] void failWriting(const std::filesystem::path& target, int error) {
    throw InputError(target.string() + ": cannot write: " + std::strerror(error));
}
} // namespace

AtomicFile::AtomicFile(std::filesystem::path target)
    : target_(std::move(target)) {
    if (target_.filename().empty())
        throw InputError(target_.string() + ": cannot write: not a file name");
    if (std::filesystem::is_directory(target_))
        throw InputError(target_.string() + ": cannot write: it is a directory");
    temporary_ = target_;
    temporary_ += ".tmp-" + std::to_string(::getpid());
    // Claim the temporary name now, so that an unwritable directory is reported before any work is done.
    const int fd = ::open(temporary_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        failWriting(target_, errno);
    ::close(fd);
}

AtomicFile::~AtomicFile() {
    if (!committed_)
        std::remove(temporary_.c_str());
}

void AtomicFile::commit() {
    if (std::rename(temporary_.c_str(), target_.c_str()) != 0)
        failWriting(target_, errno);
    committed_ = true;
}

void writeFileAtomically(const std::filesystem::path& target, std::string_view content) {
    AtomicFile file(target);
    const int fd = ::open(file.temporaryPath().c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0)
        failWriting(target, errno);
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            ::close(fd);
            failWriting(target, error);
        }
        written += static_cast<std::size_t>(n);
    }
    const bool synced = ::fsync(fd) == 0;
    const int syncError = errno;
    if (::close(fd) != 0)
        failWriting(target, errno);
    if (!synced)
        failWriting(target, syncError);
    file.commit();
}

} // namespace cs
