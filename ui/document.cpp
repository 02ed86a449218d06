#include "document.h"

#include "base/input_error.h"
#include "io/design_file.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <type_traits>
#include <unordered_set>

namespace cs {

namespace {

// Sorts one applied operation into the event; its inverse tells what an Update replaced.
void describe(const Operation& operation, ChangeEvent& event) {
    std::visit(
        [&event](const auto& op) {
            using Op = std::decay_t<decltype(op)>;
            if constexpr (std::is_same_v<Op, Add<Device>>) {
                event.added_devices.push_back(op.item.id);
            } else if constexpr (std::is_same_v<Op, Remove<Device>>) {
                event.removed_devices.push_back(op.id);
            } else if constexpr (std::is_same_v<Op, Update<Device>>) {
                event.changed_devices.push_back(op.item.id);
                event.racks = true; // a device's place decides its rack frame
            } else if constexpr (std::is_same_v<Op, Add<Link>> || std::is_same_v<Op, Remove<Link>> ||
                                 std::is_same_v<Op, Update<Link>>) {
                event.links = true;
            } else if constexpr (std::is_same_v<Op, Add<Rack>> || std::is_same_v<Op, Remove<Rack>> ||
                                 std::is_same_v<Op, Update<Rack>>) {
                event.racks = true;
            } else if constexpr (std::is_same_v<Op, Rename>) {
                event.name = true;
            }
        },
        operation.value);
}

} // namespace

DesignDocument::DesignDocument(const Catalog& library, QObject* parent)
    : QObject(parent)
    , library_(library) {}

std::vector<Operation> DesignDocument::apply(const std::vector<Operation>& operations) {
    std::vector<Operation> inverses = design_.applyAll(operations);
    ChangeEvent event;
    for (const Operation& operation : operations)
        describe(operation, event);
    event.changes = changesOf(operations, inverses);
    // A removed device, cable or rack can no longer be selected.
    if (!event.removed_devices.empty() || event.links || event.racks) {
        Selection kept;
        for (DeviceId id : selection_.devices) {
            if (design_.devices().contains(id))
                kept.devices.push_back(id);
        }
        for (LinkId id : selection_.links) {
            if (design_.links().contains(id))
                kept.links.push_back(id);
        }
        for (RackId id : selection_.racks) {
            if (design_.racks().contains(id))
                kept.racks.push_back(id);
        }
        if (kept != selection_) {
            selection_ = std::move(kept);
            emit selectionChanged();
        }
    }
    emit changed(event);
    return inverses;
}

void DesignDocument::reset(Design design, const QString& path) {
    design_ = std::move(design);
    undo_stack_.clear();
    selection_ = {};
    if (path_ != path) {
        path_ = path;
        emit pathChanged(path_);
    }
    ChangeEvent event;
    event.kind = ChangeEvent::Kind::Reset;
    emit changed(event);
    emit selectionChanged();
}

void DesignDocument::setSelection(Selection selection) {
    std::sort(selection.devices.begin(), selection.devices.end());
    selection.devices.erase(std::unique(selection.devices.begin(), selection.devices.end()),
                            selection.devices.end());
    if (selection == selection_)
        return;
    selection_ = std::move(selection);
    emit selectionChanged();
}

bool DesignDocument::isSelected(DeviceId device) const {
    return std::binary_search(selection_.devices.begin(), selection_.devices.end(), device);
}

bool DesignDocument::save(const QString& path, QString* error) {
    if (!writeCopy(path, error))
        return false;
    undo_stack_.setClean();
    if (path_ != path) {
        path_ = path;
        emit pathChanged(path_);
    }
    return true;
}

bool DesignDocument::writeCopy(const QString& path, QString* error) const {
    try {
        writeDesign(design_, QFile::encodeName(path).toStdString());
        return true;
    } catch (const std::exception& e) { // InputError, or a filesystem error from the atomic write
        if (error) {
            *error = QString::fromStdString(e.what());
            if (!error->contains(QFileInfo(path).fileName()))
                *error = path + QStringLiteral(": ") + *error;
        }
        return false;
    }
}

} // namespace cs
