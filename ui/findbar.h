#pragma once

#include "model/design.h"

#include <QWidget>
#include <vector>

class QLabel;
class QLineEdit;

namespace cs {

class DesignDocument;
class DesignView;

// Ctrl+F: a bar above the canvas, as a browser's. Typing selects (highlights) every device whose name, type
// or role contains the text and zooms to them all; Enter zooms to each match in turn, Shift+Enter back;
// Esc closes the bar.
class FindBar final : public QWidget {
    Q_OBJECT

public:
    FindBar(DesignDocument* document, DesignView* view, QWidget* parent = nullptr);

    QLineEdit* field() const { return field_; }
    QLabel* status() const { return status_; }
    const std::vector<DeviceId>& matches() const { return matches_; }
    // The match last zoomed to by Enter; -1 while all are shown.
    int current() const { return current_; }

    // Shows the bar with the field focused and its text selected.
    void open();
    // Zooms to the next (or previous) match.
    void step(int direction);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search(const QString& text);
    void dismiss();
    void zoomTo(const std::vector<DeviceId>& devices);

    DesignDocument* document_;
    DesignView* view_;
    QLineEdit* field_;
    QLabel* status_;
    std::vector<DeviceId> matches_;
    int current_ = -1;
};

} // namespace cs
