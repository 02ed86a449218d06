#include "findbar.h"

#include "designview.h"
#include "deviceitem.h"
#include "document.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace cs {

namespace {

constexpr int kFieldWidth = 260; // pixels: a device name and some more

bool contains(const std::string& haystack, const QString& needle) {
    return QString::fromStdString(haystack).contains(needle, Qt::CaseInsensitive);
}

} // namespace

FindBar::FindBar(DesignDocument* document, DesignView* view, QWidget* parent)
    : QWidget(parent)
    , document_(document)
    , view_(view)
    , field_(new QLineEdit)
    , status_(new QLabel) {
    setObjectName(QStringLiteral("findBar"));
    field_->setPlaceholderText(tr("Find devices by name, type or role"));
    field_->setClearButtonEnabled(true);
    field_->setFixedWidth(kFieldWidth);
    field_->installEventFilter(this);
    auto* previous = new QToolButton;
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    auto* next = new QToolButton;
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (Enter)"));
    auto* done = new QToolButton;
    done->setText(tr("Done"));
    done->setToolTip(tr("Close the find bar (Esc)"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(field_);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(status_);
    layout->addStretch();
    layout->addWidget(done);
    connect(field_, &QLineEdit::textChanged, this, &FindBar::search);
    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(1); });
    connect(done, &QToolButton::clicked, this, &FindBar::dismiss);
    hide();
}

void FindBar::open() {
    show();
    field_->setFocus();
    field_->selectAll();
}

void FindBar::dismiss() {
    hide();
    view_->setFocus();
}

void FindBar::search(const QString& text) {
    const QString needle = text.trimmed();
    matches_.clear();
    current_ = -1;
    if (!needle.isEmpty()) {
        for (const Device& device : document_->design().devices().items()) {
            if (contains(device.name, needle) || contains(device.type, needle) ||
                contains(device.role, needle))
                matches_.push_back(device.id);
        }
    }
    document_->setSelection({matches_, {}});
    zoomTo(matches_);
    const int count = static_cast<int>(matches_.size());
    status_->setText(needle.isEmpty() ? QString() : tr("%n match(es)", nullptr, count));
}

void FindBar::step(int direction) {
    if (matches_.empty())
        return;
    const int count = static_cast<int>(matches_.size());
    current_ = current_ < 0 ? (direction > 0 ? 0 : count - 1) : (current_ + direction + count) % count;
    zoomTo({matches_[static_cast<std::size_t>(current_)]});
    status_->setText(tr("%1 of %2").arg(current_ + 1).arg(count));
}

void FindBar::zoomTo(const std::vector<DeviceId>& devices) {
    const Design& design = document_->design();
    QRectF area;
    for (DeviceId id : devices) {
        if (const Device* device = design.devices().find(id)) // a match may have been deleted since
            area |= deviceRect(design, *device);
    }
    view_->zoomToRect(area);
}

bool FindBar::eventFilter(QObject* watched, QEvent* event) {
    if (watched == field_ &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool escape = key->key() == Qt::Key_Escape;
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (event->type() == QEvent::ShortcutOverride) {
            // Esc belongs to the bar while it has the focus, not to the window's "back to selecting".
            if (escape)
                event->accept();
            return false;
        }
        if (escape) {
            dismiss();
            return true;
        }
        if (enter) {
            step(key->modifiers() & Qt::ShiftModifier ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cs
