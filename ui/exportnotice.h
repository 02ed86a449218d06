#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace cs {

// The status bar's confirmation of an export: what was written where, with a button that opens its folder.
// It hides itself after a while or at the next export's notice.
class ExportNotice final : public QWidget {
    Q_OBJECT

public:
    explicit ExportNotice(QWidget* parent = nullptr);

    // Confirms that `path` was written.
    void confirm(const QString& path);
    QString path() const { return path_; }
    QLabel* label() const { return label_; }
    QPushButton* openFolderButton() const { return open_folder_; }

private:
    QLabel* label_;
    QPushButton* open_folder_;
    QString path_;
    QTimer hide_timer_;
};

// Confirms an export made from a widget (a dock's table) in its window's notice, when the window has one.
void confirmExport(const QWidget* from, const QString& path);

} // namespace cs
