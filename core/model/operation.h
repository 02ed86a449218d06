#pragma once

#include "model/design.h"

#include <variant>

namespace cs {

// The edits a design knows. Each is small, and Design::apply returns the inverse of each: Add <-> Remove, and
// Update returns an Update holding the previous value. Compound edits (delete a cabled device, paste) are
// lists.
template <typename T> struct Add { T item; };
template <typename T> struct Remove { decltype(T::id) id; };
template <typename T> struct Update {
    T item; // replaces the item with the same id
};
struct Rename {
    std::string name; // the design's name
};

struct Operation {
    std::variant<Add<Device>, Remove<Device>, Update<Device>, Add<Link>, Remove<Link>, Update<Link>,
                 Add<Rack>, Remove<Rack>, Update<Rack>, Add<Scenario>, Remove<Scenario>, Update<Scenario>,
                 Rename>
        value;
};

// Removes a device together with its cables (cables first, so that the list applies in order).
std::vector<Operation> removeDeviceWithLinks(const Design& design, DeviceId device);

} // namespace cs
