#include "debouncer.h"

namespace cs {

Debouncer::Debouncer(int delay_ms, std::function<void()> action)
    : action_(std::move(action)) {
    timer_.setSingleShot(true);
    timer_.setInterval(delay_ms);
    QObject::connect(&timer_, &QTimer::timeout, &timer_, [this] { action_(); });
}

void Debouncer::schedule() {
    timer_.start();
}

void Debouncer::flush() {
    if (!timer_.isActive())
        return;
    timer_.stop();
    action_();
}

} // namespace cs
