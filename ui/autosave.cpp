#include "autosave.h"

#include "document.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace cs {

Autosave::Autosave(DesignDocument* document, QObject* parent)
    : QObject(parent)
    , document_(document)
    , idle_(kDefaultIdleMs, [this] { writeNow(); }) {
    connect(document_, &DesignDocument::changed, this, [this] { idle_.schedule(); });
    connect(document_, &DesignDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
}

QString Autosave::sideFile(const QString& path) {
    if (path.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        return QDir(folder).filePath(QStringLiteral("untitled.autosave.csd"));
    }
    const QFileInfo file(path);
    return file.dir().filePath(file.completeBaseName() + QStringLiteral(".autosave.csd"));
}

QString Autosave::recoverableFor(const QString& path) {
    const QFileInfo side(sideFile(path));
    if (!side.exists())
        return {};
    if (!path.isEmpty() && QFileInfo(path).exists() && side.lastModified() < QFileInfo(path).lastModified())
        return {}; // saved after the side file was written: nothing to recover
    return side.filePath();
}

void Autosave::discard() {
    idle_.cancel();
    QFile::remove(sideFile(document_->path()));
}

void Autosave::writeNow() {
    idle_.cancel();
    if (!document_->isModified())
        return;
    const QString side = sideFile(document_->path());
    QDir().mkpath(QFileInfo(side).absolutePath());
    // A failed autosave must not interrupt the user; the next pause tries again.
    document_->writeCopy(side, nullptr);
}

} // namespace cs
