#pragma once

// Hard stops for tests: a forked child repeats some work (a save) until it is killed with SIGKILL, as a
// power cut or the OOM killer would stop the studio, at a moment the test picks.
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace cs::test {

// Forks; the child runs `work` over and over (exiting with status 3 if it throws), the parent waits `delay`,
// kills the child with SIGKILL and reaps it. Returns false when the child ended by itself (it failed).
template <typename Work> bool killDuring(Work&& work, std::chrono::microseconds delay) {
    const pid_t child = ::fork();
    if (child < 0)
        return false;
    if (child == 0) {
        try {
            for (;;)
                work();
        } catch (...) {
        }
        ::_exit(3);
    }
    std::this_thread::sleep_for(delay);
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
}

// Files in `folder` whose names start with `prefix` (the temporaries "<file>.tmp-<pid>" of a save).
inline int countFilesStartingWith(const std::filesystem::path& folder, const std::string& prefix) {
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        count += entry.path().filename().string().starts_with(prefix) ? 1 : 0;
    return count;
}

} // namespace cs::test
