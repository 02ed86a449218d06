#pragma once

#include <QString>

namespace cs {

// Where the studio's file dialogs start: the folder of the design's file, else the user's documents (never
// the folder the studio was installed or started in).
QString dialogFolder(const QString& design_path);

} // namespace cs
