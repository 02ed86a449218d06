#pragma once

#include <QTimer>
#include <functional>

namespace cs {

// Runs an action once a burst of requests pauses: the studio's way to keep work (validation, estimates, the
// summary, autosave, the overview) off every edit and mouse move.
class Debouncer final {
public:
    Debouncer(int delay_ms, std::function<void()> action);
    Debouncer(const Debouncer&) = delete;
    Debouncer& operator=(const Debouncer&) = delete;

    // (Re)starts the delay: the action runs once the requests have paused that long.
    void schedule();
    void setDelay(int delay_ms) { timer_.setInterval(delay_ms); }
    bool isPending() const { return timer_.isActive(); }
    // Runs a scheduled action now (tests, and anyone who needs the result before the delay is over).
    void flush();
    void cancel() { timer_.stop(); }

private:
    QTimer timer_;
    std::function<void()> action_;
};

} // namespace cs
