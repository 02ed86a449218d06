#pragma once

#include <stdexcept>
#include <string>

namespace cs {

// Input that cannot be used: a malformed file, an unknown id, an impossible value. The message is one line
// that names the file or field and the cause; the CLI prints it and exits with 2, the GUI shows it in a
// dialog.
class InputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Prefixes an InputError's message with where it happened ("file.json: links[3]: ...").
[[noreturn]] void rethrowWithContext(const std::string& context);

} // namespace cs
