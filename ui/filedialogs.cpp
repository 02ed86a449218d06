#include "filedialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace cs {

QString dialogFolder(const QString& design_path) {
    if (!design_path.isEmpty())
        return QFileInfo(design_path).absolutePath();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QDir(documents).exists() ? documents : QDir::homePath();
}

} // namespace cs
