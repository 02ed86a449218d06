#include "io/input_file.h"

#include "base/input_error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cs {

namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& cause) {
    throw InputError(path.string() + ": " + cause);
}

const char* kindOf(mode_t mode) {
    if (S_ISDIR(mode))
        return "a directory";
    if (S_ISFIFO(mode))
        return "a pipe";
    if (S_ISSOCK(mode))
        return "a socket";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "a device";
    return "not a regular file";
}

// Reads at most `limit` bytes of a regular file, refusing a file larger than kMaxInputFileBytes.
std::string readChecked(const std::filesystem::path& path, std::uint64_t limit) {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        fail(path, std::string("cannot open: ") + std::strerror(errno));
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat status {};
    if (::fstat(fd, &status) != 0)
        fail(path, std::string("cannot open: ") + std::strerror(errno));
    if (!S_ISREG(status.st_mode))
        fail(path, std::string("cannot open: ") + kindOf(status.st_mode) + ", not a file");
    const auto size = static_cast<std::uint64_t>(status.st_size);
    if (size > kMaxInputFileBytes)
        fail(path, "too large: " + std::to_string(size) + " bytes, at most " +
                       std::to_string(kMaxInputFileBytes) + " are read");
    std::string content;
    content.resize(static_cast<std::size_t>(std::min(size, limit)));
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::read(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            fail(path, std::string("cannot read: ") + std::strerror(errno));
        if (n == 0)
            break; // shrank while being read
        done += static_cast<std::size_t>(n);
    }
    content.resize(done);
    return content;
}

} // namespace

std::string readInputFile(const std::filesystem::path& path) {
    return readChecked(path, kMaxInputFileBytes);
}

std::string readInputFileStart(const std::filesystem::path& path, std::size_t bytes) {
    return readChecked(path, bytes);
}

} // namespace cs
