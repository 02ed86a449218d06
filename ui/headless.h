#pragma once

namespace cs {

// Makes sure a QApplication exists before a command-line sub-command renders (scenes, fonts, charts): when
// none does, creates one for the rest of the process on the offscreen platform, so that no display is needed.
void ensureHeadlessApplication();

} // namespace cs
