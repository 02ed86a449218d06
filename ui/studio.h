#pragma once

namespace cs {

// Starts the studio window: on the design file named in argv[1], or on the built-in 128-GPU example.
// Returns the application's exit code.
int runStudio(int argc, char** argv);

} // namespace cs
