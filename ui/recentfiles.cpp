#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace cs {

namespace {

const QString kSettingsKey = QStringLiteral("recentFiles");

} // namespace

RecentFiles::RecentFiles(QWidget* parent)
    : QMenu(tr("Open &Recent"), parent) {
    rebuild();
}

QStringList RecentFiles::files() const {
    return QSettings().value(kSettingsKey).toStringList();
}

void RecentFiles::add(const QString& path) {
    QStringList list = files();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute.startsWith(QDir(QDir::tempPath()).absolutePath() + u'/'))
        return; // a temporary copy (the design handed to a restarted studio) is nothing to reopen later
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxFiles)
        list.removeLast();
    QSettings().setValue(kSettingsKey, list);
    rebuild();
}

void RecentFiles::rebuild() {
    clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString& path = list.at(i);
        QAction* action = addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { emit fileChosen(path); });
    }
    setEnabled(!list.isEmpty());
}

} // namespace cs
