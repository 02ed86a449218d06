#pragma once

#include <QMenu>
#include <QStringList>

namespace cs {

// The last files opened or saved, most recent first, kept in QSettings and shown as a menu.
class RecentFiles final : public QMenu {
    Q_OBJECT

public:
    static constexpr int kMaxFiles = 12;

    explicit RecentFiles(QWidget* parent = nullptr);

    QStringList files() const;
    void add(const QString& path);

signals:
    void fileChosen(const QString& path);

private:
    void rebuild();
};

} // namespace cs
